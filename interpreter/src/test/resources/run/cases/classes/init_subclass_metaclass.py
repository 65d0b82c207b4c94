# __init_subclass__, class creation with type(), and a simple metaclass.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print(f"  registering {cls.__name__} as {key!r}")
        Plugin.registry[key or cls.__name__.lower()] = cls
class CSV(Plugin, key="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["csv"] is CSV)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: f"hi from {type(self).__name__}"})
print(Dyn.x, Dyn().hello(), Dyn.__name__, type(Dyn))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  Meta.__new__ {name} {sorted(k for k in ns if not k.startswith('__'))}")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print(f"  Meta.__call__ {cls.__name__}{args}")
        return super().__call__(*args)
class Model(metaclass=Meta):
    field = 1
    def __init__(self, v):
        self.v = v
class Sub(Model):
    other = 2
m = Sub(7)
print(m.v, Sub.created_by, type(Sub).__name__, isinstance(Sub, Meta), isinstance(m, Model))
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Conn(metaclass=Singleton):
    pass
print(Conn() is Conn())
