#!/usr/bin/env bash
# Runs `dossier extract` over a folder of documents and scores it against a
# gold folder with the project's scorer (tools/score_extraction.py, the rules
# of ../shared/eval/SCHEMA.md).
#
#   tools/eval_extraction.sh [DOCS_DIR [GOLD_DIR]] [--verbose] [--min-events F ...]
#
# Defaults to ../shared/eval/dev. Prints the scorer's table; the last line is
# the summary. Exit 77 when the evaluation data is absent, 1 below a floor.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED="$ROOT/../shared/eval"
DOCS=${1:-$SHARED/dev/docs}
GOLD=${2:-$SHARED/dev/gold}
shift $(( $# > 2 ? 2 : $# )) || true
BIN=${DOSSIER_BIN:-$ROOT/build/dossier}
if [ ! -d "$DOCS" ] || [ ! -d "$GOLD" ]; then
  echo "eval_extraction: evaluation data not found ($DOCS, $GOLD)" >&2
  exit 77
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$BIN" extract --out "$OUT" "$DOCS" >/dev/null
python3 "$ROOT/tools/score_extraction.py" "$GOLD" "$OUT" "$@"
