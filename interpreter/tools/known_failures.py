#!/usr/bin/env python3
"""Rewrite interpreter/src/test/resources/run/known-failures.txt from the last test run.

Run the corpus first (mvn -B -q -pl interpreter -am test -Dtest=RunCorpusTest
-Dsurefire.failIfNoSpecifiedTests=false); this reads the surefire report and lists each
failing case with the stream that differed first. Cases already on the list that still
fail keep their written reason. The list only documents the gap: RunCorpusTest fails the
build when a listed case starts passing, so the list shrinks as the interpreter improves.
"""
import os
import re
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = os.path.join(HERE, "..", "target", "surefire-reports",
                      "TEST-dev.heapscope.interpreter.run.RunCorpusTest.xml")
LIST = os.path.join(HERE, "..", "src", "test", "resources", "run", "known-failures.txt")


def main():
    old = {}
    if os.path.exists(LIST):
        for line in open(LIST, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                old[name] = reason.strip()
    failing = {}
    now_passing = set()
    root = ET.parse(REPORT).getroot()
    for case in root.iter("testcase"):
        for failure in list(case.iter("failure")) + list(case.iter("error")):
            message = failure.get("message") or ""
            m = re.match(r"([\w/]+): (stdout|stderr|exit status)", message)
            if m:
                failing[m.group(1)] = f"{m.group(2)} differs from CPython's"
            # The attribute may be shortened by surefire; the element's text has the whole message.
            m = re.search(r"these cases now pass; take them off known-failures.txt: \[([^\]]*)\]",
                          (failure.text or "") + message)
            if m:
                now_passing.update(n.strip() for n in m.group(1).split(",") if n.strip())
    # Listed cases are run but not asserted: those not reported as passing still fail.
    for name, reason in old.items():
        if name not in now_passing:
            failing.setdefault(name, reason)
    with open(LIST, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Corpus cases Heapscope does not yet run exactly as CPython 3.11 does.\n")
        out.write("# Written by interpreter/tools/known_failures.py; a case that passes must come off.\n")
        for name in sorted(failing):
            out.write(f"{name}  {old.get(name) or failing[name]}\n")
    print(f"{len(failing)} known failures")


if __name__ == "__main__":
    main()
