#!/usr/bin/env python3
"""Stance of letters, bills and amendments as the linker links them, against a reader's labels.

    python3 eval/deed_stances.py --db PATH [--details tune]

eval/deed-stances.tsv holds 205 pairs of such a deed of the 2008–2022 corpus and a pledge the linker linked it to at
the evidence line, each with the stance a reader gave it (eval/SOURCES.md, "Stance of other deeds"). PATH is a copy of
make eval's harvest relinked by the workspace's ledger and linker:

    cp .build/eval/corpus.sqlite X && .build/debug/tracker update --workspace . --offline --quiet --db X

Per split (tune: read after measuring; test: never read), how many supports and opposes the linker gives are right
(precision), and how many of the reader's it finds; `--details tune` lists the tune part's pairs read otherwise.
"""

import argparse
import collections
import os
import sqlite3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pairs():
    with open(os.path.join(ROOT, "eval/deed-stances.tsv"), encoding="utf-8") as source:
        for line in source:
            if line.startswith("#") or not line.strip():
                continue
            zaak, kind, pledge, stance, split, subject, dossier, reason = line.rstrip("\n").split("\t")
            yield {"zaak": zaak, "kind": kind, "pledge": pledge, "stance": stance, "split": split,
                   "subject": subject, "reason": reason}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="a relinked copy of make eval's harvest")
    parser.add_argument("--details", choices=["tune"], help="list the tune part's pairs read otherwise than labelled")
    arguments = parser.parse_args()
    database = sqlite3.connect(arguments.db)
    rows = list(pairs())
    print("stance of letters, bills and amendments (eval/deed-stances.tsv), as the linker links them:")
    for split in ("tune", "test"):
        counts = collections.Counter()
        for row in rows:
            if row["split"] != split:
                continue
            found = database.execute(
                "SELECT stance FROM link WHERE pledge_id = ? AND deed_id = ?",
                (row["pledge"], "tk:zaak:" + row["zaak"])).fetchone()
            read = found[0] if found else "no link"
            counts["pairs"] += 1
            if read in ("supports", "opposes"):
                counts["given"] += 1
                counts["given right"] += read == row["stance"]
            if row["stance"] != "mentions":
                counts["labelled"] += 1
                counts["found"] += read == row["stance"]
            if arguments.details == split and read != row["stance"]:
                print(f"  {row['zaak']} {row['pledge']}: labelled {row['stance']}, read {read}")
                print(f"    {row['subject']}")
                print(f"    reader: {row['reason']}")
        precision = counts["given right"] / counts["given"] if counts["given"] else 1
        print(f"  {split}: {counts['pairs']} pairs; supports/opposes given {counts['given']}, right "
              f"{counts['given right']} (precision {precision:.2f}); of {counts['labelled']} labelled "
              f"supports/opposes {counts['found']} found")


if __name__ == "__main__":
    main()
