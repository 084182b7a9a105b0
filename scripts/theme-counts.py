#!/usr/bin/env python3
"""Motions linked at the evidence line to a pledge of each of the five themes, all links, and the stances at that line,
in a tracker database.

    python3 scripts/theme-counts.py DB [WORKSPACE]

A check of linking beyond the labelled motions (docs/ledger.md): run it on a database built from the Zaak corpus
(`make eval` leaves one at .build/eval/corpus.sqlite; link a copy with `tracker update --offline --db COPY`), before
and after a change, and read samples of the motions that moved. Needs PyYAML (python3-yaml)."""
import glob
import os
import sqlite3
import sys

import yaml

FIVE = ["etnisch-profileren", "vluchtelingenverdrag", "internationaal-strafhof", "demonstratierecht", "eerlijk-proces"]

if len(sys.argv) not in (2, 3):
    sys.exit(__doc__)
database, workspace = sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else "."
themes = {}
for path in glob.glob(os.path.join(workspace, "Commitments", "**", "*.yaml"), recursive=True):
    for pledge in (yaml.safe_load(open(path, encoding="utf-8")) or {}).get("pledges") or []:
        themes[pledge["id"]] = pledge.get("themes", [])
db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
linked = {theme: set() for theme in FIVE}
for deed, pledge in db.execute(
        "SELECT l.deed_id, l.pledge_id FROM link l JOIN deed d ON d.id = l.deed_id "
        "WHERE l.confidence >= 0.5 AND d.kind = 'motion'"):
    for theme in themes.get(pledge, []):
        if theme in linked:
            linked[theme].add(deed)
for theme in FIVE:
    print(f"{theme:26} {len(linked[theme]):6} motions linked at >= 0.5")
total, strong = db.execute("SELECT count(*), sum(confidence >= 0.5) FROM link").fetchone()
print(f"{'all links':26} {total:6} ({strong} at >= 0.5)")
stances = db.execute("SELECT stance, count(*) FROM link WHERE confidence >= 0.5 GROUP BY stance ORDER BY stance")
print(f"{'stances at >= 0.5':26} " + ", ".join(f"{stance} {count}" for stance, count in stances))
