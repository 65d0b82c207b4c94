import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


def pair(first, second):
    a, b = Node(first), Node(second)
    a.partner, b.partner = b, a
    names = [a.name, b.name]
    return names


gc.disable()
names = pair("a", "b")
found = gc.collect()
print("collected", found)
