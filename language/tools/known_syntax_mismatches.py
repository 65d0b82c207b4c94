#!/usr/bin/env python3
"""Rewrite language/src/test/resources/syntax-errors/known-mismatches.txt from the last test run.

Run the corpus test first (mvn -B -q -o verify -pl language -Dtest=SyntaxErrorCorpusTest
-Dsurefire.failIfNoSpecifiedTests=false); it writes every case whose answer differs from
CPython's recorded one to language/target/syntax-error-mismatches.txt. This lists those cases,
one a line, with what CPython said and what we said. The list only documents the gap:
SyntaxErrorCorpusTest fails when a case off the list differs or a listed case matches.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = os.path.join(HERE, "..", "target", "syntax-error-mismatches.txt")
LIST = os.path.join(HERE, "..", "src", "test", "resources", "syntax-errors", "known-mismatches.txt")


def main():
    entries = []
    name = expected = None
    with open(REPORT, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.startswith(" "):
                name = line
            elif line.strip().startswith("expected:"):
                expected = line.split("expected:", 1)[1].strip()
            elif line.strip().startswith("actual:"):
                actual = line.split("actual:", 1)[1].strip()
                entries.append(f"{name}  cpython: {expected}  ours: {actual}")
    with open(LIST, "w", encoding="utf-8") as f:
        f.write("# Syntax-error corpus cases whose answer differs from CPython 3.11's.\n")
        f.write("# Written by language/tools/known_syntax_mismatches.py; do not edit by hand.\n")
        for entry in sorted(entries):
            f.write(entry + "\n")
    print(f"{len(entries)} cases differ from CPython; {LIST} rewritten")


if __name__ == "__main__":
    main()
