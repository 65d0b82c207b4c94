# contextlib.ExitStack: callback, push, enter_context, pop_all, close, suppression and the
# chaining of exceptions raised by callbacks.
import contextlib


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


with contextlib.ExitStack() as stack:
    print(stack.enter_context(CM("a")), stack.enter_context(CM("b")))
    cb = stack.callback(print, "callback", 1, sep="-")
    print(cb is print)
    print("body")

with contextlib.ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("suppresser", suppress=True))
    stack.enter_context(CM("inner"))
    raise ValueError("suppressed by the middle one")
print("after suppression")


def exit_func(typ, val, tb):
    print("exit_func sees", typ.__name__ if typ else None)
    return False


with contextlib.ExitStack() as stack:
    print(stack.push(exit_func) is exit_func)
    pushed = CM("pushed")
    print(stack.push(pushed) is pushed)
    print("pushed without entering")

with contextlib.ExitStack() as stack:
    stack.enter_context(CM("kept"))
    moved = stack.pop_all()
    print("popped all", type(moved).__name__)
print("stack closed; moved still open")
moved.close()
moved.close()


class NotCM:
    pass


class OnlyEnter:
    def __enter__(self):
        return self


for obj in (NotCM(), OnlyEnter(), 5):
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(obj)
    except TypeError as e:
        print("TypeError:", e)

try:
    contextlib.ExitStack().push(42)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
else:
    print("push(42) accepted")


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(KeyError("from first callback")))
        stack.callback(raiser(IndexError("from second callback")))
        raise ValueError("body")
except Exception as e:
    print(repr(e))
    print(" context:", repr(e.__context__))
    print(" context of context:", repr(e.__context__.__context__))
    print(" end:", e.__context__.__context__.__context__)

try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(KeyError("only callback")))
except KeyError as e:
    print(repr(e), e.__context__)

inner_exc = TypeError("inner")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(inner_exc))
        stack.push(lambda *exc: True)
        raise ValueError("suppressed then callback raises")
except TypeError as e:
    print(repr(e))

log = []
with contextlib.ExitStack() as stack:
    stack.callback(log.append, "one")
    stack.callback(log.append, "two")
print(log)

try:
    contextlib.ExitStack().callback()
except TypeError as e:
    print("TypeError:", e)
with contextlib.ExitStack() as stack:
    cb = stack.callback(lambda *, callback=None: print("kw named callback", callback), callback=7)
print(ExitStackNames := [c.__name__ for c in contextlib.ExitStack.__mro__])


class Stack2(contextlib.ExitStack):
    pass


s2 = Stack2()
print(type(s2.pop_all()).__name__, s2.__enter__() is s2)
print(s2.__exit__(None, None, None))
with contextlib.ExitStack() as stack:
    stack.push(CM("suppressing push", suppress=True))
    1 / 0
print("exit returns", contextlib.ExitStack().__exit__(ValueError, ValueError(), None))
