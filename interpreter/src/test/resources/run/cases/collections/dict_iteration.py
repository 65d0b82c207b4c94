# Iterating dicts and building them from data.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>6} {n}")
by_len = {}
for word in counts:
    by_len.setdefault(len(word), []).append(word)
print(by_len)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, list(squares.keys()), list(squares.values()))
for i, (k, v) in enumerate(squares.items()):
    print(i, k, v)
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("q", {}).get("r"))
d = dict.fromkeys(range(5))
for k in list(d):
    if k % 2:
        del d[k]
print(d)
