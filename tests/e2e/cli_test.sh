#!/usr/bin/env bash
# End-to-end tests of the dossier CLI on the bundled examples.
# usage: cli_test.sh DOSSIER_BINARY SOURCE_DIR
set -u
BIN=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
. "$(dirname "$0")/lib.sh"
export DOSSIER_DB="$TMP/test.db"
cd "$TMP"

# --help everywhere, usage errors exit 2.
for cmd in "" ingest search show list stats rm; do
  expect_rc 0 "$BIN" $cmd --help
  expect_contains "$OUT" "Usage" "--help of '$cmd'"
done
expect_rc 2 "$BIN"
expect_rc 2 "$BIN" frobnicate
expect_rc 2 "$BIN" show not-a-number

# Reading commands do not create a database.
expect_rc 1 "$BIN" list
expect_contains "$ERR" "no database" "list without a database"
[ ! -e "$DOSSIER_DB" ] && pass || fail "list created a database"

# Ingest the examples.
n_examples=$(ls "$SRC/examples" | wc -l)
expect_rc 0 "$BIN" ingest --json "$SRC/examples"
expect_eq "$(json_get "$OUT" "j['added']")" "$n_examples" "documents added"
expect_eq "$(json_get "$OUT" "j['failed']")" "0" "documents failed"
expect_eq "$(json_get "$OUT" "j['near_duplicates']")" "1" "near-duplicates linked"
expect_eq "$(json_get "$OUT" "sorted(d['language'] for d in j['documents'])[-1]")" "ru" "a Russian document"

# Ingesting again adds nothing and says so.
expect_rc 0 "$BIN" ingest "$SRC/examples"
expect_contains "$OUT" "0 added, $n_examples already stored" "re-ingest summary"
expect_contains "$OUT" "same content already stored" "re-ingest per-file line"

# Standard input; the same bytes again are a duplicate.
printf 'Statement of the Example Rights Centre\n\n4 May 2024\n\nThe Example Rights Centre calls for the release of Ivo Marten, detained since 2 April 2024 in Northtown.\n' > "$TMP/stdin.txt"
expect_rc 0 "$BIN" ingest - < "$TMP/stdin.txt"
expect_contains "$OUT" "1 added" "stdin ingest"
expect_rc 0 "$BIN" ingest --json "$TMP/stdin.txt"
expect_eq "$(json_get "$OUT" "j['duplicates']")" "1" "stdin bytes stored once"

# A bad file is reported by path and reason; the others go in; exit 1.
printf '\x89PNG\r\n\x1a\n\x00\x00binary' > "$TMP/picture.txt"
printf 'A short note about the trial of Ana Ferreira, held on 3 March 2024 in Southport.\n' > "$TMP/good.txt"
expect_rc 1 "$BIN" ingest "$TMP/picture.txt" "$TMP/good.txt" "$TMP/missing.txt"
expect_contains "$ERR" "picture.txt: unsupported format: PNG image" "bad file message"
expect_contains "$ERR" "missing.txt" "missing file message"
expect_contains "$OUT" "1 added" "good file still ingested"
expect_contains "$OUT" "2 failed" "failure count"
: > "$TMP/empty.txt"
expect_rc 1 "$BIN" ingest "$TMP/empty.txt"
expect_contains "$ERR" "empty.txt: empty file" "empty file message"

