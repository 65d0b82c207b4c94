# Instances of one class reuse each other's blocks once freed.
class C:
    pass
ids = []
for _ in range(5):
    ids.append(id(C()))
print("each temporary instance got the same id:", len(set(ids)) == 1)
keep = [C() for _ in range(5)]
print("live instances have distinct ids:", len({id(k) for k in keep}) == 5)
first = id(keep[0])
del keep[0]
print("a new instance takes the last freed block:", id(C()) == first)
