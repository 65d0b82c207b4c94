# Descriptors: data vs non-data, __set_name__, and lookup precedence.
class Typed:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("ann", 30)
print(p.name, p.age, vars(p), type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance dict"
print(h.attr, "(instance dict wins over a non-data descriptor)")
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("  DataDesc.__set__", value)
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr, "(data descriptor wins over the instance dict)")
h2.attr = 5
class Method:
    def f(self):
        return self
m = Method()
print(Method.__dict__["f"].__get__(m, Method)() is m, Method.f.__get__(None, Method) is Method.f)
