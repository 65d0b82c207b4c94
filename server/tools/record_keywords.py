#!/usr/bin/env python3
"""Records CPython's keywords and soft keywords for completion and rename checks.

    python3 server/tools/record_keywords.py > server/src/main/resources/dev/heapscope/server/completion/keywords.txt
"""
import keyword
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("record with CPython 3.11, not " + sys.version.split()[0])
print("# Recorded from CPython " + sys.version.split()[0] + " by server/tools/record_keywords.py; do not edit.")
for word in keyword.kwlist:
    print(word + "\tkeyword")
for word in keyword.softkwlist:
    print(word + "\tsoft")
