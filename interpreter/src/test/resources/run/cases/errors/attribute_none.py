# AttributeError on None: a classic mistake with list.sort().
scores = [3, 1, 2]
ordered = scores.sort()
print(ordered)
print(ordered[0] if ordered else ordered.copy())
