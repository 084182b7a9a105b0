#!/usr/bin/env bash
# Looks at the published letter, index, scorecard page and a council's annual report the way a reader does: publishes
# the demo data (as scripts/examples.sh does) and has headless Chromium draw them on screen
# (PNG) and print the letter (PDF, A4), whose pages are drawn to PNG too, to look at.
#
#   scripts/render.sh BIN OUT     (make render; needs chromium, the fonts and poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:?usage: scripts/render.sh path/to/tracker OUT}
out=${2:?usage: scripts/render.sh path/to/tracker OUT}
as_of=2026-12-03
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "no chromium: make render installs the Debian package chromium"; exit 1; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
db="$out/demo.sqlite"
rm -f "$db"
"$bin" update --workspace . --offline --quiet --db "$db" --as-of "$as_of"
"$bin" publish --workspace . --db "$db" --as-of "$as_of" --out "$out/site"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# As root (CI, containers) Chromium needs --no-sandbox; a profile of its own keeps runs apart.
chrome() {
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --run-all-compositor-stages-before-draw --virtual-time-budget=2000 "$@" 2>/dev/null
}
letter="$out/site/brief-tweede-kamer.html"
chrome --window-size=1100,1500 --screenshot="$out/letter.png" "file://$letter"
chrome --window-size=1100,900 --screenshot="$out/index.png" "file://$out/site/index.html"
chrome --window-size=1100,1800 --screenshot="$out/scorecard.png" "file://$out/site/scorecard.html"
# A council's annual report (the last whole year before the day): its table of each pledge's standing.
chrome --window-size=1100,1500 --screenshot="$out/annual-report.png" "file://$out/site/jaarverslag-gemeente-utrecht-2025.html"
chrome --no-pdf-header-footer --print-to-pdf="$out/letter.pdf" "file://$letter"
# A council's letter too: its own pledges and the municipal standards.
chrome --no-pdf-header-footer --print-to-pdf="$out/council-letter.pdf" "file://$out/site/brief-gemeente-utrecht.html"

for file in "$out/letter.png" "$out/index.png" "$out/scorecard.png" "$out/annual-report.png"; do echo "$(basename "$file"): $(stat -c %s "$file") bytes"; done
for name in letter council-letter; do
  rm -f "$out/$name"-page-*.png
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name-page"
  pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ { print $2 }')
  fonts=$(pdffonts "$out/$name.pdf" | awk 'NR > 2 { print $1 }' | sed 's/^[A-Z]*+//' | sort -u | paste -sd, -)
  echo "$name.pdf: $(stat -c %s "$out/$name.pdf") bytes, $pages pages (A4), fonts: $fonts;" \
    "pages drawn to $out/$name-page-*.png"
done
