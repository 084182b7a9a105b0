#!/usr/bin/env python3
"""Validate eval/motions.yaml, the labelled evaluation set for linking and stance, and print a summary.

    python3 eval/check_labels.py --corpus PATH [--labels PATH] [--repo PATH]

Checks every record (required fields and their values; theme ids against Commitments/themes.yaml;
pledge ids against Commitments/national/*.yaml; the stance's pledge shares a theme with the record),
checks each record against the corpus (the zaak exists and is a motion; subject, dossier, date and
appraisal equal the record), checks that the random group is exactly the seeded sample and that
every split is the one the rule below gives, and checks the minimum counts. Exits 1 on any problem.

The corpus (tk-zaak-2008-2022.jsonl.xz, described in eval/SOURCES.md) is given by its path.
Needs PyYAML (python3-yaml); everything else is the standard library.
"""

import argparse
import datetime
import glob
import hashlib
import json
import lzma
import os
import random
import re
import sys

# How the random group was drawn: random.Random(SEED).sample(all motions sorted by Nummer, SAMPLE_SIZE).
SEED = 20261203
SAMPLE_SIZE = 190

# Kabinetsappreciatie values that are a real advice; every other value ("Niet beschikbaar …",
# "Geen (expliciete) appreciatie", "Nog te ontvangen") is recorded as null.
REAL_APPRAISALS = {
    "Ontraden",
    "Ontraden, tenzij gewijzigd",
    "Oordeel Kamer",
    "Overgenomen",
    "Verzocht motie aan te houden",
}

FIVE_THEMES = [
    "etnisch-profileren",
    "vluchtelingenverdrag",
    "internationaal-strafhof",
    "demonstratierecht",
    "eerlijk-proces",
]
GROUPS = ["theme", "random", "trap"]
SPLITS = ["tune", "test"]
STANCE_VALUES = ["supports", "opposes", "mentions"]
REQUIRED = ["zaak", "date", "subject", "dossier", "appraisal", "group", "themes", "split"]
OPTIONAL = ["stance", "note"]

MIN_TOTAL = 400
MIN_PER_THEME = 40
MIN_RANDOM = 150
MIN_TRAP = 30
MIN_STANCE = 100
MIN_PER_THEME_PER_SPLIT = 15
SPLIT_SHARE = (0.45, 0.55)


# ---------------------------------------------------------------------------------------------
# The split rule (build and check use this one function)
# ---------------------------------------------------------------------------------------------

_AMENDED = re.compile(r"^\s*((tweede|derde)\s+)?(nader\s+)?(gew(ijzigde)?\.?)\s+motie", re.I)


