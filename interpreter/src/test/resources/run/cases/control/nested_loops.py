# Nested loops, escaping with a flag and with a function return.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in grid:
    for v in row:
        print(v, end=" ")
    print()
def find(target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find(5), find(9), find(10))
found = False
for row in grid:
    for v in row:
        if v * v > 30:
            found = True
            break
    if found:
        break
print("first square over 30:", v)
for i in range(4):
    for j in range(i):
        print(f"{i}{j}", end=",")
print()
n = 0
while n < 3:
    m = 0
    while m < n:
        print((n, m), end="")
        m += 1
    n += 1
print()
