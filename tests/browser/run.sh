#!/usr/bin/env bash
# Browser tests of the web UI: a fresh database from examples/, an admin and
# an editor, `dossier serve` on a free loopback port, then run.mjs drives
# headless Debian Chromium (playwright-core) against it.
#
# Usage: tests/browser/run.sh BIN SRC_DIR
#   BIN      the dossier binary (with data/web compiled in)
#   SRC_DIR  the source tree (for examples/ and tests/browser/)
# run.mjs also runs `dossier reextract` on the same database while the
# server runs (DOSSIER_BIN, DOSSIER_DB).
# Env: SCREENSHOT_DIR (default build/browser-artifacts), CHROMIUM
# (default /usr/bin/chromium), KEEP_TMP=1 keeps the database and server log.
# Exit: 0 pass, 1 fail, 77 skipped (no Chromium), 2 usage or setup error.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 BIN SRC_DIR" >&2
  exit 2
fi
BIN=$(realpath "$1")
SRC=$(realpath "$2")
HERE="$SRC/tests/browser"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
SCREENSHOT_DIR=$(realpath -m "${SCREENSHOT_DIR:-build/browser-artifacts}")

if [[ ! -x "$CHROMIUM" ]]; then
  echo "SKIP: $CHROMIUM not found (apt-get install chromium)"
  exit 77
fi
if ! command -v node >/dev/null; then
  echo "SKIP: node not found"
  exit 77
fi
[[ -x "$BIN" ]] || { echo "error: $BIN is not an executable" >&2; exit 2; }

if [[ ! -d "$HERE/node_modules/playwright-core" ]]; then
  echo "browser tests: installing playwright-core"
  if [[ -f "$HERE/package-lock.json" ]]; then
    (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd "$HERE" && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dossier-browser.XXXXXX")
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

DB="$TMP/d.db"
"$BIN" --db "$DB" ingest -q "$SRC/examples" >"$TMP/ingest.log" 2>&1 || { cat "$TMP/ingest.log"; exit 2; }
"$BIN" --db "$DB" user add admin --role admin --password-stdin <<<'correct horse battery' >/dev/null
"$BIN" --db "$DB" user add alice --role editor --password-stdin <<<'correct horse battery' >/dev/null

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$BIN" --db "$DB" serve --listen "127.0.0.1:$PORT" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!

BASE_URL="http://127.0.0.1:$PORT"
for _ in $(seq 100); do
  if curl -sf "$BASE_URL/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "error: the server exited:" >&2; cat "$TMP/server.log" >&2; SERVER_PID=""; exit 2
  fi
  sleep 0.1
done
curl -sf "$BASE_URL/healthz" >/dev/null || { echo "error: no /healthz after 10 s" >&2; cat "$TMP/server.log" >&2; exit 2; }
APP_JS=$(curl -sf "$BASE_URL/app.js" || true)
if [[ "$APP_JS" != *"Dossier web UI"* ]]; then
  echo "error: $BIN serves no UI at /app.js (was it built after data/web/ was added? re-run cmake)" >&2
  exit 2
fi

rc=0
(cd "$HERE" && BASE_URL="$BASE_URL" SCREENSHOT_DIR="$SCREENSHOT_DIR" CHROMIUM="$CHROMIUM" \
  DOSSIER_BIN="$BIN" DOSSIER_DB="$DB" node run.mjs) || rc=$?
if [[ $rc -ne 0 ]]; then
  echo "--- server log (last 30 lines) ---"
  tail -n 30 "$TMP/server.log"
fi
exit $rc
