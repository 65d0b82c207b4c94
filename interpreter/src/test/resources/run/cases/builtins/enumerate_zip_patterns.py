# enumerate, zip and friends in the usual idioms.
names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for rank, (name, score) in enumerate(zip(names, scores), start=1):
    print(f"{rank}. {name:<4} {score}")
pairs = list(zip(names, scores))
unzipped_names, unzipped_scores = zip(*pairs)
print(pairs, unzipped_names, unzipped_scores)
print(dict(zip(names, scores)), {n: i for i, n in enumerate(names)})
print(list(zip(range(5), "ab")), list(zip()), list(zip([1])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
print(list(enumerate("abc", -1)), list(enumerate([])))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
diffs = [b - a for a, b in zip(scores, scores[1:])]
print(diffs)
print([i for i, s in enumerate(scores) if s > 80], max(enumerate(scores), key=lambda p: p[1]))
print(list(map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda p: p[1] > 80, zip(names, scores))))
print(list(reversed(list(enumerate("ab")))), sorted(zip(scores, names)))
