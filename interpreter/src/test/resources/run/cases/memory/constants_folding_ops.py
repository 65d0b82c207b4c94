# Unary minus, shifts, subscripts and tuple concatenation of constants fold.
def a():
    return -1000
def b():
    return -1000
print("-1000:", a() is b())
def c():
    return 1 << 70
def d():
    return 1 << 70
print("1 << 70:", c() is d())
def e():
    return "hello"[1:]
def f():
    return "ello"
print("slices do not fold:", e() is f(), e() == f())
def g():
    return (1, 2) + (3,)
def h():
    return (1, 2, 3)
print("tuple concatenation:", g() is h())
def i():
    return 7 // 2, 7 % 2, 7 / 2
print("arithmetic folded into a tuple:", i() is i())
def j():
    return 1 / 0 if False else "division by zero not folded"
print(j())
