# startswith, endswith, find, rfind, count and the fast comparison and indexing paths,
# over windows given by start and end (negative, past the end, crossing each other),
# on ASCII, latin-1, BMP and astral text.
texts = ["abcabc", "", "a\U0001F600bc\U0001F600", "h\u00e9llo w\u00f6rld \u4e2d"]
subs = ["", "a", "bc", "\U0001F600", "c", "abc", "x", "ld", "\u00f6", "\u4e2d"]
bounds = [None, -100, -3, -1, 0, 1, 2, 3, 5, 6, 7, 100]
for s in texts:
    for sub in subs:
        rows = []
        for a in bounds:
            for b in bounds:
                rows.append((s.startswith(sub, a, b), s.endswith(sub, a, b), s.find(sub, a, b),
                             s.rfind(sub, a, b), s.count(sub, a, b), s.startswith((sub, "zz"), a, b)))
        print(repr(s), repr(sub), rows)

# Order by code point, not by UTF-16 unit: an astral character sorts above U+FFFF.
pairs = [("a", "b"), ("ab", "a"), ("", "a"), ("\uffff", "\U00010000"), ("\ue000", "\U0001F600"),
         ("x\U0001F600", "x\uffff"), ("same", "same"), ("\u00e9", "e")]
for x, y in pairs:
    print(ascii(x), ascii(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(0.5 < 1.5, float("nan") == float("nan"), float("nan") != float("nan"), -0.0 == 0.0,
      float("nan") < 1.0, float("inf") >= float("inf"))

# Indexing: one-character results are the shared latin-1 objects; others are new.
s = "h\u00e9\u4e2d\U0001F600"
h, e_acute = "hx", "\u00e9x"
print([s[i] for i in range(-4, 4)], s[0] is h[0], s[1] is e_acute[0], s[2] is s[2])
t = (1, "two", 3.0)
print(t[0], t[-1], t[-3])
for bad in (3, -4):
    try:
        t[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        s[bad * 2]
    except IndexError as e:
        print("IndexError", e)
d = {"k": 1, 2: "v"}
print(d["k"], d[2], "k" in d, "z" in d, 2 in d, "bc" in "abc", "" in "", "ca" in "abc")
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)


class Key(str):
    pass


class Eq:
    def __hash__(self):
        return hash("k")

    def __eq__(self, other):
        return other == "k"


e = {Eq(): "by Eq"}
print(e["k"], "k" in e, Key("k") in d, d[Key("k")])
