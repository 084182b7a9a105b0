#!/usr/bin/env python3
"""Stance where the linker puts it: the rules' reading of motions as the linker links them, against readers' labels.

    python3 eval/linked_stances.py --tool .build/debug/trackereval [--details tune]

eval/stance-corpus.tsv holds 1,928 pairs of a motion of the 2008–2022 corpus and a pledge the linker linked it to,
each with the stance a reader gave it (eval/SOURCES.md, "The stance model"). Most such links ask nothing of their
pledge, so this measures what the labelled sets cannot: how many of the supports and opposes the rules give linked
motions are right (precision), besides how many of the readers' supports and opposes they find (recall). Each pair
is read with the workspace's stance reader given its pledge (`trackereval --read`), on its subject line. Split like
eval/stances.yaml, by the parity of the SHA-256 of the subject line without "Gewijzigde motie" and "(t.v.v. …)":
tune on the tune part only; `--details tune` lists its pairs read otherwise than labelled.
"""

import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from agreement import ROOT, tool_readings  # noqa: E402
from sample_stances import split_of  # noqa: E402


def pairs():
    with open(os.path.join(ROOT, "eval/stance-corpus.tsv"), encoding="utf-8") as source:
        for line in source:
            if line.startswith("#") or not line.strip():
                continue
            zaak, pledge, stance, subject, dossier, reason = line.rstrip("\n").split("\t")
            yield {"zaak": zaak, "pledge": pledge, "stance": stance, "subject": subject, "dictum": "",
                   "reason": reason, "split": split_of(subject)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", required=True, help="the trackereval binary")
    parser.add_argument("--details", choices=["tune"], help="list the tune part's pairs read otherwise than labelled")
    arguments = parser.parse_args()
    rows = list(pairs())
    read = tool_readings(arguments.tool, rows)
    print("stance on linked motions (eval/stance-corpus.tsv), the rules given the linked pledge:")
    for split in ("tune", "test"):
        counts = collections.Counter()
        for row, (stance, _) in zip(rows, read):
            if row["split"] != split:
                continue
            counts["pairs"] += 1
            if stance != "mentions":
                counts["given"] += 1
                counts["given right"] += stance == row["stance"]
                counts["turned"] += row["stance"] not in ("mentions", stance)
            if row["stance"] != "mentions":
                counts["labelled"] += 1
                counts["found"] += stance == row["stance"]
            else:
                counts["mentions"] += 1
                counts["mentions right"] += stance == "mentions"
        precision = counts["given right"] / counts["given"] if counts["given"] else 1
        print(f"  {split}: {counts['pairs']} pairs; supports/opposes given {counts['given']}, right "
              f"{counts['given right']} (precision {precision:.2f}; {counts['turned']} turned round); of "
              f"{counts['labelled']} labelled supports/opposes {counts['found']} found; mentions "
              f"{counts['mentions right']} of {counts['mentions']} right")
    if arguments.details == "tune":
        for row, (stance, signals) in zip(rows, read):
            if row["split"] == "tune" and stance != row["stance"]:
                print(f"  {row['zaak']} {row['pledge']}: labelled {row['stance']}, read {stance} ({signals})\n"
                      f"    {row['subject']}\n    reader: {row['reason']}")


if __name__ == "__main__":
    main()
