# Freed memory is reused at once: ids of short-lived objects repeat.
print(id([]) == id([]))
print(id(object()) == id(object()))
a = object()
old = id(a)
del a
b = object()
print("new object at the freed address:", id(b) == old)
x = [1, 2]
y = [1, 2]
print(x == y, x is y, id(x) == id(y))
class K:
    pass
k = K()
addr = id(k)
del k
k2 = K()
print("instance reuses the slot:", id(k2) == addr)
ids = set()
for i in range(5):
    ids.add(id(K()))
print("one id for five temporaries:", len(ids))
keep = [K() for _ in range(5)]
print("five live objects, five ids:", len({id(o) for o in keep}))
print(id(keep) == id(keep), id(keep[0]) != id(keep[1]))
