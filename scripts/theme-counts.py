#!/usr/bin/env python3
"""Motions linked at the evidence line to a pledge of each of the five themes, all links, and the stances at that line,
in a tracker database.

    python3 scripts/theme-counts.py DB [WORKSPACE] [--candidates]

A check of linking beyond the labelled motions (docs/ledger.md): run it on a database built from the Zaak corpus
(`make eval` leaves one at .build/eval/corpus.sqlite; link a copy with `tracker update --offline --db COPY`), before
and after a change, and read samples of the motions that moved. With --candidates it also lists, per theme, the
words of six letters or more in four or more deeds' titles of which at least 60% link to the theme at the evidence
line and two or more do not: words the ledger may lack, found without labels, to be read by hand (most are names
of matters the theme's terms already cover, or words of other matters). Needs PyYAML (python3-yaml)."""
import glob
import os
import sqlite3
import sys

import yaml

FIVE = ["etnisch-profileren", "vluchtelingenverdrag", "internationaal-strafhof", "demonstratierecht", "eerlijk-proces"]

arguments = [argument for argument in sys.argv[1:] if argument != "--candidates"]
if len(arguments) not in (1, 2):
    sys.exit(__doc__)
database, workspace = arguments[0], arguments[1] if len(arguments) == 2 else "."
themes = {}
for path in glob.glob(os.path.join(workspace, "Commitments", "**", "*.yaml"), recursive=True):
    for pledge in (yaml.safe_load(open(path, encoding="utf-8")) or {}).get("pledges") or []:
        themes[pledge["id"]] = pledge.get("themes", [])
db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
# The deeds of any kind linked at the evidence line to a pledge of each theme, and the motions among them.
every = {theme: set() for theme in FIVE}
linked = {theme: set() for theme in FIVE}
for deed, pledge, kind in db.execute(
        "SELECT l.deed_id, l.pledge_id, d.kind FROM link l JOIN deed d ON d.id = l.deed_id WHERE l.confidence >= 0.5"):
    for theme in themes.get(pledge, []):
        if theme in every:
            every[theme].add(deed)
            if kind == "motion":
                linked[theme].add(deed)
for theme in FIVE:
    print(f"{theme:26} {len(linked[theme]):6} motions linked at >= 0.5")
total, strong = db.execute("SELECT count(*), sum(confidence >= 0.5) FROM link").fetchone()
print(f"{'all links':26} {total:6} ({strong} at >= 0.5)")
stances = db.execute("SELECT stance, count(*) FROM link WHERE confidence >= 0.5 GROUP BY stance ORDER BY stance")
print(f"{'stances at >= 0.5':26} " + ", ".join(f"{stance} {count}" for stance, count in stances))

if "--candidates" in sys.argv:
    import collections
    import re

    titled = collections.defaultdict(set)
    for deed, title in db.execute("SELECT id, title FROM deed WHERE title IS NOT NULL"):
        for word in set(re.findall(r"[a-zà-ÿ]{6,}", title.lower())):
            titled[word].add(deed)
    for theme in FIVE:
        rows = sorted(
            ((len(deeds & every[theme]) / len(deeds), len(deeds), word) for word, deeds in titled.items()
             if len(deeds) >= 4 and len(deeds & every[theme]) >= 0.6 * len(deeds)
             and len(deeds - every[theme]) >= 2), reverse=True)
        print(f"\n{theme}: {len(rows)} candidate words")
        for share, count, word in rows[:40]:
            print(f"  {word:30} {count:5} deeds, {share:.2f} linked")
