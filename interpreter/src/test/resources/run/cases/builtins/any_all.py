# any and all, short-circuiting and on empty inputs.
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 2]), all([1, 0]))
print(any("") , all(""), any([None, ""]), all(["a", [0]]))
def check(v):
    print("  checking", v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]))
print(all(check(v) for v in [3, 1, 5]))
words = ["apple", "banana", "cherry"]
print(all(w.islower() for w in words), any(w.startswith("b") for w in words), any(len(w) > 6 for w in words))
grid = [[1, 2], [3, 0]]
print(all(all(row) for row in grid), any(0 in row for row in grid))
