# A freed object's memory is reused: the next object of the same size often gets its id.
a = []
ida = id(a)
del a
b = []
print("new list reuses the freed list's id:", id(b) == ida)
print("temporary lists:", id([1, 2]) == id([3, 4]))
print("temporary dicts:", id({}) == id({"a": 1}))
print("live objects never share an id:", id(b) != id([]))
