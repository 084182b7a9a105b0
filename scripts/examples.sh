#!/usr/bin/env bash
# docs/examples/ from the demo data: the ledger in Commitments/ and the offline snapshot in Scrapers/mirror/,
# read into a fresh database whose run is scored as of a fixed day (update --as-of), and everything made as of that
# day, so the same code gives the same bytes whenever it runs.
#
#   scripts/examples.sh BIN            write the examples into docs/examples/ (make examples)
#   scripts/examples.sh --check BIN    make them again in a temporary folder and fail if docs/examples/ differs
#                                      (make test)
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
if [ "${1:-}" = "--check" ]; then check=true; shift; fi
bin=${1:?usage: scripts/examples.sh [--check] path/to/tracker}
# The day the examples are as of: the day the ledger's rights assessments were made (Commitments/).
as_of=2026-12-03
examples=docs/examples

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/examples"
mkdir "$out"
db="$work/demo.sqlite"

"$bin" update --workspace . --offline --quiet --db "$db" --as-of "$as_of"
"$bin" letter --workspace . --db "$db" --as-of "$as_of" --to tweede-kamer --format md --out "$out/brief-tweede-kamer.md"
"$bin" letter --workspace . --db "$db" --as-of "$as_of" --to tweede-kamer --format html \
  --out "$out/brief-tweede-kamer.html"
# The Kamer's letter as of the last day of 2025, in the cabinet-Schoof's term: its pledges with their deeds.
"$bin" letter --workspace . --db "$db" --as-of 2025-12-31 --to tweede-kamer --format md \
  --out "$out/brief-tweede-kamer-2025-12-31.md"
"$bin" letter --workspace . --db "$db" --as-of "$as_of" --to gemeente:utrecht --format md \
  --out "$out/brief-gemeente-utrecht.md"
"$bin" annual-report --workspace . --db "$db" --municipality middelburg --year 2023 --quiet \
  --out "$out/jaarverslag-gemeente-middelburg-2023.md"
"$bin" feed --workspace . --db "$db" --as-of "$as_of" --out "$out/feed.json"
"$bin" scorecard --workspace . --db "$db" --as-of "$as_of" --format csv > "$out/scorecard.csv"
"$bin" scorecard --workspace . --db "$db" --as-of "$as_of" --format html --out "$out/scorecard.html"

if ! $check; then
  mkdir -p "$examples"
  for file in "$out"/*; do cp "$file" "$examples/"; done
  echo "examples written to $examples/ (as of $as_of): $(cd "$out" && echo *)"
  exit 0
fi

drift=0
for file in "$out"/*; do
  name=$(basename "$file")
  if ! cmp -s "$file" "$examples/$name"; then
    echo "docs/examples/$name differs from what the code makes now:"
    diff -u "$examples/$name" "$file" | head -40 || true
    drift=1
  fi
done
for file in "$examples"/*; do
  name=$(basename "$file")
  [ "$name" = README.md ] || [ -e "$out/$name" ] || { echo "docs/examples/$name is no longer made"; drift=1; }
done
if [ $drift -ne 0 ]; then
  echo "docs/examples/ has drifted from the code: run 'make examples', look at the difference and commit it"
  exit 1
fi
echo "docs/examples/ is what the code makes (as of $as_of)"
