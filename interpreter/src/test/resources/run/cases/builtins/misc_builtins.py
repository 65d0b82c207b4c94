# isinstance, len, repr, eval/exec basics, globals-free things, slice, object, print return.
print(isinstance([], list), len("abc"), repr("a'b"), eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
ns = {}
exec("def f(n):\n    return n + 1\nresult = f(41)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, list(range(20))[s], "abcdefghijkl"[s])
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(print("print returns"), type(print("x", end="")))
print(int.__name__, str.__mro__, bool.__bases__, len.__name__, len.__self__ is __builtins__ or True)
print(max.__doc__.splitlines()[0])
print(compile("1 + 1", "<str>", "eval").co_name, eval(compile("2 ** 8", "<str>", "eval")))
print(bytearray(3), memoryview(b"xy").tolist(), list(reversed(range(3))))
print(divmod(7, 2), pow(3, 3), round(7.25, 1), sorted({"b": 1, "a": 2}), all(()), any(()))
print(format(1234.5678, "_.2f"), format(-5, "+"), format(True, ""), str(...), repr(NotImplemented))
