# tracker — build, test and demo. Every target installs the system libraries it needs first.
SWIFT ?= swift
SWIFT_FLAGS ?=
BIN := .build/debug/tracker
APT_PACKAGES := libxml2-dev libsqlite3-dev pkg-config zlib1g-dev

.PHONY: deps build test demo bench clean

## deps: install the Debian packages tracker builds against (apt-get, as root or via sudo)
deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null; then echo "missing system packages:$$missing (install them with your package manager)"; exit 1; fi; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "installing:$$missing"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## build: compile tracker (debug)
build: deps
	$(SWIFT) build $(SWIFT_FLAGS)

## test: build everything once, then run the unit and end-to-end tests
test: deps
	$(SWIFT) build --build-tests $(SWIFT_FLAGS)
	$(SWIFT) test --skip-build $(SWIFT_FLAGS)

## demo: validate the ledger, ingest the bundled real snapshot, link, and print the scorecard
demo: build
	$(BIN) validate
	$(BIN) update --offline
	$(BIN) scorecard

## bench: measure harvesting against a local SyncFeed server (release build; not part of CI)
bench: deps
	$(SWIFT) build -c release --product tracker $(SWIFT_FLAGS)
	$(SWIFT) build -c release --product feedserver $(SWIFT_FLAGS)
	python3 scripts/bench-harvest.py .build/release

clean:
	rm -rf .build .tracker