def _normalized_subject(subject):
    """The subject without the 'Gewijzigde motie van het lid X' prefix and the '(t.v.v. …)' tail:
    an amended motion and the motion it replaces share it."""
    s = subject.replace("\n", " ")
    s = re.sub(r"\(\s*t\.?\s?v\.?\s?v\.?[^)]*\)", "", s, flags=re.I)
    if " over " in s:
        s = s.split(" over ", 1)[1]
    s = re.sub(r"[^0-9a-zà-ÿ ]", "", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def assign_splits(records):
    """Deterministic ~50/50 split, stratified by group and (first) theme.

    An amended motion ('Gewijzigde motie …') goes with the earliest record in the set that has the
    same normalized subject, so a motion and its amended text never land on different sides.
    Within each stratum (group + first theme, or 'none' for [] and 'ambiguous' for null) the units
    are ordered by the SHA-256 of their root zaak number and alternately assigned tune/test; the
    side that starts is the parity of the SHA-256 of the stratum name.
    Returns {zaak: 'tune' | 'test'}.
    """
    by_norm = {}
    for r in sorted(records, key=lambda r: r["zaak"]):
        by_norm.setdefault(_normalized_subject(r["subject"]), []).append(r["zaak"])
    root = {}
    for r in records:
        root[r["zaak"]] = r["zaak"]
        if _AMENDED.match(r["subject"]):
            first = by_norm[_normalized_subject(r["subject"])][0]
            root[r["zaak"]] = first
    by_zaak = {r["zaak"]: r for r in records}

    def stratum(r):
        t = r["themes"]
        label = "ambiguous" if t is None else (t[0] if t else "none")
        return f"{r['group']}:{label}"

    strata = {}
    for z in sorted(set(root.values())):
        strata.setdefault(stratum(by_zaak[z]), []).append(z)
    side_of_root = {}
    for name, roots in strata.items():
        roots.sort(key=lambda z: hashlib.sha256(z.encode()).hexdigest())
        start = int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2
        for i, z in enumerate(roots):
            side_of_root[z] = SPLITS[(i + start) % 2]
    return {z: side_of_root[root[z]] for z in root}


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def load_yaml(path):
    import yaml

    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def ledger_ids(repo):
    themes_doc = load_yaml(os.path.join(repo, "Commitments", "themes.yaml"))
    themes = {t["id"] for t in themes_doc["themes"]}
    pledges = {}
    for path in sorted(glob.glob(os.path.join(repo, "Commitments", "national", "*.yaml"))):
        doc = load_yaml(path) or {}
        for p in doc.get("pledges", []) or []:
            pledges[p["id"]] = set(p.get("themes") or [])
    return themes, pledges


def load_corpus(path):
    motions = {}
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("Soort") == "Motie":
                motions[r["Nummer"]] = r
    return motions


def seeded_sample(corpus_motions):
    population = sorted(corpus_motions.values(), key=lambda r: r["Nummer"])
    return [r["Nummer"] for r in random.Random(SEED).sample(population, SAMPLE_SIZE)]


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------


def check_record(i, r, themes, pledges, errors):
    where = f"record {i + 1} ({r.get('zaak', '?') if isinstance(r, dict) else '?'})"
    if not isinstance(r, dict):
        errors.append(f"{where}: not a mapping")
        return None
    for k in REQUIRED:
        if k not in r:
            errors.append(f"{where}: missing field '{k}'")
    for k in r:
        if k not in REQUIRED + OPTIONAL:
            errors.append(f"{where}: unknown field '{k}'")
    if any(k not in r for k in REQUIRED):
        return None
    rec = dict(r)
    if not isinstance(r["zaak"], str) or not re.fullmatch(r"\d{4}Z\d{5}", r["zaak"]):
        errors.append(f"{where}: zaak must be a string like 2016Z03428")
    d = r["date"]
    if isinstance(d, datetime.date):
        rec["date"] = d.isoformat()
    elif not (isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)):
        errors.append(f"{where}: date must be YYYY-MM-DD")
    for k in ("subject", "dossier"):
        if not isinstance(r[k], str) or not r[k].strip():
            errors.append(f"{where}: {k} must be a non-empty string")
    if r["appraisal"] is not None and r["appraisal"] not in REAL_APPRAISALS:
        errors.append(f"{where}: appraisal '{r['appraisal']}' is not a real advice (use null)")
    if r["group"] not in GROUPS:
        errors.append(f"{where}: group must be one of {GROUPS}")
    t = r["themes"]
    if t is not None:
        if not isinstance(t, list) or not all(isinstance(x, str) for x in t):
            errors.append(f"{where}: themes must be a list of theme ids or null")
            t = rec["themes"] = []
        for x in t:
            if x not in themes:
                errors.append(f"{where}: unknown theme '{x}'")
        if len(set(t)) != len(t):
            errors.append(f"{where}: duplicate theme")
    if r["group"] == "trap" and t != []:
        errors.append(f"{where}: a trap must have themes: []")
    if r["group"] == "theme" and t == []:
        errors.append(f"{where}: a theme-group record needs a theme (or null when ambiguous)")
    if r["split"] not in SPLITS:
        errors.append(f"{where}: split must be tune or test")
    s = r.get("stance")
    if s is not None:
        if not isinstance(s, dict) or set(s) != {"pledge", "value"}:
            errors.append(f"{where}: stance must have exactly 'pledge' and 'value'")
        else:
            if s["pledge"] not in pledges:
                errors.append(f"{where}: unknown pledge '{s['pledge']}'")
            elif t is not None and not (pledges[s["pledge"]] & set(t)):
                errors.append(f"{where}: pledge '{s['pledge']}' shares no theme with the record")
            if s["value"] not in STANCE_VALUES:
                errors.append(f"{where}: stance value must be one of {STANCE_VALUES}")
        if t is None:
            errors.append(f"{where}: an ambiguous record (themes: null) takes no stance")
    if "note" in r and not isinstance(r["note"], str):
        errors.append(f"{where}: note must be a string")
    return rec


def check_against_corpus(recs, corpus, errors):
    for r in recs:
        m = corpus.get(r["zaak"])
        where = f"{r['zaak']}"
        if m is None:
            errors.append(f"{where}: not a motion in the corpus")
            continue
        if m["Onderwerp"] != r["subject"]:
            errors.append(f"{where}: subject differs from the corpus: {m['Onderwerp']!r}")
        if m["Titel"] != r["dossier"]:
            errors.append(f"{where}: dossier differs from the corpus: {m['Titel']!r}")
        if (m["GestartOp"] or "")[:10] != r["date"]:
            errors.append(f"{where}: date differs from the corpus GestartOp {m['GestartOp']!r}")
        want = m["Kabinetsappreciatie"] if m["Kabinetsappreciatie"] in REAL_APPRAISALS else None
        if r["appraisal"] != want:
            errors.append(f"{where}: appraisal should be {want!r} (corpus: {m['Kabinetsappreciatie']!r})")


