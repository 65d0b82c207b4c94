# weakref.proxy, WeakMethod, and ReferenceError for a dead proxy.
import weakref
class Engine:
    def __init__(self, name):
        self.name = name
    def start(self):
        return f"{self.name} started"
e = Engine("v8")
p = weakref.proxy(e)
print(p.name, p.start(), type(p).__name__, weakref.getweakrefcount(e))
del e
try:
    p.name
except ReferenceError as err:
    print("ReferenceError:", err)
e2 = Engine("v6")
plain = weakref.ref(e2.start)
print("a weakref to a bound method dies at once:", plain())
wm = weakref.WeakMethod(e2.start)
print(wm()(), wm() is not None)
del e2
print("WeakMethod after the instance died:", wm())
calls = []
class Node:
    pass
n = Node()
r = weakref.ref(n, calls.append)
n2 = n
del n
print("one name left:", r() is n2, calls)
del n2
print("callback received the ref:", calls == [r], r())
