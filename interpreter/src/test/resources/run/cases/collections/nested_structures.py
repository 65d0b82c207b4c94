# Nested lists and dicts: building, walking, and modifying in place.
inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"leek": 2},
}
inventory["fruit"]["plum"] = 7
inventory.setdefault("grain", {})["rice"] = 10
for category, items in inventory.items():
    in_stock = {k: v for k, v in items.items() if v}
    print(category, in_stock, sum(items.values()))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [list(row) for row in zip(*matrix)]
print(transposed)
matrix[1][1] = None
print(matrix, [row[1] for row in matrix])
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print(depth(inventory), depth([[[]]]), depth(5), depth({"a": [{"b": []}]}))
records = [{"name": "a", "scores": [1, 2]}, {"name": "b", "scores": []}]
records[1]["scores"].append(9)
print(records, [max(r["scores"]) for r in records])
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def total(t):
    return t["v"] + sum(total(k) for k in t["kids"])
print(total(tree))
