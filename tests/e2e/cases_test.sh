#!/usr/bin/env bash
# End-to-end tests of the case commands on the bundled examples: one person
# across spellings and scripts, timelines, overrides that survive
# re-extraction, exports and the import round trip.
# usage: cases_test.sh DOSSIER_BINARY SOURCE_DIR [DEV_DOCS_DIR]
set -u
BIN=$1
SRC=$2
DEV=${3:-$SRC/../shared/eval/dev/docs}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
. "$(dirname "$0")/lib.sh"
export DOSSIER_DB="$TMP/cases.db"
cd "$TMP"

for cmd in person persons timeline calls resolve export import; do
  expect_rc 0 "$BIN" $cmd --help
  expect_contains "$OUT" "Usage" "--help of '$cmd'"
done

expect_rc 0 "$BIN" ingest -q "$SRC/examples"
expect_contains "$OUT" "cases:" "ingest resolves"

# One person whatever the spelling or script of the query.
expect_rc 0 "$BIN" person Temirbaev --json
ID=$(json_get "$OUT" "j['id']")
for q in Temirbayev "Бакыт Темирбаев" "B. Temirbaev" "#$ID"; do
  expect_rc 0 "$BIN" person "$q" --json
  expect_eq "$(json_get "$OUT" "j['id']")" "$ID" "person '$q'"
done
expect_rc 0 "$BIN" person "$ID" --json
NAMES=$(json_get "$OUT" "' | '.join(j['names'])")
for n in "Bakyt Temirbayev" "Temirbaev" "Бакыт Темирбаев"; do
  expect_contains "$NAMES" "$n" "spellings of #$ID"
done
# Documents in three scripts and spellings back the profile.
expect_eq "$(json_get "$OUT" "len(j['documents']) >= 6")" "True" "sources of #$ID"
# Every timeline entry has sources with quotes that are in the documents.
expect_eq "$(json_get "$OUT" "all(s['quote'] and s['end'] > s['start'] for e in j['events'] for s in e['sources'])")" "True" "quotes"
expect_eq "$(json_get "$OUT" "[e['date'] for e in j['events'] if e['date']] == sorted([e['date'] for e in j['events'] if e['date']])")" "True" "timeline order"
expect_eq "$(json_get "$OUT" "any(e['type']=='release' for e in j['events'])")" "True" "release on the timeline"
expect_eq "$(json_get "$OUT" "j['status']")" "released" "status"
# The wife, who shares the surname, is someone else.
expect_rc 0 "$BIN" person "Gulnara Temirbayeva" --json
expect_eq "$(json_get "$OUT" "j['id'] != $ID")" "True" "wife is another person"

# Quote offsets point into the document's clean text.
expect_rc 0 "$BIN" person "$ID" --json
echo "$OUT" >"$TMP/profile.json"
CHECK=$(python3 - "$BIN" "$TMP/profile.json" <<'PY'
import json, subprocess, sys
p = json.load(open(sys.argv[2]))
bad = 0
for e in p['events']:
    for s in e['sources']:
        doc = json.loads(subprocess.run([sys.argv[1], 'show', str(s['doc_id']), '--json'], capture_output=True, text=True).stdout)
        text = doc['text'].encode()
        if text[s['start']:s['end']].decode(errors='replace') != s['quote']:
            bad += 1
print(bad)
PY
)
expect_eq "$CHECK" "0" "quotes at their offsets"

# Listing and filters.
expect_rc 0 "$BIN" persons --status released --json
expect_contains "$OUT" "Bakyt Temirbayev" "persons --status released"
expect_rc 0 "$BIN" persons --role signatory --json
expect_eq "$(json_get "$OUT" "all('signatory' in p['roles'] for p in j['persons']) and j['total'] > 3")" "True" "persons --role"
expect_rc 0 "$BIN" persons --event death
expect_contains "$OUT" "Orozbekov" "persons --event death"
expect_rc 2 "$BIN" persons --sort sideways

