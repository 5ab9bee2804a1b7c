#!/usr/bin/env bash
# Configures and builds Dossier into build/ (Release with debug info).
# Extra arguments go to cmake, e.g. -DDOSSIER_SANITIZE=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
ninja -C "$BUILD_DIR" ${NINJA_ARGS:-}
