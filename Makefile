# safepath: `make serve` and `make test` work on a fresh machine: each installs only
# what is missing, from package registries (never from GitHub).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export TRUNK_OFFLINE := true

TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132.0.0
# Cuts the release wasm into lazily loaded chunks (tools/split.mjs). Pinned with leptos'
# wasm_split_helpers (Cargo.lock) and wasm-bindgen: upgrade them together.
WASM_SPLIT_VERSION := 0.2.4
# wasm-bindgen-cli must match the library version in Cargo.lock exactly.
WBG_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/"/, "", $$3); print $$3}' Cargo.lock)
DIST ?= dist
# The day the data check counts from (crates/safepath-data: a `checked` date after it is
# refused, one more than 12 months before it is warned about): the last commit's, so one
# commit builds alike on any machine on any day; today's while data/ has changes not yet
# committed (someone is editing it), or outside git.
SOURCE_DATE_EPOCH ?= $(shell { git diff --quiet HEAD -- data && git log -1 --format=%ct; } 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help tools npm-tools browser nginx dist serve test test-native test-js test-browser fuzz bench clean

help:
	@echo "make serve   build and serve on http://127.0.0.1:8080 (installs what is missing)"
	@echo "make test    run every test (installs what is missing)"
	@echo "make test-native   formatting, clippy (host, wasm, pre-render) and the Rust tests"
	@echo "make test-js       quick exit and the address in boot.js/embed.js, in Node (no browser)"
	@echo "make test-browser  the browser tests against a release build"
	@echo "make dist    release build into $(DIST)/, ready to copy to any static host"
	@echo "make bench   sizes and load time of the release build"
	@echo "make fuzz    the property tests with many more cases (FUZZ_CASES=20000)"

## Build tools: wasm target, trunk, wasm-bindgen-cli, wasm-split-cli, wasm-opt (npm binaryen).
tools: npm-tools
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$" \
	  || cargo install --locked trunk --version $(TRUNK_VERSION)
	@# wasm-bindgen-cli writes the JS glue that ships: pinned to its own lockfile where the
	@# registry allows it. Some mirrors lack a version it locks (Dec 2026: webpki-roots
	@# 1.0.11, "failed to select a version ... (locked to 1.0.11)"); then, and only then,
	@# it resolves afresh (said on the console).
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WBG_VERSION)$$" \
	  || cargo install --locked --force wasm-bindgen-cli --version $(WBG_VERSION) \
	  || { echo "wasm-bindgen-cli: its Cargo.lock cannot be met by this registry; installing without --locked"; \
	       cargo install --force wasm-bindgen-cli --version $(WBG_VERSION); }
	@cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):" \
	  || cargo install --locked wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary
	@wasm-opt --version | grep -q "version $(firstword $(subst ., ,$(BINARYEN_VERSION)))" \
	  || { echo "wasm-opt on PATH is not binaryen $(BINARYEN_VERSION)"; exit 1; }

# Installs the npm tools only when the lockfile changed since the last install, exactly as
# package-lock.json pins them (with their integrity hashes), running none of their install
# scripts: none of the four has one (none is marked hasInstallScript in the lockfile), and
# wasm-opt and playwright-core work without (tried in an empty folder, Dec 2026).
npm-tools:
	@sum=$$(sha256sum package-lock.json | cut -d' ' -f1); \
	  [ "$$(cat node_modules/.lock-sum 2>/dev/null)" = "$$sum" ] \
	  || { npm ci --ignore-scripts --no-audit --no-fund && echo "$$sum" > node_modules/.lock-sum; }

