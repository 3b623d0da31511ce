# gaprun: the two set-up commands of the README, plus helpers. Targets install their system packages first.
.PHONY: quickstart test build release deps clean

deps:
	scripts/install-deps.sh

build: deps
	swift build

release: deps
	swift build -c release

# Build, run the embedded quickstart sweep, and print the gap table.
quickstart: release
	.build/release/gaprun sweep experiments/quickstart.conf --db results.sqlite

# The whole test suite (what .ci/run calls).
test:
	scripts/test.sh

clean:
	rm -rf .build
