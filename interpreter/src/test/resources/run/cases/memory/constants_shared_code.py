# Equal constants anywhere in one module are one object (the compiler's constant cache).
def f():
    return 12345678901
def g():
    return 12345678901
print("same big int constant in two functions:", f() is g())
def h():
    return (1, "two", 3.0)
def k():
    return (1, "two", 3.0)
print("same tuple constant:", h() is k())
def m():
    return 1.0
def n():
    return 1
print("1.0 and 1 stay apart:", m() is n(), type(m()).__name__, type(n()).__name__)
def p():
    return -0.0
def q():
    return 0.0
print("0.0 and -0.0 stay apart:", p() is q())