## Browser tests need Chromium (Debian's package; never a downloaded browser build) and
## DejaVu, the only fonts the tests let it use (tests/e2e/harness.mjs), so a machine's
## other fonts (a Khmer one above all) never change a result.
browser:
	@{ command -v chromium && [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; } >/dev/null \
	  || { $(SUDO) apt-get update -qq \
	  && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }

## The deployment test runs the shipped deploy/nginx.conf in Debian's nginx, with the
## brotli_static module (installed only when missing; the test runs its own instance),
## over TLS with a throwaway certificate that openssl makes.
NGINX_BROTLI := /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
nginx:
	@{ [ -x /usr/sbin/nginx ] && [ -e $(NGINX_BROTLI) ] && command -v openssl >/dev/null; } || { $(SUDO) apt-get update -qq \
	  && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nginx libnginx-mod-http-brotli-static openssl >/dev/null; }

# The release build, in four named stages; each says what it checks after it ran, and a
# failure names the stage that broke (the tool's own message is just above it).
# build: cargo links the wasm (with relocations, for the split); trunk copies the style
# sheets and public/ and writes index.html, and builds no app (index.html's rust link is
# data-trunk-skip), so wasm-bindgen runs once, in split.
# split: cuts the wasm into chunks (each view, each language but Vietnamese), runs
# wasm-bindgen and wasm-opt on them, names every file after its content, writes the
# start-up module (a file: strict CSP) and its preloads into index.html.
# prerender: writes the chrome and Home, in every language, into index.html (a native
# render of the app's own components). postbuild: one style sheet, caching rules in
# _headers, .gz and .br copies.
dist: tools
	@stage() { n=$$1; name=$$2; shift 2; echo "== dist $$n/4 $$name"; \
	  "$$@" || { rc=$$?; echo "== dist $$n/4 $$name FAILED (exit $$rc): $(DIST)/ is not a usable build" >&2; exit 1; }; }; \
	stage 1 "build: cargo" cargo build --release --offline --locked --target wasm32-unknown-unknown --bin safepath; \
	stage 1 "build: trunk" trunk build --release --offline --locked --dist $(DIST); \
	stage 1 "build: an index.html, no app from trunk" bash -c 'test -s $(DIST)/index.html && ! ls $(DIST)/*.wasm 2>/dev/null'; \
	stage 2 split node tools/split.mjs $(DIST); \
	stage 2 "split: chunks, the diary's in no-store/" bash -c 'ls $(DIST)/chunk-*.wasm $(DIST)/no-store/chunk-*.wasm >/dev/null'; \
	stage 3 prerender cargo run --locked --quiet --no-default-features --features ssr --bin prerender -- $(DIST)/index.html; \
	stage 3 "prerender: no marker left" bash -c '! grep -q "first-paint:" $(DIST)/index.html'; \
	stage 4 postbuild node tools/postbuild.mjs $(DIST); \
	stage 4 "postbuild: brotli copies" test -s $(DIST)/index.html.br

# Serves exactly what ships (`trunk serve` would skip the split and the first paint).
serve: dist
	node tools/serve.mjs $(DIST)

test: test-native test-js test-browser

# Formatting and lints first: clippy denies unwrap/expect/panic/indexing (Cargo.toml), in
# every configuration the code is built in: the host (tests), the wasm that ships (its
# wasm-only code: word-table loading, chunk loading) and the native pre-render.
test-native:
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings
	cargo clippy --locked --no-default-features --features ssr --bin prerender -- -D warnings
	cargo test --locked --all-targets

# public/boot.js and public/embed.js as they ship, in Node with a page and a clock the
# tests control: the Shift×3 window, exit without the link, the spoken count, and the
# route cases shared with core::route (tests/fixtures/routes.json). No browser, no build.
test-js:
	node --test tests/js/

# The property tests with many more cases than `make test` runs (optimised, so a few
# minutes): FUZZ_CASES per target.
FUZZ_CASES ?= 20000
fuzz:
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --locked --profile fuzz --test properties

# One file at a time; a file that takes more than 10 minutes fails by name (a hung browser
# call would otherwise hold the run until the CI's own limit, and say nothing).
test-browser: browser nginx dist
	node --test --test-concurrency=1 --test-timeout=600000 tests/e2e/

bench: browser dist
	node tests/bench.mjs $(DIST)

clean:
	rm -rf dist target node_modules
