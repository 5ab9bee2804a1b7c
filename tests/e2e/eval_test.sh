#!/usr/bin/env bash
# Scores extraction on ../shared/eval/dev with the shared scorer and checks
# the targets of the extraction issue (persons F1 >= 0.95, events F1 >=
# 0.90, events with dates F1 >= 0.80), and the recall of named victims on
# the HRDsAttack development split (>= 0.75). Skips (77) without ../shared.
set -u
BIN=$1
SRC=$2
[ -f "$SRC/../shared/eval/score.py" ] || { echo "skipped: ../shared/eval absent"; exit 77; }
. "$(dirname "$0")/lib.sh"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
summary=$(DOSSIER_BIN="$BIN" "$SRC/tools/eval_extraction.sh" | tee "$TMP/score.txt" | tail -1)
cat "$TMP/score.txt"
at_least() {  # at_least NAME VALUE MIN
  if python3 -c "import sys; sys.exit(0 if float('$2') >= float('$3') else 1)"; then pass; else fail "$1 = $2 < $3"; fi
}
get() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$summary"; }
at_least persons_f1 "$(get persons_f1)" 0.95
at_least events_f1 "$(get events_f1)" 0.90
at_least events_strict_f1 "$(get events_strict_f1)" 0.80
if [ -f "$SRC/../shared/data/hrdsattack/dev.json" ]; then
  line=$(python3 "$SRC/tools/eval_hrdsattack.py" --bin "$BIN" | tee -a "$TMP/hrds.txt" | head -1)
  cat "$TMP/hrds.txt"
  recall=$(sed -n 's/.*(recall \([0-9.]*\)).*/\1/p' <<<"$line")
  at_least hrdsattack_victim_recall "$recall" 0.75
fi
finish
