# Some objects cannot be weakly referenced.
import weakref
for obj in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)
class S:
    __slots__ = ("a",)
try:
    weakref.ref(S())
except TypeError as e:
    print("TypeError:", e)
class W:
    __slots__ = ("a", "__weakref__")
print("with __weakref__ slot:", weakref.ref(W())() is None)
