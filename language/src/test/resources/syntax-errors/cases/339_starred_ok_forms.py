*a, = x
[*a] = x
x = *a, *b
print(*a)
for *a, b in c:
    pass
