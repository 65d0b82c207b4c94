# types: the names of the interpreter's types, SimpleNamespace, MappingProxyType and dynamic class creation.
import types
import sys


def f():
    pass


class C:
    __slots__ = ("a",)

    def m(self):
        pass


print(type(f) is types.FunctionType, type(lambda: 0) is types.LambdaType, type(f.__code__) is types.CodeType)
print(type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType, type(sys) is types.ModuleType)
print(type(C.__dict__["a"]) is types.MemberDescriptorType, type(None) is types.NoneType, type(...) is types.EllipsisType)
print(type((x for x in ())) is types.GeneratorType, type(NotImplemented) is types.NotImplementedType)
print(types.FunctionType, types.MethodType, types.ModuleType, types.MappingProxyType, types.SimpleNamespace)
print(type(int | str) is types.UnionType, types.UnionType, types.GenericAlias)
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]), vars(ns))
del ns.a
print(ns, types.SimpleNamespace(z=2))
try:
    types.SimpleNamespace({"k": 1})
except TypeError as e:
    print("TypeError:", e)
ns.self = ns
print(ns)
mp = types.MappingProxyType({"x": 1, "y": 2})
print(mp, mp["x"], mp.get("z", 0), list(mp.keys()), list(mp.values()), list(mp.items()), len(mp), "x" in mp)
print(mp == {"x": 1, "y": 2}, mp | {"z": 3}, {"w": 0} | mp, list(reversed(mp)), mp.copy(), type(mp.copy()))
for action in ("set", "del"):
    try:
        if action == "set":
            mp["x"] = 5
        else:
            del mp["x"]
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
d = {"live": 1}
view = types.MappingProxyType(d)
d["new"] = 2
print(view, type(C.__dict__).__name__, C.__dict__["m"] is C.m, "m" in C.__dict__)
try:
    C.__dict__["m"] = 1
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


Dyn = types.new_class("Dyn", (list[int],), {"metaclass": Meta, "flag": 1}, lambda ns: ns.update(x=10))
print(Dyn.__mro__, Dyn.x, Dyn.prepared, Dyn.__orig_bases__, type(Dyn).__name__)
print(types.resolve_bases((int, list[str])), types.prepare_class("X", (int,)))
try:
    types.new_class("Bad", (int, str))
except TypeError as e:
    print("TypeError:", e)


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


class FromEntries(Entries()):
    pass


print(FromEntries.__mro__, type(FromEntries.__orig_bases__[0]).__name__)
