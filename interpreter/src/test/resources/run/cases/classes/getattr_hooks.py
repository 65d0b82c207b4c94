# __getattr__ (only for missing names), __getattribute__ (every lookup), __setattr__, __delattr__.
class Fallback:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no attribute {name!r}")
f = Fallback()
print(f.real, f.x_hello)
print(getattr(f, "missing", "default"), hasattr(f, "x_yes"), hasattr(f, "nope"))
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  __getattribute__({name!r})")
        return super().__getattribute__(name)
    def method(self):
        return self.a
l = Logged()
print(l.a, l.method())
class Guarded:
    def __setattr__(self, name, value):
        print(f"  __setattr__({name!r}, {value!r})")
        if name == "locked":
            raise AttributeError("locked is read-only")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        object.__delattr__(self, name)
g = Guarded()
g.x = 10
try:
    g.locked = True
except AttributeError as e:
    print("AttributeError:", e)
setattr(g, "y", 20)
del g.x
print(vars(g))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__len__())
