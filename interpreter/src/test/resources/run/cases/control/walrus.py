# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} elements")
values = iter(data)
while (v := next(values, None)) is not None:
    print("got", v)
print([y for x in data if (y := x * 2) > 6])
print("y leaks out of the comprehension:", y)
print([last := x for x in range(3)], last)
total = 0
print([total := total + x for x in data], total)
def f():
    print([(z := i) for i in range(2)], z)
f()
print((w := 5) + w)
chunks = "a,b;c,d"
print([part for chunk in chunks.split(";") if (part := chunk.split(","))])
