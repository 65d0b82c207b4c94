# Class machinery: __init_subclass__ with keywords, __set_name__, __prepare__ ordering, __class_getitem__,
# __mro_entries__, metaclass __instancecheck__/__subclasscheck__, __qualname__ of nested classes.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class CsvPlugin(Plugin, name="csv"):
    pass


class JsonPlugin(Plugin):
    pass


print(sorted(Plugin.registry), CsvPlugin.plugin_name, JsonPlugin.plugin_name)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Record:
    title = Field()
    year = Field()


rec = Record()
rec.title = "x"
print(rec.title, rec.year, Record.title.name, Record.year.owner, vars(rec))


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"order": []}

    def __new__(mcls, name, bases, ns, **kw):
        ns["names"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Spec(metaclass=Ordered, strict=True):
    b = 1
    a = 2

    def c(self):
        pass


print(Spec.names, type(Spec).__name__)


class Matrix:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Matrix[int], Matrix["float", 3])


class Wrapper:
    def __init__(self, base):
        self.base = base

    def __mro_entries__(self, bases):
        return (self.base,)


class Derived(Wrapper(dict), Wrapper(object)):
    pass


print(Derived.__mro__, len(Derived.__orig_bases__), Derived.__bases__)


class Evens(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class Even(metaclass=Evens):
    pass


print(isinstance(4, Even), isinstance(3, Even), isinstance("4", Even), issubclass(bool, Even), issubclass(int, Even))
print(isinstance(4, (str, Even)), issubclass(bool, (str, Even)))


class Outer:
    class Inner:
        def method(self):
            pass

    def make(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().make().__qualname__)
print(type(Outer.__dict__).__name__, Outer.__dict__["Inner"] is Outer.Inner, "make" in Outer.__dict__)
