# Compact strings: ASCII 40 + n, latin-1 56 + n, UCS-2 74 + 2n, UCS-4 76 + 4n.
import sys
for s in ("", "a", "abc", "a" * 100, "é", "éé", "\u20ac", "\u20ac" * 3, "\U0001f600", "\U0001f600" * 2):
    print(len(s), ord(max(s)) if s else 0, sys.getsizeof(s))
print("mixed:", sys.getsizeof("a\u20ac"), sys.getsizeof("a\U0001f600"))
