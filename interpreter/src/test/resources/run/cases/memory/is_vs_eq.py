# Identity (is) vs equality (==) for values people compare.
a = [1, 2, 3]
b = a[:]
print(a == b, a is b)
print(None is None, [] is [], () is (), "" is "" or True)
x = 1.5
y = 1.5
print("float constants in one code object:", x is y)
z = float("1.5")
print("computed float:", x is z, x == z)
print(True is (1 == 1), (1 == 1) is True, bool(1) is True)
t1 = (1, 2)
t2 = tuple([1, 2])
print("tuple constant vs built:", t1 is t2, t1 == t2)
print("empty tuple singleton:", () is tuple(), tuple([]) is ())
print("empty frozenset:", frozenset() is frozenset())
s = "py"
print("a one-character slice is the literal:", s[0] is "p")
n = 300
m = 299 + 1
print("constant-folded 299 + 1:", n is m)
def f():
    return 300
print("same constant in another function:", f() is n)
class C:
    pass
print(C() is C(), C is C, type(C()) is C)
print(... is Ellipsis, NotImplemented is NotImplemented)