# Timeline formats.
expect_rc 0 "$BIN" timeline "$ID" --format json
expect_eq "$(json_get "$OUT" "len(j['events']) > 3")" "True" "timeline json"
expect_rc 0 "$BIN" timeline "$ID" --format svg -o "$TMP/t.svg"
python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])" "$TMP/t.svg" && pass || fail "timeline svg is not XML"
expect_contains "$(cat "$TMP/t.svg")" "Bakyt Temirbayev" "svg names the person"
expect_rc 0 "$BIN" timeline "$ID"
expect_contains "$OUT" "source" "timeline text"
expect_rc 2 "$BIN" timeline "$ID" --format gif
expect_rc 1 "$BIN" person "Nobody Atall"
expect_contains "$ERR" "no person matches" "unknown person"

# Calls for action, per organisation.
expect_rc 0 "$BIN" calls --json
expect_eq "$(json_get "$OUT" "len(j) > 0 and all(c['quote'] for o in j for c in o['calls'])")" "True" "calls"
# Organisations: the joint statement's five signers signed it and share its
# call; the publisher of the report issued it.
expect_rc 0 "$BIN" calls --person Asanbekov --json
expect_eq "$(json_get "$OUT" "sorted(o['organization'] for o in j if any(d['how'] == 'signed' and d['doc_id'] == 11 for d in o['documents']))")" \
  "['Caravan Rights Monitor', 'Committee for Open Courts in Central Asia', 'Lantern Legal Aid Foundation', 'Steppe Press Freedom Network', 'Tashabad Human Rights Centre']" "signers of the joint statement"
expect_eq "$(json_get "$OUT" "sum(1 for o in j for c in o['calls'] if c['doc_id'] == 11)")" "5" "the joint call belongs to each signer"
expect_eq "$(json_get "$OUT" "[d['how'] for o in j if o['organization'] == 'Caravan Rights Monitor' for d in o['documents'] if d['doc_id'] == 4]")" "['issued']" "publisher issued its report"
expect_eq "$(json_get "$OUT" "any(d['doc_id'] == 3 for o in j for d in o['documents'])")" "False" "--person keeps only documents naming the person"

# Overrides: split a person, re-extract, the split holds; merge back.
expect_rc 0 "$BIN" person Saparova --json
SAP=$(json_get "$OUT" "j['id']")
DOCS=$(json_get "$OUT" "','.join(str(d['doc_id']) for d in j['documents'][:1])")
expect_rc 0 "$BIN" person split "$SAP" --docs "$DOCS" --note "test split"
expect_rc 0 "$BIN" reextract -q
expect_rc 0 "$BIN" person "$SAP" --json
expect_eq "$(json_get "$OUT" "str(j['documents'][0]['doc_id']) != '$DOCS'")" "True" "split survives reextract"
expect_rc 0 "$BIN" persons --json
OTHER=$(json_get "$OUT" "[p['id'] for p in j['persons'] if 'Saparova' in p['name'] and p['id'] != $SAP][0]")
expect_rc 0 "$BIN" person explain "$SAP" "$OTHER"
expect_contains "$OUT" "split override" "explain names the override"
expect_rc 0 "$BIN" person merge "$SAP" "$OTHER"
expect_rc 0 "$BIN" reextract -q
expect_rc 0 "$BIN" persons --json
expect_eq "$(json_get "$OUT" "len([p for p in j['persons'] if 'Saparova' in p['name']])")" "1" "merge survives reextract"
expect_rc 0 "$BIN" person overrides
expect_contains "$OUT" "merge" "overrides listed"

# Review decisions: kept against the document spans, so they survive
# re-extraction; a rejected event keeps its id, off the timeline.
expect_rc 0 "$BIN" person "$ID" --json
EVS=$(json_get "$OUT" "' '.join(str(e['id']) for e in j['events'][:3])")
read -r E1 E2 E3 <<<"$EVS"
expect_rc 0 "$BIN" review event "$E1" confirm --by alice
expect_contains "$OUT" "(confirmed)" "review event confirm"
expect_rc 0 "$BIN" review event "$E2" correct --date 2021-11-09 --detail "closed hearing" --note "court record" --by alice
expect_contains "$OUT" "2021-11-09" "review event correct"
expect_rc 0 "$BIN" review event "$E3" reject --by bob
expect_contains "$OUT" "(rejected)" "review event reject"
expect_rc 0 "$BIN" review person Temirbaev confirm
expect_rc 2 "$BIN" review event "$E1" maybe
expect_rc 1 "$BIN" review event 999999 confirm
expect_rc 0 "$BIN" reextract -q
expect_rc 0 "$BIN" person "$ID" --json
expect_eq "$(json_get "$OUT" "[e['review']['status'] for e in j['events'] if e['id'] in ($E1, $E2)]")" "['confirmed', 'corrected']" "reviews survive reextract"
expect_eq "$(json_get "$OUT" "[(e['id'], e['review']['by']) for e in j['rejected_events']]")" "[($E3, 'bob')]" "the rejected event is listed apart"
expect_eq "$(json_get "$OUT" "j['review']['status']")" "confirmed" "person review"
expect_rc 0 "$BIN" person "$ID"
expect_contains "$OUT" "corrected by alice" "the profile marks reviewed events"
expect_contains "$OUT" "Rejected by review" "the profile lists rejected events"