def summary(recs):
    def row(label, rs):
        n = len(rs)
        tune = sum(r["split"] == "tune" for r in rs)
        st = [r["stance"]["value"] for r in rs if r.get("stance")]
        return (label, n, tune, n - tune, st.count("supports"), st.count("opposes"), st.count("mentions"))

    rows = []
    for th in FIVE_THEMES:
        rows.append(row(th, [r for r in recs if r["themes"] and th in r["themes"]]))
    rows.append(row("(ambiguous: themes null)", [r for r in recs if r["themes"] is None]))
    rows.append(row("(none of the five: [])", [r for r in recs if r["themes"] == []]))
    rows.append(None)
    for g in GROUPS:
        rows.append(row(f"group {g}", [r for r in recs if r["group"] == g]))
    rows.append(None)
    rows.append(row("all", recs))
    head = ("", "records", "tune", "test", "supports", "opposes", "mentions")
    w0 = max(len(r[0]) for r in rows if r) + 2
    line = f"{head[0]:<{w0}}" + "".join(f"{h:>10}" for h in head[1:])
    print(line)
    print("-" * len(line))
    for r in rows:
        if r is None:
            print("-" * len(line))
            continue
        print(f"{r[0]:<{w0}}" + "".join(f"{v:>10}" for v in r[1:]))


def check_minimums(recs, errors):
    if len(recs) < MIN_TOTAL:
        errors.append(f"only {len(recs)} records (need >= {MIN_TOTAL})")
    for th in FIVE_THEMES:
        rs = [r for r in recs if r["themes"] and th in r["themes"]]
        if len(rs) < MIN_PER_THEME:
            errors.append(f"theme {th}: {len(rs)} records (need >= {MIN_PER_THEME})")
        for sp in SPLITS:
            n = sum(r["split"] == sp for r in rs)
            if n < MIN_PER_THEME_PER_SPLIT:
                errors.append(f"theme {th}: {n} records in {sp} (need >= {MIN_PER_THEME_PER_SPLIT})")
    n_random = sum(r["group"] == "random" for r in recs)
    if n_random < MIN_RANDOM:
        errors.append(f"random group: {n_random} records (need >= {MIN_RANDOM})")
    n_trap = sum(r["group"] == "trap" for r in recs)
    if n_trap < MIN_TRAP:
        errors.append(f"trap group: {n_trap} records (need >= {MIN_TRAP})")
    n_stance = sum(1 for r in recs if r.get("stance"))
    if n_stance < MIN_STANCE:
        errors.append(f"{n_stance} stance labels (need >= {MIN_STANCE})")
    share = sum(r["split"] == "tune" for r in recs) / max(1, len(recs))
    if not SPLIT_SHARE[0] <= share <= SPLIT_SHARE[1]:
        errors.append(f"tune share {share:.2f} outside {SPLIT_SHARE}")


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", default=os.path.dirname(here), help="repository root (default: parent of eval/)")
    ap.add_argument("--labels", default=None, help="labels file (default: REPO/eval/motions.yaml)")
    ap.add_argument("--corpus", required=True, help="the Zaak corpus, tk-zaak-2008-2022.jsonl.xz (eval/SOURCES.md)")
    args = ap.parse_args(argv)
    labels = args.labels or os.path.join(args.repo, "eval", "motions.yaml")
    corpus_path = args.corpus

    errors = []
    try:
        doc = load_yaml(labels)
        themes, pledges = ledger_ids(args.repo)
    except ImportError:
        print("error: PyYAML is needed (apt-get install python3-yaml, or pip install pyyaml)", file=sys.stderr)
        return 1
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if not isinstance(doc, dict) or not isinstance(doc.get("motions"), list):
        print(f"error: {labels}: expected a mapping with a 'motions' list", file=sys.stderr)
        return 1

    recs = []
    for i, r in enumerate(doc["motions"]):
        rec = check_record(i, r, themes, pledges, errors)
        if rec is not None:
            recs.append(rec)
    seen = set()
    for r in recs:
        if r["zaak"] in seen:
            errors.append(f"{r['zaak']}: listed twice")
        seen.add(r["zaak"])

    if not os.path.exists(corpus_path):
        errors.append(f"corpus not found: {corpus_path} (give it with --corpus)")
    else:
        corpus = load_corpus(corpus_path)
        check_against_corpus(recs, corpus, errors)
        sample = seeded_sample(corpus)
        got = {r["zaak"] for r in recs if r["group"] == "random"}
        if got != set(sample):
            missing = sorted(set(sample) - got)[:5]
            extra = sorted(got - set(sample))[:5]
            errors.append(
                f"random group is not the seeded sample (seed {SEED}, {SAMPLE_SIZE} motions): "
                f"missing {missing}…, not in sample {extra}…"
            )

    if len(recs) != len(doc["motions"]):
        errors.append("split rule not checked: fix the records above first (the rule needs every record)")
    elif all(isinstance(r.get("subject"), str) for r in recs):
        want = assign_splits(recs)
        for r in recs:
            if r["split"] != want[r["zaak"]]:
                errors.append(f"{r['zaak']}: split is {r['split']}, the rule gives {want[r['zaak']]}")

    check_minimums(recs, errors)
    summary(recs)
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    print(f"\nOK: {len(recs)} records in {os.path.relpath(labels)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
