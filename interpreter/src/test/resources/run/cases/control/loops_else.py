# for/while with break, continue and else clauses.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("while finished without break, i =", i)
while True:
    i -= 4
    if i < 0:
        print("broke out at", i)
        break
else:
    print("not printed")
for x in []:
    print("empty")
else:
    print("for-else on empty iterable runs")
for i in range(3):
    pass
print("loop variable after loop:", i)
total = 0
for i in range(10, 0, -2):
    total += i
print(total, list(range(10, 0, -2)), list(range(0)), list(range(-3, 3)))