# Exports: JSON round trip into an empty database is lossless, review
# decisions included.
expect_rc 0 "$BIN" export -o "$TMP/a.json"
expect_eq "$(python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print(sorted(set(r['action'] for r in j['reviews'] if r['kind'] == 'event')), any(r['kind'] == 'person' for r in j['reviews']))" "$TMP/a.json")" "['confirm', 'correct', 'reject'] True" "the export carries the reviews"
expect_rc 0 "$BIN" --db "$TMP/b.db" import "$TMP/a.json"
expect_contains "$OUT" "review decisions" "import counts the reviews"
expect_rc 0 "$BIN" --db "$TMP/b.db" export -o "$TMP/b.json"
cmp -s "$TMP/a.json" "$TMP/b.json" && pass || fail "export -> import -> export differs"
expect_rc 0 "$BIN" --db "$TMP/b.db" person "$ID" --json
expect_eq "$(json_get "$OUT" "[e['id'] for e in j['rejected_events']]")" "[$E3]" "the imported rejection keeps its event id"
expect_rc 1 "$BIN" --db "$TMP/b.db" import "$TMP/a.json"
expect_contains "$ERR" "empty database" "import into a non-empty database"
echo '{"format":"something-else"}' >"$TMP/bad.json"
expect_rc 2 "$BIN" --db "$TMP/c.db" import "$TMP/bad.json"
expect_contains "$ERR" "bad.json" "bad import names the file"
echo '{not json' >"$TMP/bad2.json"
expect_rc 2 "$BIN" --db "$TMP/c.db" import "$TMP/bad2.json"
expect_rc 0 "$BIN" export --format jsonl -o "$TMP/a.jsonl"
expect_eq "$(python3 -c "import json,sys; print(all(json.loads(l)['kind'] for l in open(sys.argv[1])))" "$TMP/a.jsonl")" "True" "jsonl"
expect_rc 0 "$BIN" export --format csv -o "$TMP/csv"
for t in documents persons events sources calls; do
  [ -s "$TMP/csv/$t.csv" ] && pass || fail "csv table $t"
done
expect_eq "$(python3 -c "import csv,sys; r=list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig'))); print(len(r) > 5 and all(x['event_id'] and x['quote'] for x in r))" "$TMP/csv/sources.csv")" "True" "csv sources"
expect_rc 0 "$BIN" export --format huridocs -o "$TMP/h.json"
expect_eq "$(python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print(all(e['acts'] and e['information'] for e in j['events']) and len(j['persons']) > 5)" "$TMP/h.json")" "True" "huridocs"
expect_rc 2 "$BIN" export --format xml
expect_rc 2 "$BIN" export --format csv

# The shared development set: the Atambayev case across three documents.
if [ -d "$DEV" ]; then
  export DOSSIER_DB="$TMP/dev.db"
  expect_rc 0 "$BIN" ingest -q "$DEV"
  expect_rc 0 "$BIN" person Atambaev --json
  expect_eq "$(json_get "$OUT" "len(set(d['doc_id'] for d in j['documents'])) >= 3")" "True" "Atambayev across documents"
  TYPES=$(json_get "$OUT" "' '.join(sorted(set(e['type'] for e in j['events'])))")
  for t in arrest sentence ruling health ill_treatment release; do
    expect_contains "$TYPES" "$t" "Atambayev timeline"
  done
  expect_rc 0 "$BIN" person Japarov --json
  expect_eq "$(json_get "$OUT" "len(j['documents']) >= 2")" "True" "Japarov across documents"
fi
finish
