#!/usr/bin/env python3
"""How far two more readers agree with the stance labels: the ceiling a stance reader is measured against.

    python3 eval/agreement.py parts OUTDIR             the items as the readers saw them (4 parts, shuffled)
    python3 eval/agreement.py report [--tool BINARY]   agreement per set and split

Every record of the seven labelled sets that carries a stance (eval/motions.yaml, eval/stances.yaml,
eval/dictums.yaml and the four Tests/Fixtures/linking/later-motions*.yaml) is one item: the labelled pledge,
the subject line, the dossier title and the dictum when the set has one, without the label, its note or its
split, shuffled with a fixed seed. Two readers (A and B), each working alone from the pledges' text,
kept_when and rights direction and the stance guidelines of eval/SOURCES.md, labelled every item;
eval/agreement/readers.tsv holds their stances and one-line reasons (eval/SOURCES.md, "Stance agreement").

`report` prints, per set and split, how many supports/opposes labels each reader matched, how many mentions
labels, and how often the two readers agree with each other. With --tool (the trackereval binary, built by
`make eval`), the stance reader of the workspace is read on the same items given the same pledge
(`trackereval --workspace . --read`), which is the readers' task; `make eval`'s stance figures also count a
motion the linker does not link to the labelled pledge as wrong.

Needs PyYAML (python3-yaml); everything else is the standard library.
"""

import argparse
import collections
import os
import random
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = [
    ("motions", "eval/motions.yaml"),
    ("stances", "eval/stances.yaml"),
    ("dictums", "eval/dictums.yaml"),
    ("later", "Tests/Fixtures/linking/later-motions.yaml"),
    ("later-2024", "Tests/Fixtures/linking/later-motions-2024.yaml"),
    ("debates", "Tests/Fixtures/linking/later-motions-debates.yaml"),
    ("later-2025", "Tests/Fixtures/linking/later-motions-2025.yaml"),
]
SEED = 20261206
PARTS = 4
READERS = os.path.join(ROOT, "eval/agreement/readers.tsv")


def labelled():
    """Every stance-labelled record of the seven sets, in their order: set, id, split, pledge, label, subject line
    (stripped), dossier title and dictum ("" when none)."""
    for name, path in SETS:
        for record in yaml.safe_load(open(os.path.join(ROOT, path), encoding="utf-8"))["motions"]:
            stance = record.get("stance")
            if stance is None:
                continue
            pledge, label = (record["pledge"], stance) if isinstance(stance, str) else (stance["pledge"], stance["value"])
            yield {
                "set": name,
                "id": str(record.get("id") or record.get("zaak")),
                # The first later set's records are held out whole and carry no split: they count as test.
                "split": "tune" if record.get("split") == "tune" else "test",
                "pledge": pledge,
                "label": label,
                "subject": (record.get("subject") or "").strip(),
                "dossier": record.get("dossier") or record.get("dossier_title") or "",
                "dictum": record.get("dictum") or "",
            }


def items():
    """Every stance-labelled record of the seven sets, in the shuffled order the readers saw, numbered from 1."""
    found = list(labelled())
    random.Random(SEED).shuffle(found)
    for number, item in enumerate(found, 1):
        item["n"] = number
    return found


def write_parts(outdir):
    everything = items()
    os.makedirs(outdir, exist_ok=True)
    size = len(everything) // PARTS + 1
    for part in range(PARTS):
        with open(os.path.join(outdir, f"part-{part + 1}.txt"), "w", encoding="utf-8") as out:
            blocks = []
            for item in everything[part * size:(part + 1) * size]:
                block = (f"## {item['n']}\npledge: {item['pledge']}\nsubject: {item['subject'] or '(none)'}\n"
                         f"dossier: {item['dossier']}\n")
                if item["dictum"]:
                    block += f"dictum: {item['dictum']}\n"
                blocks.append(block)
            out.write("\n".join(blocks))
    print(f"{len(everything)} items in {PARTS} parts under {outdir}")


