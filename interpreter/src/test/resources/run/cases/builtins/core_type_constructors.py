# Calling the interpreter's own types: which ones make instances, with which arguments,
# and the errors of those that cannot (static types under object with no tp_new).
import sys
import types


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "->", type(result).__name__)
        return result


def gen():
    yield 1


def plain(x=1):
    return x


def outer():
    y = 2

    def inner():
        return y
    return inner


inner = outer()

print("-- no instances")
for t in (type(iter([])), type(iter(())), type(iter("")), type(iter({})), type(iter(range(3))),
          type(iter(set())), type({}.keys()), type({}.values()), type({}.items()), type(reversed([])),
          type(iter(lambda: 1, 2)), type(iter({}.items())), type(reversed({})), type(iter(b"")),
          type(iter(bytearray())), type(iter(range(2 ** 70))), types.FrameType, types.GeneratorType,
          types.CoroutineType, types.AsyncGeneratorType, types.BuiltinFunctionType, type(str.join),
          type(object.__init__), types.GetSetDescriptorType, types.MemberDescriptorType,
          type(dict.__dict__["fromkeys"]), types.UnionType):
    attempt(t.__name__, t)
print("callable_iterator" in dir(__builtins__))

print("-- object.__new__ is not safe for builtins")
for t in (type(iter([])), int, type(None), types.ModuleType, bool):
    attempt("object.__new__(" + t.__name__ + ")", lambda: object.__new__(t))
attempt("int.__new__(bool)", lambda: int.__new__(bool))
attempt("int.__new__(int)", lambda: int.__new__(int, 7))

print("-- singletons")
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
for t in (type(None), type(NotImplemented), type(...)):
    attempt(t.__name__ + "(1)", lambda: t(1))
    attempt(t.__name__ + "(x=1)", lambda: t(x=1))

print("-- module")
m = types.ModuleType("made")
print(repr(m), sorted(m.__dict__.items(), key=str))
print(repr(types.ModuleType("d", "the doc").__doc__), types.ModuleType(name="kw").__name__)
print(types.ModuleType("m", doc=5).__doc__)
attempt("ModuleType()", lambda: types.ModuleType())
attempt("ModuleType(1)", lambda: types.ModuleType(1))
attempt("ModuleType('a', 'b', 'c')", lambda: types.ModuleType("a", "b", "c"))
attempt("ModuleType('a', name='b')", lambda: types.ModuleType("a", name="b"))
attempt("ModuleType(nam='b')", lambda: types.ModuleType(nam="b"))
attempt("ModuleType('a', dock='b')", lambda: types.ModuleType("a", dock="b"))
bare = types.ModuleType.__new__(types.ModuleType)
print(repr(bare), bare.__dict__)
bare.__init__("later", "D")
print(repr(bare), bare.__doc__)
del m.__dict__["__name__"]
print(repr(m))
m.__dict__["__name__"] = 5
print(repr(m))
m.__file__ = "x.py"
print(repr(m))
print(repr(sys))


class Plugin(types.ModuleType):
    def hello(self):
        return "hi " + self.__name__


p = Plugin("plug")
p.x = 5
print(p.hello(), repr(p), type(p).__name__, sorted(vars(p)), p.x, isinstance(p, types.ModuleType))

print("-- function")
f = types.FunctionType(plain.__code__, {"__name__": "elsewhere"}, "renamed", (5,))
print(f(), f.__name__, f.__qualname__, f.__module__, f.__defaults__)
g = types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(g(), g.__name__, g.__module__, g.__closure__[0].cell_contents)
print(types.FunctionType(plain.__code__, globals={}).__defaults__)
print(types.FunctionType(plain.__code__, {}).__builtins__ is types.FunctionType.__call__.__self__ or True)
print(types.FunctionType(plain.__code__, {"__builtins__": {"a": 1}}).__builtins__)
print(types.FunctionType(plain.__code__, {"__builtins__": types}).__builtins__ is types.__dict__)
attempt("function()", lambda: types.FunctionType())
attempt("function(code)", lambda: types.FunctionType(plain.__code__))
attempt("function(1, {})", lambda: types.FunctionType(1, {}))
attempt("function(code, 1)", lambda: types.FunctionType(plain.__code__, 1))
attempt("function(code, {}, 3)", lambda: types.FunctionType(plain.__code__, {}, 3))
attempt("function(code, {}, None, 5)", lambda: types.FunctionType(plain.__code__, {}, None, 5))
attempt("function(code, {}, None, None, 5)", lambda: types.FunctionType(plain.__code__, {}, None, None, 5))
attempt("function(code, {}, None, None, (1,))", lambda: types.FunctionType(plain.__code__, {}, None, None, (1,)))
attempt("function(closure code, {})", lambda: types.FunctionType(inner.__code__, {}))
attempt("function(closure code, {}, None, None, (5,))", lambda: types.FunctionType(inner.__code__, {}, None, None, (5,)))
attempt("function(code, {}, foo=1)", lambda: types.FunctionType(plain.__code__, {}, foo=1))
attempt("function(code, {}, code=1)", lambda: types.FunctionType(plain.__code__, {}, code=1))
attempt("function(6 args)", lambda: types.FunctionType(plain.__code__, {}, 1, 2, 3, 4))

print("-- method, cell, code, traceback")
bound = types.MethodType(plain, 9)
print(bound(), bound.__self__, bound.__func__ is plain)
attempt("MethodType(1, 2)", lambda: types.MethodType(1, 2))
attempt("MethodType(plain, None)", lambda: types.MethodType(plain, None))
attempt("MethodType(plain)", lambda: types.MethodType(plain))
attempt("MethodType(plain, 1, 2)", lambda: types.MethodType(plain, 1, 2))
attempt("MethodType(func=plain, obj=1)", lambda: types.MethodType(func=plain, obj=1))
print(types.CellType(4).cell_contents)
attempt("CellType().cell_contents", lambda: types.CellType().cell_contents)
attempt("CellType(1, 2)", lambda: types.CellType(1, 2))
attempt("CellType(x=1)", lambda: types.CellType(x=1))
attempt("CodeType()", lambda: types.CodeType())
attempt("CodeType(0, 1, 2)", lambda: types.CodeType(0, 1, 2))
tb = types.TracebackType(None, sys._getframe(), 0, 17)
print(tb.tb_lineno, tb.tb_next, tb.tb_frame is sys._getframe())
print(types.TracebackType(tb, sys._getframe(), 0, 3).tb_next is tb)
attempt("TracebackType()", lambda: types.TracebackType())
attempt("TracebackType(1, frame, 0, 1)", lambda: types.TracebackType(1, sys._getframe(), 0, 1))
attempt("TracebackType(None, 1, 0, 1)", lambda: types.TracebackType(None, 1, 0, 1))
attempt("TracebackType(None, frame, 'a', 1)", lambda: types.TracebackType(None, sys._getframe(), "a", 1))

print("-- GenericAlias subclasses subscript to a plain GenericAlias")
import typing
T = typing.TypeVar("T")


class Alias(types.GenericAlias):
    pass


print(type(Alias(list, (T,))[int]).__name__, Alias(list, (T,))[int])
