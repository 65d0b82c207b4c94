# sorted/sort with key, reverse, stability.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1], reverse=True), "(stable under reverse)")
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted([[2, 1], [1, 9], [1, 2]]))
print(sorted([0.5, 1, -2, True, False]), sorted([], key=len))
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p[1]))
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