def readers():
    """(set, id, pledge) -> {"A": stance, "B": stance} from eval/agreement/readers.tsv."""
    read = {}
    with open(READERS, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 7 or fields[3] not in STANCES or fields[5] not in STANCES:
                sys.exit(f"{READERS}:{number}: expected set, id, pledge, A, A's reason, B, B's reason "
                         f"(stances: {', '.join(STANCES)})")
            read[tuple(fields[:3])] = {"A": fields[3], "B": fields[5]}
    return read


STANCES = ("supports", "opposes", "mentions")


def one_line(text):
    """A text on one line: a subject line may hold a line break."""
    return " ".join((text or "").split())


def tool_readings(binary, rows):
    """The workspace's stance reader on each row (pledge, subject, dictum or ""), given its pledge, through
    `trackereval --read`: its stance and signals."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as lines:
        for row in rows:
            subject, dictum = one_line(row["subject"]) or "Motie", one_line(row["dictum"])
            lines.write(f"{row['pledge']} | {subject}" + (f" | {dictum}" if dictum else "") + "\n")
    output = subprocess.run([binary, "--workspace", ROOT, "--read", lines.name], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    os.unlink(lines.name)
    # One reading per row: a stance line followed by its signals (indented), or "-" when there is no ask to read.
    read = []
    for index, line in enumerate(output):
        if not line or line.startswith(" "):
            continue
        following = output[index + 1] if index + 1 < len(output) else ""
        stance = line.split()[0]
        read.append(("mentions" if stance == "-" else stance, following.strip() if following.startswith(" ") else ""))
    if len(read) != len(rows):
        sys.exit(f"trackereval --read gave {len(read)} readings for {len(rows)} rows")
    return read


def report(binary):
    everything = items()
    read = readers()
    missing = [item for item in everything if (item["set"], item["id"], item["pledge"]) not in read]
    if missing:
        sys.exit(f"{len(missing)} items have no readings in {READERS}, the first: {missing[0]['set']} {missing[0]['id']}")
    tool = [stance for stance, _ in tool_readings(binary, everything)] if binary else None
    groups = collections.defaultdict(collections.Counter)
    for index, item in enumerate(everything):
        reading = read[(item["set"], item["id"], item["pledge"])]
        for group in (f"{item['set']} {item['split']}", f"all {item['split']}", "all"):
            counts = groups[group]
            kind = "mentions" if item["label"] == "mentions" else "so"
            counts[kind] += 1
            for who, stance in (("A", reading["A"]), ("B", reading["B"])) + ((("tool", tool[index]),) if tool else ()):
                counts[f"{who} {kind}"] += stance == item["label"]
            counts["A=B"] += reading["A"] == reading["B"]
    order = [f"{name} {split}" for name, _ in SETS for split in ("tune", "test")] + ["all tune", "all test", "all"]
    head = f"{'set, split':18} {'S/O':>4} {'A':>10} {'B':>10}" + (f" {'reader':>10}" if tool else "")
    head += f" {'mentions':>8} {'A':>4} {'B':>4}" + (f" {'reader':>6}" if tool else "") + f" {'A = B':>11}"
    print("supports/opposes and mentions labels matched by reader A, reader B" +
          (" and the stance reader given the pledge" if tool else "") + "; A = B: the readers agree")
    print(head)
    for group in order:
        counts = groups.get(group)
        if not counts:
            continue
        so, mentions, total = counts["so"], counts["mentions"], counts["so"] + counts["mentions"]

        def share(key, of):
            return f"{counts[key]:>4} {counts[key] / of:.2f}" if of else f"{'–':>9}"

        line = f"{group:18} {so:>4} {share('A so', so):>10} {share('B so', so):>10}"
        line += f" {share('tool so', so):>10}" if tool else ""
        line += f" {mentions:>8} {counts['A mentions']:>4} {counts['B mentions']:>4}"
        line += f" {counts['tool mentions']:>6}" if tool else ""
        line += f" {counts['A=B']:>4}/{total:<3} {counts['A=B'] / total:.2f}"
        print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    parts = commands.add_parser("parts", help="write the items as the readers saw them")
    parts.add_argument("outdir")
    reporting = commands.add_parser("report", help="agreement per set and split")
    reporting.add_argument("--tool", help="the trackereval binary, to read the same items with the stance reader")
    arguments = parser.parse_args()
    if arguments.command == "parts":
        write_parts(arguments.outdir)
    else:
        report(arguments.tool)


if __name__ == "__main__":
    main()
