# return, break and continue interacting with finally.
def f():
    try:
        return "from try"
    finally:
        print("finally runs before the function returns")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally overrides"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "return in finally swallows the exception"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x, "but the return value was already computed")
print(k())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
while True:
    try:
        break
    finally:
        print("finally on break")
def counter():
    n = 0
    try:
        for n in range(10):
            if n == 3:
                return n
    finally:
        print("leaving counter at", n)
print(counter())
