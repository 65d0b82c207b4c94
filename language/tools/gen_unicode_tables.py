#!/usr/bin/env python3
"""Records CPython 3.11's Unicode facts that Heapscope must reproduce exactly.

Writes language/src/main/resources/dev/heapscope/language/text/nonprintable.txt:
one 'first-last' hex range per line of the code points for which str.isprintable()
is False (what repr() escapes). Java's own Unicode tables are an older version
than CPython 3.11's, so they cannot be used for this.

Re-run:  python3 language/tools/gen_unicode_tables.py
"""
import os
import sys

if sys.version_info[:2] != (3, 11):
    raise SystemExit("run with CPython 3.11")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "dev", "heapscope", "language", "text", "nonprintable.txt")
ranges = []
start = None
for cp in range(0x110000 + 1):
    bad = cp < 0x110000 and not chr(cp).isprintable()
    if bad and start is None:
        start = cp
    elif not bad and start is not None:
        ranges.append((start, cp - 1))
        start = None
with open(out, "w") as f:
    f.write(f"# str.isprintable() is False for these code points (CPython {sys.version.split()[0]}, "
            f"Unicode {__import__('unicodedata').unidata_version})\n")
    for a, b in ranges:
        f.write(f"{a:x}-{b:x}\n")
print(len(ranges), "ranges")
