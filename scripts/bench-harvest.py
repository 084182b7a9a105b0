#!/usr/bin/env python3
"""`make bench`: tracker against a naive harvester and libxml2's own streaming parser, on real data.

For each size (default 5,000, 50,000 and every record), the real Tweede Kamer Zaak records of the corpus are
served by `feedserver` as SyncFeed pages of 250 in the official entity shape, and measured on the same pages
in the same run:

  naive      scripts/naive-harvester.py: urllib + xml.etree + one SQLite FTS5 insert per entity
  tracker    `tracker update --source tweedekamer`: parse, keep the raw entry, join deeds, index, link
  no-op      the same command again, with nothing new
  rebuild    `tracker rebuild`: re-derive every deed from the kept raw entries, without the network
  xmllint    `xmllint --stream --noout` over the same pages (the parse floor; no network)

and prints wall time, CPU time, peak resident memory (of that process alone) and entities per second, with
ratios to the naive harvester.

    bench-harvest.py BUILD_DIR CORPUS.jsonl.xz [SIZE ...]     (SIZE: a number or "all")
"""
import os, re, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import measured, workspace  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build, corpus = sys.argv[1], sys.argv[2]
sizes = [s for s in (sys.argv[3:] or ["5000", "50000", "all"])]


work = tempfile.mkdtemp(prefix="tracker-bench-")
records = os.path.join(work, "corpus.jsonl")
with open(records, "w") as out:
    subprocess.run(["xz", "-dc", corpus], stdout=out, check=True)
total = sum(1 for _ in open(records))
rows = []
try:
    for size in sizes:
        count = total if size == "all" else min(int(size), total)
        pages = os.path.join(work, f"pages-{count}")
        server = subprocess.Popen(
            [os.path.join(build, "feedserver"), "--corpus", records, "--limit", str(count), "--page-size", "250",
             "--pages-dir", pages], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        endpoint = server.stdout.readline().strip()
        try:
            space = os.path.join(work, f"workspace-{count}")
            workspace(space)
            tracker = [os.path.join(build, "tracker")]
            update = tracker + ["update", "--workspace", space, "--source", "tweedekamer",
                                "--endpoint", "tweedekamer=" + endpoint]
            results = {
                "naive": measured([sys.executable, os.path.join(root, "scripts/naive-harvester.py"), endpoint,
                                   os.path.join(work, f"naive-{count}.sqlite")]),
                "tracker": measured(update),
                "no-op": measured(update),
                "rebuild": measured(tracker + ["rebuild", "--workspace", space, "--quiet"]),
                "xmllint": measured(["sh", "-c", f"xmllint --stream --noout {pages}/*.xml"]),
            }
        finally:
            server.kill()
        for name, result in results.items():
            if result["status"] != 0:
                print(f"{name} failed at {count}: {result['err'][-2000:]}")
                sys.exit(1)
        line = results["tracker"]["out"].splitlines()[0]
        match = re.match(r"tweedekamer: \d+ pages?, (\d+) entities", line)
        if not match or int(match.group(1)) != count:
            print(f"tracker read {match.group(1) if match else '?'} of {count} entities: {line}")
            sys.exit(1)
        naive = results["naive"]["wall"]
        for name, result in results.items():
            rows.append((count, name, result["wall"], result["cpu"], result["rss"],
                         count / result["wall"] if name != "no-op" else None, result["wall"] / naive))
        print(f"{count} records: {line}", flush=True)
finally:
    shutil.rmtree(work, ignore_errors=True)

print()
print(f"{'records':>8}  {'run':<8} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'entities/s':>11} {'× naive':>8}")
for count, name, wall, cpu, rss, rate, ratio in rows:
    rate_text = f"{rate:11,.0f}" if rate else f"{'-':>11}"
    print(f"{count:>8,}  {name:<8} {wall:8.2f} {cpu:8.2f} {rss:8.1f} {rate_text} {ratio:8.2f}")
