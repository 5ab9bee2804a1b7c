#!/usr/bin/env bash
# Installs the Debian 12 packages Dossier needs to build, test and run.
# Idempotent: installs only what is missing. Must run as root (or via sudo).
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build pkg-config python3 sqlite3
  libicu-dev libsqlite3-dev libssl-dev
  libpoppler-cpp-dev libgumbo-dev libuchardet-dev libcld2-dev
  nlohmann-json3-dev libcli11-dev libfmt-dev libhunspell-dev hunspell-ru
  libgtest-dev libargon2-dev libcpp-httplib-dev
  wbritish iso-codes
)
# With --test: what the test suite needs beyond building (browser tests in
# Debian's Chromium, the HTTP load benchmark).
if [ "${1:-}" = "--test" ]; then
  PACKAGES+=(chromium wrk curl)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
