# swnb: `make demo` runs the NMF notebook and publishes its HTML; `make test` runs every test.
SWNB := .build/release/swnb

.PHONY: deps build demo test bench fuzz

deps:
	@Scripts/install-deps.sh

build: deps
	swift build -c release --static-swift-stdlib --product swnb

demo: build
	$(SWNB) run notebooks/nmf.md
	$(SWNB) render notebooks/nmf.md --to html -o notebooks/nmf.html
	@echo "published notebooks/nmf.html"

test: deps
	swift test

bench: build
	Scripts/bench.sh

# Hostile-program hunt (slow): generated cells under a debug swnb, compared with CPython + numpy.
fuzz: deps
	swift build --product swnb
	SWNB=.build/debug/swnb python3 Scripts/fuzz/hostile_programs.py --count 2000 --diffs
