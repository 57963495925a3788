# Lectern: `make run` studies the bundled course, `make test` runs every test.
# Both install what they need on a fresh Debian machine with Swift (libreadline-dev; tmux for the terminal tests).

SWIFT   ?= swift
PREFIX  ?= /usr/local
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/lectern

.PHONY: run test build release deps test-deps check clean

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
