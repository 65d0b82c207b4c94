# Common loop idioms: enumerate, zip, reversed, accumulating, searching.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, name in enumerate(names, start=1):
    print(i, name)
for name, age in zip(names, ages):
    print(f"{name} is {age}")
for name in reversed(names):
    print(name.upper(), end=" ")
print()
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)
running, out = 0, []
for v in range(1, 11):
    running += v
    out.append(running)
print(out)
pairs = []
for i in range(3):
    for j in range(i + 1, 4):
        pairs.append((i, j))
print(pairs, len(pairs))
