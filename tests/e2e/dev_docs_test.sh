#!/usr/bin/env bash
# The development documents of ../shared/eval ingest cleanly: every file is
# added, with title, date and language, and no paragraph break falls inside
# a sentence (the blank-line-doubled PDF text and web boilerplate come out
# clean). Skips (77) when ../shared is absent.
set -u
BIN=$1
SRC=$2
DOCS="$SRC/../shared/eval/dev/docs"
[ -d "$DOCS" ] || { echo "skipped: $DOCS not present"; exit 77; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
. "$(dirname "$0")/lib.sh"
export DOSSIER_DB="$TMP/dev.db"
n=$(ls "$DOCS" | wc -l)
expect_rc 0 "$BIN" ingest --json "$DOCS"
expect_eq "$(json_get "$OUT" "j['added']")" "$n" "dev documents added"
for id in $(seq 1 "$n"); do
  expect_rc 0 "$BIN" show "$id" --json
  broken=$(python3 - "$OUT" <<'PY'
import json, sys
j = json.loads(sys.argv[1])
paras = j['text'].split('\n\n')
bad = [p[-40:] + ' || ' + q[:40] for p, q in zip(paras, paras[1:])
       if p and q and p.rstrip()[-1].isalpha() and q[0].islower()]
print(len(bad), bad[:3])
PY
)
  expect_eq "${broken%% *}" "0" "doc $id: paragraph breaks inside sentences: $broken"
  expect_eq "$(json_get "$OUT" "bool(j['meta']['title']['value']) and bool(j['meta']['language']['value'])")" "True" "doc $id has title and language"
done
finish
