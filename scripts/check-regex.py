#!/usr/bin/env python3
"""Regex literals in Sources/ are made once, as a `static let` (or an array of them), never inside a function.

Swift parses and compiles a regex literal again every time the expression runs, and reads its captures through key
paths: a date pattern and an amended-motion pattern run for every entity took two thirds of a harvest's time
(December 2026), as one had before (TKEntity.utc). A literal is found where Swift's bare-slash syntax puts one:
after `(`, `[`, `,`, `:`, `=` or at the start of a line, a `/` followed by neither a space nor another `/` or `*`
(outside string literals). It is allowed on a line declaring a `static let`, on the line after one that ends in `=`,
and inside a static array literal. Run by `make lint`.
"""
import pathlib
import re
import sys

LITERAL = re.compile(r"(?:^\s*|[(\[,:=]\s*)#?/(?![\s/*])")
STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
problems = []
for path in sorted(pathlib.Path("Sources").rglob("*.swift")):
    continued = False  # the line before declared a static let and ended in "=": its value is on this line
    in_array = False  # inside a static let's array literal, until its closing "]"
    for number, line in enumerate(path.read_text().splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        code = STRING.sub('""', line)  # a path in a string ("string(/html/body)") is no pattern
        declaring = re.search(r"\bstatic let\b", line) is not None
        if LITERAL.search(code) and not (declaring or continued or in_array):
            problems.append(f"{path}:{number}: a regex literal inside a function is compiled again at every call; "
                            "make it a `static let` (nonisolated(unsafe), as Regex is not Sendable)")
        continued = declaring and stripped.endswith("=")
        if declaring and stripped.endswith("["):
            in_array = True
        elif in_array and stripped.startswith("]"):
            in_array = False
for problem in problems:
    print(problem)
if not problems:
    print("regex literals are made once")
sys.exit(1 if problems else 0)
