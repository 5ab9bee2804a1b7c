#!/usr/bin/env bash
# The main job on the bundled examples: install what is missing, build,
# ingest examples/ into ./dossier.db and show what is there, ending with
# one person's case merged from several documents.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
DOSSIER=build/dossier
export DOSSIER_DB=${DOSSIER_DB:-dossier.db}

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "dossier ingest examples/"
$DOSSIER ingest examples/
step "dossier list"
$DOSSIER list
step "dossier stats"
$DOSSIER stats
step "dossier search '\"penal colony\" OR колонию'"
$DOSSIER search '"penal colony" OR колонию' --limit 5
step "dossier search temirbayev --from 2024"
$DOSSIER search temirbayev --from 2024
step "dossier extract examples/01_ngo_statement.txt examples/04_report.pdf examples/08_ru_statement.txt"
$DOSSIER extract examples/01_ngo_statement.txt examples/04_report.pdf examples/08_ru_statement.txt
step "dossier persons --role subject"
$DOSSIER persons --role subject
step "dossier person Темирбаев   (one case from several documents, spellings and scripts)"
$DOSSIER person Темирбаев
step "dossier calls --person Asanbekov   (who issued, signed and called for what)"
$DOSSIER calls --person Asanbekov
step "dossier timeline Temirbaev --format svg -o temirbayev.svg"
$DOSSIER timeline Temirbaev --format svg -o temirbayev.svg
printf '\nThe database is %s; try: %s search QUERY, %s show ID --json, %s extract FILE, %s --help\n' \
  "$DOSSIER_DB" "$DOSSIER" "$DOSSIER" "$DOSSIER" "$DOSSIER"
printf 'The web app: %s user add admin --role admin (asks for a password), then %s serve and open http://127.0.0.1:8080/\n' \
  "$DOSSIER" "$DOSSIER"
