#!/usr/bin/env bash
# Crash safety: SIGKILL `dossier ingest` in the middle of a large ingest,
# then check that the database opens, passes PRAGMA integrity_check and the
# FTS5 integrity check, holds only complete documents, and that running
# the same ingest again completes it.
# usage: crash_test.sh DOSSIER_BINARY CORPUS_GEN_BINARY
set -u
BIN=$1
GEN=$2
TMP=$(mktemp -d)
trap 'kill -9 $PID 2>/dev/null; rm -rf "$TMP"' EXIT
PID=0
. "$(dirname "$0")/lib.sh"
DB="$TMP/crash.db"

"$GEN" --out "$TMP/corpus" --mb 40 --seed 11 >/dev/null || { fail "corpus generation"; finish; exit 1; }
unique=$(find "$TMP/corpus" -type f -exec sha256sum {} + | cut -d' ' -f1 | sort -u | wc -l)
echo "corpus: $(find "$TMP/corpus" -type f | wc -l) files, $unique distinct"

"$BIN" --db "$DB" ingest -q "$TMP/corpus" >/dev/null 2>&1 &
PID=$!
# Wait until a good part of the corpus is in, then kill without warning.
for _ in $(seq 1 600); do
  sleep 0.1
  n=$(sqlite3 "$DB" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
  [ "${n:-0}" -ge $((unique / 3)) ] && break
done
kill -9 "$PID"
wait "$PID" 2>/dev/null
killed=$(sqlite3 "$DB" "SELECT count(*) FROM documents")
echo "killed after $killed documents"
[ "$killed" -gt 0 ] && [ "$killed" -lt "$unique" ] && pass ||
  fail "the kill did not land mid-ingest ($killed of $unique)"

expect_eq "$(sqlite3 "$DB" "PRAGMA integrity_check")" "ok" "integrity_check after SIGKILL"
expect_rc 0 sqlite3 "$DB" "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')"
expect_eq "$(sqlite3 "$DB" "SELECT count(*) FROM documents d LEFT JOIN originals o ON o.doc_id = d.id WHERE o.doc_id IS NULL OR length(d.clean_text) = 0 OR length(o.bytes) <> d.original_size")" "0" "only complete documents"
expect_eq "$(sqlite3 "$DB" "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM lsh_bands b WHERE b.doc_id = d.id) = 0 AND length(d.minhash) > 0")" "0" "every document has its band keys"
expect_rc 0 "$BIN" --db "$DB" stats --json

# Running the ingest again completes it.
expect_rc 0 "$BIN" --db "$DB" ingest -q --json "$TMP/corpus"
expect_eq "$(json_get "$OUT" "j['failed']")" "0" "no failures on resume"
[ "$(json_get "$OUT" "j['duplicates']")" -ge "$killed" ] && pass || fail "resume did not skip stored documents"
expect_eq "$(sqlite3 "$DB" "SELECT count(*) FROM documents")" "$unique" "all documents after resume"
expect_eq "$(sqlite3 "$DB" "PRAGMA integrity_check")" "ok" "integrity_check after resume"
finish
