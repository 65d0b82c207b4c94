# WeakMethod refers to a bound method without keeping the instance alive.
import weakref
class T:
    def hello(self):
        return "hello"
t = T()
wm = weakref.WeakMethod(t.hello)
print(wm()())
r = weakref.ref(t.hello)
print("plain ref to a bound method dies at once:", r() is None)
del t
print("WeakMethod dead:", wm() is None)
