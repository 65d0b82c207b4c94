# sys.intern: only exact str; the interned copy is returned for equal strings.
import sys
a = "".join(["in", "terned"])
b = "".join(["in", "terned"])
print(a is b, sys.intern(a) is sys.intern(b))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError:", e)
