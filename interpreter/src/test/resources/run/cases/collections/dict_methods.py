# dict methods, insertion order and views.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "missing"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 26)])
print(d)
d["a"] = "moved?"
print(d, "(updating a key keeps its place)")
del d["a"]
d["a"] = "back"
print(d, "(delete and re-insert moves it to the end)")
keys, values, items = d.keys(), d.values(), d.items()
d["new"] = 0
print(keys, values, items)
print("x" in keys, ("x", 10) in items, 10 in values)
print(keys & {"x", "q"} == {"x"}, sorted(keys - {"x"}))
print(dict.fromkeys("abc", 0), dict(zip("ab", [1, 2])), dict(a=1, b=2), dict([(1, 2)]))
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged)
merged |= {"c": 4}
print(merged, {**merged, "d": 5})
print(list(reversed({"p": 1, "q": 2})), {1: "a"} == {1: "a"}, {1: 2, 3: 4} == {3: 4, 1: 2})
c = d.copy()
c.clear()
print(c, len(d))
