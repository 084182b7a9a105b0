# tracker — build, test and demo. Every target installs the system libraries it needs first.
SWIFT ?= swift
# Every import must be a declared dependency (Package.swift is the pipeline; see docs/architecture.md).
SWIFT_FLAGS ?= --explicit-target-dependency-import-check error
BIN := .build/debug/tracker
APT_PACKAGES := libxml2-dev libsqlite3-dev pkg-config zlib1g-dev libstemmer-dev
# Only make render needs a browser, the letter's fonts and a PDF rasteriser to look at the pages.
RENDER_PACKAGES := chromium fonts-dejavu-core fonts-liberation poppler-utils

.PHONY: deps build test lint demo examples render bench eval stance-model agreement clean

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
	$(SWIFT) build $(SWIFT_FLAGS) --product tracker

## test: build everything once, run the unit and end-to-end tests, and check docs/examples/ against the code
test: deps
	$(SWIFT) build --build-tests $(SWIFT_FLAGS)
	$(SWIFT) test --skip-build
	scripts/examples.sh --check $(BIN)

## lint: check formatting and house rules with swift-format (ships with the toolchain; .swift-format), the package
## graph's imports (scripts/check-imports.py) and regex literals made once (scripts/check-regex.py)
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	@python3 scripts/check-imports.py
	@python3 scripts/check-regex.py

## demo: validate the ledger, ingest the bundled real snapshot, link, score, and print the scorecard and a timeline
demo: build
	$(BIN) validate
	$(BIN) update --offline
	$(BIN) scorecard
	$(BIN) timeline --pledge hla-voorwaarden-aan-kunstmatige-intelligentie

## examples: write docs/examples/ (letters, feed, scorecard CSV) from the demo data as of a fixed day
examples: build
	scripts/examples.sh $(BIN)

## render: publish the demo data to .build/render/site and let headless Chromium draw the letter and index (PNG, PDF)
render: build
	@$(MAKE) --no-print-directory APT_PACKAGES="$(RENDER_PACKAGES)" deps
	scripts/render.sh $(BIN) .build/render

## bench: tracker against a naive harvester and xmllint on the real Zaak corpus (make bench CORPUS=path/to/tk-zaak-2008-2022.jsonl.xz)
bench: deps
	@[ -n "$(CORPUS)" ] || { echo "make bench CORPUS=path/to/tk-zaak-2008-2022.jsonl.xz (the real Zaak corpus; see docs/benchmarks.md)"; exit 2; }
	@command -v xmllint >/dev/null || $(MAKE) APT_PACKAGES=libxml2-utils deps
	$(SWIFT) build -c release --product tracker $(SWIFT_FLAGS)
	$(SWIFT) build -c release --product feedserver $(SWIFT_FLAGS)
	$(SWIFT) build -c release --product trackerbench $(SWIFT_FLAGS)
	python3 scripts/bench-harvest.py .build/release $(CORPUS) $(SIZES)
	python3 scripts/bench-link.py .build/release $(CORPUS)

## eval: the linker on the labelled motions of eval/motions.yaml, per theme, for the test and the tune split
## (eval/SOURCES.md), on the stance sample (eval/stances.yaml) and the motions with a dictum (eval/dictums.yaml), and on the real 2023–2025 motions of Tests/Fixtures/linking/later-motions.yaml, later-motions-2024.yaml, later-motions-debates.yaml and later-motions-2025.yaml, and on the letters, amendments and bills of eval/deeds.yaml; then the stance of linked motions against readers' labels (eval/linked_stances.py). Reads the real Zaak corpus (EVAL_CORPUS); harvests it once into .build/eval/. A debug build,
## sharing the modules `make test` compiles; after the first run (about 5 minutes) a run takes seconds.
EVAL_CORPUS ?=
EVAL_DIR := .build/eval
eval: deps
	@[ -f "$(EVAL_CORPUS)" ] || { echo "make eval EVAL_CORPUS=path/to/tk-zaak-2008-2022.jsonl.xz (the real Zaak corpus; see eval/SOURCES.md)"; exit 2; }
	$(SWIFT) build --product trackereval $(SWIFT_FLAGS)
	@mkdir -p $(EVAL_DIR)
	@if [ ! -f $(EVAL_DIR)/corpus.jsonl ] || [ "$(EVAL_CORPUS)" -nt $(EVAL_DIR)/corpus.jsonl ]; then \
	  xz -dc "$(EVAL_CORPUS)" > $(EVAL_DIR)/corpus.jsonl.partial && mv $(EVAL_DIR)/corpus.jsonl.partial $(EVAL_DIR)/corpus.jsonl; \
	  rm -f $(EVAL_DIR)/corpus.sqlite $(EVAL_DIR)/corpus.sqlite-wal $(EVAL_DIR)/corpus.sqlite-shm; \
	fi
	.build/debug/trackereval --corpus $(EVAL_DIR)/corpus.jsonl --db $(EVAL_DIR)/corpus.sqlite \
	  --labels eval/motions.yaml --workspace . --stances eval/stances.yaml --dictums eval/dictums.yaml --deeds eval/deeds.yaml --later Tests/Fixtures/linking/later-motions.yaml,Tests/Fixtures/linking/later-motions-2024.yaml,Tests/Fixtures/linking/later-motions-debates.yaml,Tests/Fixtures/linking/later-motions-2025.yaml \
	  $(if $(DETAILS),--details $(DETAILS))
	python3 eval/linked_stances.py --tool .build/debug/trackereval

## stance-model: the stance model (Sources/Linking/StanceModel.swift, not used by the linker) trained on the rows
## eval/stance_training.py gathers (the labelled sets' tune parts, the read stance probes, eval/stance-corpus.tsv) and
## measured on their test parts and held-out probes, beside the rules alone (eval/SOURCES.md, "The stance model").
stance-model: deps
	$(SWIFT) build --product trackereval $(SWIFT_FLAGS)
	@mkdir -p .build
	python3 eval/stance_training.py .build/stance-training.tsv .build/stance-test.tsv
	.build/debug/trackereval --workspace . --stance-model .build/stance-training.tsv --test .build/stance-test.tsv

## agreement: two more readers of every stance label against the labels and the stance reader (eval/SOURCES.md).
agreement: deps
	$(SWIFT) build --product trackereval $(SWIFT_FLAGS)
	python3 eval/agreement.py report --tool .build/debug/trackereval

clean:
	rm -rf .build .tracker
