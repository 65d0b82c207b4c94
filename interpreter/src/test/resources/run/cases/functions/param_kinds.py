# Positional-only (/) and keyword-only (*) parameters and their errors.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
def try_call(label, thunk):
    try:
        print(label, thunk())
    except TypeError as err:
        print(label, "TypeError:", err)
try_call("pos-only as keyword:", lambda: f(1, b=2, c=3, d=4))
try_call("missing kw-only:", lambda: f(1, 2, 3))
try_call("too many positional:", lambda: f(1, 2, 3, 4))
try_call("unexpected kw:", lambda: f(1, 2, 3, d=4, z=0))
try_call("duplicate:", lambda: f(1, 2, 3, c=3, d=4))
try_call("missing two:", lambda: f(1))
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(*, only):
    return only
try_call("kw-only positional:", lambda: h(1))
try_call("no arguments:", lambda: h())
print(h(only="ok"))
def takes_none():
    return "none"
try_call("extra arg:", lambda: takes_none(1))
try_call("missing 1:", lambda: (lambda a, b: 0)(1))
try_call("builtin kwarg:", lambda: len(obj=[]))
class K:
    def m(self, x):
        return x
try_call("method missing arg:", lambda: K().m())
try_call("method too many:", lambda: K().m(1, 2))
