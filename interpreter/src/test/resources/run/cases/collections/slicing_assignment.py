# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[:] = "abc"
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[1::3] = [None] * len(b[1::3])
print(b)
c = list(range(6))
del c[1:3]
print(c)
del c[::-2]
print(c)
d = [1, 2, 3]
alias = d
d[:] = [9]
print(d, alias, alias is d)
d = d + [0]
print(d, alias, alias is d)
e = list(range(5))
e[10:20] = [5, 6]
print(e)
e[-100:1] = ["front"]
print(e)
s = list(range(8))
print(s[1:7:2], s[::-3], s[-1:-4:-1], s[5:1:-1])