# Search: ranking, phrases, boolean operators, filters, JSON.
expect_rc 0 "$BIN" search '"penal colony"' --json
total=$(json_get "$OUT" "j['total']")
[ "$total" -ge 2 ] && pass || fail "phrase search found $total documents"
expect_contains "$(json_get "$OUT" "j['hits'][0]['snippet']")" "<b>" "highlighted snippet"
expect_rc 0 "$BIN" search temirbayev --json
all=$(json_get "$OUT" "j['total']")
expect_rc 0 "$BIN" search temirbayev NOT pardon --json
some=$(json_get "$OUT" "j['total']")
[ "$some" -lt "$all" ] && pass || fail "NOT did not narrow ($some vs $all)"
expect_rc 0 "$BIN" search 'temirbayev OR темирбаев' --json
either=$(json_get "$OUT" "j['total']")
[ "$either" -gt "$all" ] && pass || fail "OR did not widen ($either vs $all)"
expect_rc 0 "$BIN" search темирбаев --lang ru --json
expect_eq "$(json_get "$OUT" "set(h['language'] for h in j['hits'])")" "{'ru'}" "language filter"
expect_rc 0 "$BIN" search sentence --from 2024-01-01 --json
expect_eq "$(json_get "$OUT" "all(h['published'] >= '2024' for h in j['hits'])")" "True" "date filter"
expect_rc 0 "$BIN" search sentence --to 2022 --json
expect_eq "$(json_get "$OUT" "all('' < h['published'] <= '2022-12-31' for h in j['hits'])")" "True" "date filter upper bound"
expect_rc 0 "$BIN" search detain* --limit 2 --json
expect_eq "$(json_get "$OUT" "len(j['hits'])")" "2" "--limit"
expect_rc 0 "$BIN" search hospitalised
expect_contains "$OUT" "match hospitalised" "text search header"
expect_rc 2 "$BIN" search '"unclosed'
expect_contains "$ERR" "unclosed" "query error message"
expect_rc 2 "$BIN" search x --from 2024-13
expect_contains "$ERR" "invalid date" "date filter validation"

# show, list, stats, rm.
expect_rc 0 "$BIN" show 1
expect_contains "$OUT" "Title" "show metadata"
expect_rc 0 "$BIN" show 1 --json
expect_eq "$(json_get "$OUT" "j['id']")" "1" "show --json id"
expect_rc 0 "$BIN" show 1 --original
orig_sha=$(printf '%s' "$OUT" | sha256sum | cut -c1-8)
[ -n "$orig_sha" ] && pass
expect_rc 1 "$BIN" show 9999
expect_contains "$ERR" "no document with id 9999" "show missing id"
expect_rc 0 "$BIN" list --json
count=$(json_get "$OUT" "len(j)")
expect_rc 0 "$BIN" stats --json
expect_eq "$(json_get "$OUT" "j['documents']")" "$count" "stats count"
expect_eq "$(json_get "$OUT" "j['schema_version']")" "5" "schema version"
expect_rc 0 "$BIN" rm 1
expect_rc 1 "$BIN" rm 1
expect_rc 0 "$BIN" stats --json
expect_eq "$(json_get "$OUT" "j['documents']")" "$((count - 1))" "count after rm"

# --db beats DOSSIER_DB.
expect_rc 0 "$BIN" --db "$TMP/other.db" ingest -q "$TMP/good.txt"
[ -e "$TMP/other.db" ] && pass || fail "--db not used"
expect_rc 0 "$BIN" list --db "$TMP/other.db" --json
expect_eq "$(json_get "$OUT" "len(j)")" "1" "--db after the subcommand"

# Not a database: clear message, file untouched.
printf 'these are not the bytes of a database\n' > "$TMP/notes.db"
before=$(sha256sum "$TMP/notes.db")
expect_rc 1 "$BIN" --db "$TMP/notes.db" ingest "$TMP/good.txt"
expect_contains "$ERR" "notes.db" "non-database message names the file"
expect_eq "$(sha256sum "$TMP/notes.db")" "$before" "non-database file untouched"

# A database from a newer Dossier: refused, untouched.
cp "$DOSSIER_DB" "$TMP/newer.db"
sqlite3 "$TMP/newer.db" "PRAGMA user_version = 7"
before=$(sha256sum "$TMP/newer.db")
expect_rc 1 "$BIN" --db "$TMP/newer.db" list
expect_contains "$ERR" "newer" "newer schema message"
expect_eq "$(sha256sum "$TMP/newer.db")" "$before" "newer database untouched"

# A corrupt database: refused with a message.
cp "$DOSSIER_DB" "$TMP/corrupt.db"
dd if=/dev/urandom of="$TMP/corrupt.db" bs=1 seek=0 count=100 conv=notrunc 2>/dev/null
before=$(sha256sum "$TMP/corrupt.db")
expect_rc 1 "$BIN" --db "$TMP/corrupt.db" list
expect_contains "$ERR" "corrupt.db" "corrupt database message names the file"
expect_eq "$(sha256sum "$TMP/corrupt.db")" "$before" "corrupt database untouched"

finish
