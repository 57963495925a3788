# Lectern: `make run` studies the bundled course, `make test` runs every test.
# Both install what they need on a fresh Debian machine with Swift (libreadline-dev; tmux for the terminal tests).

SWIFT   ?= swift
PREFIX  ?= /usr/local
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/lectern

.PHONY: run test build release deps test-deps check clean bench

run: release
	$(RELEASE) --course .

release: deps
	$(SWIFT) build -c release --product lectern

build: deps
	$(SWIFT) build

test: test-deps
	$(SWIFT) build
	$(SWIFT) test

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
man:
	$(SWIFT) package generate-manual --authors "Lectern developers"
	cp "$$(find .build/plugins -name lectern.1 | head -1)" docs/lectern.1
