# str.join of one exact str returns that very object (PyUnicode_Join), and the refcounts say so.
import sys

s = "some text here"
t = "".join([s])
print(t is s, sys.getrefcount(s))
x = "x"
print(", ".join([x]) is x, "".join((x,)) is x, "-".join([]) == "", "-".join([x, x]) is x)


class S(str):
    pass


u = S("q")
print(type("".join([u])).__name__, "".join([u]) is u)
try:
    "".join([1])
except TypeError as e:
    print(e)
