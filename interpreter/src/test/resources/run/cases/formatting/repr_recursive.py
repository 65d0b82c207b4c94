# Recursive containers print as [...] / {...}.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
d = {"self": None}
d["self"] = d
print(d)
b = [a, [a]]
print(b)
outer = {"list": [], "n": 1}
outer["list"].append(outer)
print(outer)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"
n = Node("root")
n.children.append(Node("leaf"))
print(n)
print(a[2][2][2][0], a is a[2])
