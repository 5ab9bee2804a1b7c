#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds (with tests and
# benchmarks) and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh -DDOSSIER_BUILD_TESTS=ON -DDOSSIER_BUILD_BENCHMARKS=ON
ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
