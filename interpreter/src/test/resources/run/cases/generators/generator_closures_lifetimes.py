# Generators see later changes to their closure variables and can be abandoned half-way.
def make():
    items = [1, 2]
    def gen():
        for x in items:
            yield x
    return gen, items
gen, items = make()
g = gen()
print(next(g))
items.append(3)
print(list(g), "(the list grew while the generator was paused)")
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("  numbers cleaned up")
for n in numbers():
    if n == 2:
        print("breaking out of the loop")
        break
print("after the loop (the generator was freed when the loop ended)")
def reader(lines):
    for line in lines:
        print("  reading", line)
        yield line.upper()
first_two = []
r = reader(["a", "b", "c"])
for v in r:
    first_two.append(v)
    if len(first_two) == 2:
        break
print(first_two, "remaining:", list(r))
counts = {"created": 0}
def tracked():
    counts["created"] += 1
    yield counts["created"]
gens = [tracked() for _ in range(3)]
print(counts, [next(g) for g in gens], counts)
