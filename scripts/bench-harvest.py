#!/usr/bin/env python3
"""Measures `tracker update --source tweedekamer` against a local SyncFeed server (make bench).

Starts `feedserver` with the real test corpus repeated COPIES times (copies after the first are
generated benchmark data, see Tests/FeedServer/main.swift), runs a first full harvest and a second
run with nothing new in a fresh workspace, and prints pages/s, entities/s, wall time and peak
memory (maximum resident set size of the tracker process).
"""
import os, re, resource, shutil, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release")
copies = int(os.environ.get("COPIES", "200"))
page_size = int(os.environ.get("PAGE_SIZE", "250"))

server = subprocess.Popen([os.path.join(build, "feedserver"), "--copies", str(copies), "--page-size", str(page_size)],
                          stdout=subprocess.PIPE, text=True)
endpoint = server.stdout.readline().strip()
work = tempfile.mkdtemp(prefix="tracker-bench-")
try:
    shutil.copytree(os.path.join(root, "Commitments"), os.path.join(work, "Commitments"))
    os.mkdir(os.path.join(work, "Scrapers"))
    for name in os.listdir(os.path.join(root, "Scrapers")):
        if name.endswith(".yaml"):
            text = open(os.path.join(root, "Scrapers", name)).read()
            open(os.path.join(work, "Scrapers", name), "w").write(re.sub(r"pause: [0-9.]+", "pause: 0", text))
    command = [os.path.join(build, "tracker"), "update", "--workspace", work, "--source", "tweedekamer",
               "--endpoint", "tweedekamer=" + endpoint]

    def measure(label):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        result = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        line = result.stdout.splitlines()[0] if result.stdout else result.stderr
        match = re.match(r"tweedekamer: (\d+) pages?, (\d+) entities", line)
        pages, entities = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(f"{label}: {line}")
        print(f"  wall {elapsed:.2f} s, cpu {cpu:.2f} s, {pages / elapsed:.1f} pages/s, {entities / elapsed:.0f} entities/s, "
              f"peak RSS {after.ru_maxrss / 1024:.1f} MB (largest child so far)")
        if result.returncode != 0:
            print(result.stderr)
            sys.exit(1)

    print(f"SyncFeed corpus: {copies} copies of 74 real entities, {page_size} entities a page, server {endpoint}")
    measure("first run")
    measure("second run (nothing new)")
finally:
    server.kill()
    shutil.rmtree(work, ignore_errors=True)
