"""JSON token scanner: make_scanner(decoder) returns scan_once(string, idx) -> (value, end).

Heapscope's scanner is _json's, in Java, with CPython 3.11's grammar and messages; it
raises StopIteration(idx) when no value starts at idx.
"""
from _json import make_scanner as c_make_scanner

__all__ = ["make_scanner"]

make_scanner = c_make_scanner
