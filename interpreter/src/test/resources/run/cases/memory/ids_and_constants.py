# Comparing ids: constants, small ints, cached singletons, and live objects.
a = (1, 2, 3)
b = (1, 2, 3)
print("equal tuple constants in one code object:", id(a) == id(b))
print("small int:", id(7) == id(3 + 4), "singletons:", id(None) == id(None), id(True) == id(1 == 1))
def f():
    return (1, 2, 3)
print("tuple constant in another code object:", f() is a)
x = [1]
y = x
print("alias:", id(x) == id(y), "copy:", id(x) == id(x[:]))
print("empty str, empty tuple, empty bytes are shared:", "" is str(), () is tuple(), b"" is bytes())
print("a bound method's id can repeat after it is freed:", id(x.append) == id(x.append))
objs = [object() for _ in range(3)]
print("distinct live objects:", len({id(o) for o in objs}) == 3)
print("folded constants 2 ** 62 are one object in a code object:", id(2 ** 62) == id(2 ** 62))
big = 2 ** 62
print("even 2 ** 62 + 0, folded to the same constant:", big is 2 ** 62 + 0)
print("a big int computed at run time is a new object:", big is int(str(big)))
