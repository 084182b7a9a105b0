#!/usr/bin/env python3
"""Every module a target imports must be one of its *direct* dependencies in Package.swift.

`swift build --explicit-target-dependency-import-check error` refuses imports outside a target's
transitive dependencies; this check is stricter: Store may not import Markup even though Deeds,
which Store depends on, does. System modules (Foundation, Testing, …) are always allowed.
Run by `make lint`.
"""
import json
import pathlib
import re
import subprocess
import sys

SYSTEM = {"Foundation", "FoundationNetworking", "Dispatch", "Glibc", "Darwin", "Testing", "XCTest", "Synchronization"}
# libxml2's module map is handed to Markup alone (Package.swift), so it is no target dependency.
EXTRA = {"Markup": {"CLibXML2"}}

package = json.loads(subprocess.run(
    ["swift", "package", "describe", "--type", "json"], check=True, capture_output=True, text=True).stdout)
problems = []
for target in package["targets"]:
    allowed = set(target.get("target_dependencies") or []) | set(target.get("product_dependencies") or [])
    allowed |= SYSTEM | EXTRA.get(target["name"], set())
    for path in sorted(pathlib.Path(target["path"]).rglob("*.swift")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            match = re.match(r"^(?:@\w+\s+)*(?:(?:internal|package|public|private|fileprivate)\s+)?import\s+(\w+)", line)
            if match and match.group(1) not in allowed:
                problems.append(f"{path}:{number}: {target['name']} imports {match.group(1)}, "
                                f"which is not among its dependencies in Package.swift")
for problem in problems:
    print(problem, flush=True)
if problems:
    sys.exit(f"{len(problems)} import{'s' if len(problems) != 1 else ''} outside the package graph")
print("imports follow the package graph")
