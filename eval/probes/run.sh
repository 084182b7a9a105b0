#!/bin/sh
# Constructed probes of the stance reader and the linker (eval/probes/README.md): how many read as labelled.
# Run from the repository root after `make eval` has harvested the corpus into .build/eval/ once.
set -eu
swift build --product trackereval >/dev/null
eval_bin=.build/debug/trackereval
out=$(mktemp)
# Stance: "expected | pledge | subject line [| dictum]"; trackereval --read prints the stance first on each reading.
grep -v '^#' eval/probes/stance.txt | cut -d'|' -f2- > "$out.read"
"$eval_bin" --workspace . --read "$out.read" | grep -v '^ ' | awk '{print $1}' > "$out.got"
awk -F'|' '
  /^# --- batch/ { batch = $0; sub(/^# --- batch /, "", batch); sub(/:.*/, "", batch); order[++n] = batch; next }
  /^#/ { next }
  { gsub(/ /, "", $1); expected[++i] = $1; of[i] = batch }
  END {
    while ((getline got < ARGV[2]) > 0) { j++; total[of[j]]++; if (got == expected[j]) right[of[j]]++ }
    for (k = 1; k <= n; k++) { b = order[k]; all += total[b]; ok += right[b]; printf "stance batch %s: %d of %d read as labelled\n", b, right[b], total[b] }
    printf "stance, all batches: %d of %d\n", ok, all
  }' eval/probes/stance.txt "$out.got"
# Linking: each file in the later set's shape, measured as `make eval` measures the later motions.
for file in eval/probes/linking-*.yaml; do
  echo "$file:"
  "$eval_bin" --corpus .build/eval/corpus.jsonl --db .build/eval/corpus.sqlite --labels eval/motions.yaml \
    --workspace . --later "$file" 2>&1 | sed -n '/^later motions/,$p' | grep -E '^(all themes|random)'
done
rm -f "$out" "$out.read" "$out.got"
