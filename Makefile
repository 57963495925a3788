# Lectern: `make run` studies the bundled course, `make test` runs every test.
# Both install what they need on a fresh Debian machine with Swift (libreadline-dev; tmux for the terminal tests).
# `make test` also holds the bundled course to every rule of `lectern check --strict` (docs/course-format.md).

SWIFT   ?= swift
PREFIX  ?= /usr/local
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/lectern

.PHONY: run test test-fast build release deps test-deps check clean bench fuzz

run: release
	$(RELEASE) --course .

release: deps
	$(SWIFT) build -c release --product lectern

build: deps
	$(SWIFT) build

# Every test: unit, in-process, piped through the built binary, and at a real terminal (tmux). CI runs this.
test: test-deps
	$(SWIFT) build --build-tests
	.build/debug/lectern check --strict .
	$(SWIFT) test --skip-build

# Unit and in-process tests only (no test that starts the built binary or a terminal): under a minute.
test-fast: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip LecternEndToEndTests

check: build
	.build/debug/lectern check .

deps:
	@[ -f /usr/include/readline/readline.h ] || { \
	  echo "Installing libreadline-dev (needed to build Lectern)"; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q libreadline-dev; }

test-deps: deps
	@command -v tmux >/dev/null || { \
	  echo "Installing tmux (needed by the terminal tests)"; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q tmux; }

clean:
	rm -rf .build

# Benchmarks (not part of `make test` or CI): release build, every figure against its baseline, docs/performance.md.
bench: deps
	Benchmarks/run.sh

# `make fuzz`: every libFuzzer target listed in Fuzz/targets for FUZZ_SECONDS each (not in CI; see docs/fuzzing.md).
# The corpus grows in .build-fuzz-corpus/<target>/ from the seeds in Fuzz/corpus/<target>/; crashes and hangs land
# in Fuzz/crashes/. `make fuzz FUZZ_TARGETS=FuzzGrader FUZZ_SECONDS=600` runs one target for longer.
# Built optimised (about 2.5 times the executions of -c debug; overflow checks and preconditions stay on): run a
# crash again with `FUZZ_CONFIG=debug` to read the harness's precondition message.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= $(shell cut -d' ' -f1 Fuzz/targets)
FUZZ_CONFIG  ?= release
FUZZ_FLAGS   ?=

fuzz: deps
	$(SWIFT) build -c $(FUZZ_CONFIG) --package-path Fuzz --scratch-path .build-fuzz --sanitize=fuzzer \
	  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
	@mkdir -p Fuzz/crashes
	@export ASAN_OPTIONS="$${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0}" SWIFT_BACKTRACE=enable=no; \
	failed=""; for target in $(FUZZ_TARGETS); do \
	  max_len=$$(awk -v t=$$target '$$1 == t { print $$2 }' Fuzz/targets); \
	  mkdir -p .build-fuzz-corpus/$$target; \
	  echo "== $$target for $(FUZZ_SECONDS) s (inputs up to $$max_len bytes)"; \
	  .build-fuzz/$(FUZZ_CONFIG)/$$target .build-fuzz-corpus/$$target Fuzz/corpus/$$target \
	    -dict=Fuzz/dictionaries/$$target.dict -max_len=$$max_len -max_total_time=$(FUZZ_SECONDS) -timeout=5 \
	    -rss_limit_mb=2048 -artifact_prefix=Fuzz/crashes/$$target- -print_final_stats=1 $(FUZZ_FLAGS) || failed="$$failed $$target"; \
	done; \
	[ -z "$$failed" ] || { echo "crashes or hangs in:$$failed (inputs in Fuzz/crashes/)"; exit 1; }

# `make install PREFIX=…`: the binary, the bundled course (found by the binary without flags), the man page and
# bash, zsh and fish completions. Learners' files then go to ~/.local/share/lectern/Progress.
DESTDIR ?=
SHARE    = $(DESTDIR)$(PREFIX)/share

.PHONY: install uninstall man

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE)/lectern/course $(SHARE)/man/man1 \
	  $(SHARE)/bash-completion/completions $(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/lectern
	rm -rf $(SHARE)/lectern/course/Lessons $(SHARE)/lectern/course/Quizzes
	cp -R Lessons Quizzes $(SHARE)/lectern/course/
	install -m 644 docs/lectern.1 $(SHARE)/man/man1/lectern.1
	$(RELEASE) --generate-completion-script bash > $(SHARE)/bash-completion/completions/lectern
	$(RELEASE) --generate-completion-script zsh > $(SHARE)/zsh/site-functions/_lectern
	$(RELEASE) --generate-completion-script fish > $(SHARE)/fish/vendor_completions.d/lectern.fish
	@echo "Installed lectern in $(DESTDIR)$(PREFIX)/bin; the course is in $(SHARE)/lectern/course."

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/lectern $(SHARE)/lectern $(SHARE)/man/man1/lectern.1 \
	  $(SHARE)/bash-completion/completions/lectern $(SHARE)/zsh/site-functions/_lectern \
	  $(SHARE)/fish/vendor_completions.d/lectern.fish

# Regenerates docs/lectern.1 from the command-line definitions (swift-argument-parser's manual plugin).
# The man page, from the commands' own help. swift-argument-parser's plugin builds its generate-manual tool, but was
# seen to hang here after that, so the tool is then run directly on the built lectern.
man: build
	@[ -x .build/debug/generate-manual-tool ] || timeout 900 $(SWIFT) package generate-manual --authors "Lectern developers" || true
	.build/debug/generate-manual-tool .build/debug/lectern --authors "Lectern developers" --output-directory docs
