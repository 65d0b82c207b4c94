# A set keeps the first of equal elements.
a = "".join(["e", "l"])
b = "".join(["e", "l"])
s = {a}
s.add(b)
print(len(s), next(iter(s)) is a)
x = 1000
y = int("1000")
t = {x, y}
print(len(t), next(iter(t)) is x)
