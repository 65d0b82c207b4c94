# dict errors: missing keys, mutation during iteration, unhashable keys.
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", repr(e))
try:
    d[(1, 2)] = "tuple key fine"
    d[(1, [2])] = "not fine"
except TypeError as e:
    print("TypeError", e, d[(1, 2)])
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
class Missing(dict):
    def __missing__(self, key):
        return f"<default for {key}>"
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
