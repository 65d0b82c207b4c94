# The order in which objects are freed: del statements, containers, and rebinding.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  del {self.name}")
print("list frees items last to first:")
items = [Tag("l0"), Tag("l1"), Tag("l2")]
del items
print("tuple, also last to first:")
tup = (Tag("t0"), Tag("t1"))
del tup
print("dict frees values in insertion order:")
d = {"x": Tag("dx"), "y": Tag("dy")}
del d
print("attributes of an instance:")
class Box:
    pass
box = Box()
box.first, box.second = Tag("a1"), Tag("a2")
del box
print("multiple targets in one del:")
p, q = Tag("p"), Tag("q")
del q, p
print("chain: each holds the next")
class Link:
    def __init__(self, name, nxt=None):
        self.name, self.nxt = name, nxt
    def __del__(self):
        print(f"  del {self.name}")
head = Link("1", Link("2", Link("3")))
del head
print("list.clear():")
lst = [Tag("c0"), Tag("c1")]
lst.clear()
print("slice deletion:")
lst = [Tag("s0"), Tag("s1"), Tag("s2")]
del lst[0:2]
print("end")
