# Generator expressions: laziness, single use, and feeding builtins.
log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(x) * 2 for x in range(5))
print(log, "(nothing evaluated yet)")
print(next(g), log)
print(list(g), log)
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
evens = (x for x in range(20) if x % 2 == 0)
print(min(evens), list(evens)[:3])
lines = ["  a = 1", "# comment", "", "b = 2  "]
cleaned = (l.strip() for l in lines)
kept = (l for l in cleaned if l and not l.startswith("#"))
pairs = (l.split(" = ") for l in kept)
print(dict(pairs))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sorted((x % 3, x) for x in range(7)))
print("".join(c for c in "h-e-l-l-o" if c != "-"))
gen = (x for x in [1, 2, 3])
print(3 in gen, list(gen), "(membership consumes)")
