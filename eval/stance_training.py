#!/usr/bin/env python3
"""The rows the stance model is trained and measured on (`make stance-model`; eval/SOURCES.md, "The stance model").

    python3 eval/stance_training.py TRAIN.tsv TEST.tsv

Writes one row per labelled stance, tab-separated: source, id, pledge, stance, subject line, dictum (empty when
there is none). TRAIN.tsv holds
  - the tune parts of the seven labelled sets (eval/motions.yaml, eval/stances.yaml, eval/dictums.yaml and the four
    Tests/Fixtures/linking/later-motions*.yaml);
  - the stance probes of eval/probes/stance.txt, except the batches kept as held-out measures (HELD_OUT);
  - eval/stance-corpus.tsv: motions of the 2008–2022 corpus the linker links, none of them in a labelled set, with
    the stance readers gave them towards a linked pledge.
TEST.tsv holds the test parts of the seven sets (with the first later set's records without a split, held out
whole) and the held-out probe batches.
Needs PyYAML (python3-yaml); everything else is the standard library.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from agreement import ROOT, labelled, one_line  # noqa: E402

# Probe batches written as held-out measures and never read to change anything: never trained on.
HELD_OUT = {"ac", "ae", "ah"}


def rows(part):
    """The training rows (part "tune") or the test rows (part "test")."""
    for record in labelled():
        if record["split"] == part:
            yield (record["set"], record["id"], record["pledge"], record["label"], one_line(record["subject"]) or "Motie",
                   one_line(record["dictum"]))
    batch = None
    with open(os.path.join(ROOT, "eval/probes/stance.txt"), encoding="utf-8") as probes:
        for number, line in enumerate(probes, 1):
            opened = re.match(r"# --- batch (\w+)", line)
            if opened:
                batch = opened.group(1)
            if line.startswith("#") or not line.strip() or (batch in HELD_OUT) != (part == "test"):
                continue
            fields = [field.strip() for field in line.split("|")]
            yield (f"probe-{batch}", f"stance.txt:{number}", fields[1], fields[0], fields[2],
                   fields[3] if len(fields) > 3 else "")
    if part == "test":
        return
    with open(os.path.join(ROOT, "eval/stance-corpus.tsv"), encoding="utf-8") as corpus:
        for line in corpus:
            if line.startswith("#") or not line.strip():
                continue
            zaak, pledge, stance, subject, _dossier, _reason = line.rstrip("\n").split("\t")
            yield ("corpus", zaak, pledge, stance, one_line(subject), "")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    for part, path in (("tune", sys.argv[1]), ("test", sys.argv[2])):
        count = 0
        with open(path, "w", encoding="utf-8") as out:
            out.write("# source\tid\tpledge\tstance\tsubject\tdictum (eval/stance_training.py)\n")
            for row in rows(part):
                out.write("\t".join(row) + "\n")
                count += 1
        print(f"{count} rows in {path}")


if __name__ == "__main__":
    main()
