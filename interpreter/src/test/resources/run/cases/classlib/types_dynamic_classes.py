# types: dynamic class creation (resolve_bases, prepare_class, new_class with __mro_entries__ and
# __prepare__), metaclass conflicts, DynamicClassAttribute, coroutine, the named types.
import types
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"made_by": "Meta"}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, bases, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
class Sub(Meta): pass
class Base(metaclass=Meta): pass
class Entry:
    def __mro_entries__(self, bases):
        print("entries of", len(bases))
        return (Base, object)
class NoTuple:
    def __mro_entries__(self, bases):
        return [int]
e = Entry()
print(types.resolve_bases((int, e, str)), types.resolve_bases((int, str)) == (int, str))
t = (int,)
print(types.resolve_bases(t) is t)
try:
    types.resolve_bases((NoTuple(),))
except TypeError as exc:
    print("TypeError:", exc)
C = types.new_class("C", (e,), {"metaclass": Sub, "flag": 1}, lambda ns: ns.update(x=1))
print(type(C).__name__, C.__orig_bases__[0] is e, C.__mro__, C.x, C.made_by)
print(types.prepare_class("D", (Base,)))
print(types.prepare_class("E"))
print(types.prepare_class("F", (), {"metaclass": len})[1:])
class M2(type): pass
class B2(metaclass=M2): pass
try:
    types.new_class("G", (Base, B2))
except TypeError as exc:
    print("TypeError:", exc)
class Color:
    def _get(self):
        "the value"
        return 42
    value = types.DynamicClassAttribute(_get)
    def __getattr__(self, n): return n
print(Color().value, Color.__dict__["value"].__doc__, Color.__dict__["value"].overwrite_doc)
try:
    Color.value
except AttributeError as exc:
    print("AttributeError", exc.args)
d = Color.__dict__["value"]
d2 = d.setter(lambda s, v: print("set", v)).getter(lambda s: "new")
print(d2.__doc__, d2.overwrite_doc, type(d2).__name__)
c = Color(); Color.value = d2; print(c.value); c.value = 5
try:
    del c.value
except AttributeError as exc:
    print("AttributeError:", exc)
print(types.FunctionType, types.CellType, types.MethodType, types.MemberDescriptorType, types.TracebackType, types.FrameType, types.GetSetDescriptorType)
print(sorted(n for n in types.__all__))
@types.coroutine
def gen():
    yield 1
print(gen.__code__.co_flags & 0x100)
try:
    types.coroutine(5)
except TypeError as exc:
    print("TypeError:", exc)
