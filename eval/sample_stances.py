#!/usr/bin/env python3
"""Draw the motions of eval/stances.yaml: a seeded sample of the corpus motions the linker links to the pledges
that collect the most motions, for an analyst to label with a stance.

    python3 eval/sample_stances.py --corpus PATH/tk-zaak-2008-2022.jsonl.xz --links DB > eval/stances.yaml

DB is the corpus harvested and linked with the ledger (after `make eval`: copy .build/eval/corpus.sqlite and run
`tracker update --workspace . --offline --db COPY`). For each pledge of PLEDGES: its motions linked at confidence
>= 0.5, without those already in eval/motions.yaml, sorted by Nummer, then random.Random(SEED).sample of its count
(a motion drawn for an earlier pledge is not drawn again). The split is the parity of the SHA-256 of the motion's
subject with "Gewijzigde motie" and the like taken off, so a motion and its amended text land on the same side.
The sample is drawn from the links, so it measures stance given a link, never theme recall. The stance values are
left empty for the labeller; nothing of the linker's reading is written.
"""

import argparse
import hashlib
import json
import lzma
import random
import re
import sqlite3
import sys

# The amended-motion prefix as eval/check_labels.py reads it. Its split rule (_normalized_subject) is not used: this
# set was drawn and split by split_of below, and its tune part is the one tuned on, so the rule stays as drawn.
from check_labels import _AMENDED

SEED = 20261203
# The pledges and how many motions each: the broad asylum pledge collects two thirds of all links to motions.
PLEDGES = [
    ("hla-strengste-toelatingsregels-van-europa", 60),
    ("hla-grondwet-en-grondrechten-versterken", 30),
    ("buitenlandbeleid-conform-igh-en-strafhof", 30),
    ("opvang-verbeteren-en-sneller-meedoen", 30),
    ("etnisch-profileren-aanpakken", 30),
    ("demonstratierecht-fundamenteel-onderdeel-democratie", 30),
]


def split_of(subject):
    normal = _AMENDED.sub("motie", subject)
    normal = re.sub(r"\(t\.v\.v\.[^)]*\)", "", normal)
    normal = " ".join(normal.lower().split())
    return "tune" if hashlib.sha256(normal.encode()).digest()[0] % 2 == 0 else "test"


def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--links", required=True)
    parser.add_argument("--labels", default="eval/motions.yaml")
    args = parser.parse_args()
    labelled = set(re.findall(r"zaak: (\d{4}Z\d{5})", open(args.labels, encoding="utf-8").read()))
    records = {}
    with lzma.open(args.corpus, "rt", encoding="utf-8") as corpus:
        for line in corpus:
            record = json.loads(line)
            if record.get("Soort") == "Motie":
                records[record["Nummer"]] = record
    db = sqlite3.connect(args.links)
    drawn = set()
    print("# Stance labels of corpus motions the linker links to the pledges that collect the most motions.")
    print("# Drawn by eval/sample_stances.py (seed, pledges and rule in its docstring); sources in eval/SOURCES.md.")
    print("# Each: zaak, date, subject and dossier exactly as in the corpus; pledge; stance (supports | opposes |")
    print("# mentions, towards that pledge, labelled from the subject line and the dossier title); split; note.")
    print("motions:")
    for pledge, count in PLEDGES:
        rows = db.execute(
            "select substr(l.deed_id, 9) from link l join deed d on d.id = l.deed_id"
            " where l.pledge_id = ? and d.kind = 'motion' and l.confidence >= 0.5 and l.deed_id like 'tk:zaak:%'",
            (pledge,),
        ).fetchall()
        candidates = sorted(z for (z,) in rows if z in records and z not in labelled and z not in drawn)
        sample = random.Random(SEED).sample(candidates, min(count, len(candidates)))
        print(f"  # --- {pledge}: {len(sample)} of {len(candidates)} ---")
        for zaak in sorted(sample):
            drawn.add(zaak)
            record = records[zaak]
            print(f"  - zaak: {zaak}")
            print(f"    date: {record['GestartOp'][:10]}")
            print(f"    subject: {quoted(record['Onderwerp'])}")
            print(f"    dossier: {quoted(record.get('Titel') or '')}")
            print(f"    pledge: {pledge}")
            print("    stance: ")
            print(f"    split: {split_of(record['Onderwerp'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
