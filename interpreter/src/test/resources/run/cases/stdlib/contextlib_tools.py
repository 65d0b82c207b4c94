# contextlib's small context managers: closing, aclosing, suppress, redirect_stdout and
# redirect_stderr, nullcontext, chdir, ContextDecorator, the abstract base classes (chdir only constructed: os.chdir is missing).
import contextlib
import io
import os
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with contextlib.closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with contextlib.closing(Resource("r2")):
        raise ValueError("during")
except ValueError as e:
    print("propagated", e)
print(repr(contextlib.closing(Resource("r3")).thing.name))

with contextlib.suppress(KeyError):
    {}["x"]
print("KeyError suppressed")
with contextlib.suppress(LookupError):
    [][1]
print("subclass suppressed")
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError passed through:", e)
s = contextlib.suppress(TypeError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(TypeError, TypeError(), None))
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1)])
    print("group of ValueError suppressed")
except ExceptionGroup as e:
    print("group escaped:", repr(e))

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("into the buffer")
    print(target is buf)
print("captured:", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("captured err:", repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
redirect = contextlib.redirect_stdout(outer)
with redirect:
    print("outer 1")
    with redirect:
        sys.stdout = inner
        print("unused")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))

with contextlib.nullcontext() as n:
    print("null gives", n)
with contextlib.nullcontext(42) as n:
    print("null gives", n)
nc = contextlib.nullcontext("x")
print(nc.enter_result, nc.__exit__(ValueError, ValueError(), None))

c = contextlib.chdir("somewhere")
print(c.path, c._old_cwd, isinstance(c, contextlib.AbstractContextManager))


class tracked(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("start", self.label)
        return self

    def __exit__(self, *exc):
        print("stop", self.label, exc[0].__name__ if exc[0] else None)
        return False


@tracked("work")
def work(n):
    """Does work."""
    print("working", n)
    return n + 1


print(work(1), work.__name__, work.__doc__)
try:
    @tracked("failing")
    def failing():
        raise IndexError("oops")
    failing()
except IndexError as e:
    print("decorated failure:", e)


class Reusable(contextlib.ContextDecorator):
    def __init__(self):
        self.depth = 0

    def _recreate_cm(self):
        print("recreate")
        return self

    def __enter__(self):
        self.depth += 1
        return self

    def __exit__(self, *exc):
        self.depth -= 1


@Reusable()
def uses():
    return "ok"


print(uses())


class Manager(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("manager exit")


with Manager() as m:
    print(type(m).__name__)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class Half:
    def __enter__(self):
        return self


class NoneExit:
    __exit__ = None

    def __enter__(self):
        return self


print(isinstance(Duck(), contextlib.AbstractContextManager),
      isinstance(Half(), contextlib.AbstractContextManager),
      isinstance(NoneExit(), contextlib.AbstractContextManager),
      issubclass(Duck, contextlib.AbstractContextManager))
print(isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager))
print(issubclass(contextlib.suppress, contextlib.AbstractContextManager),
      issubclass(contextlib.nullcontext, contextlib.AbstractAsyncContextManager))
print(isinstance(open(__file__), contextlib.AbstractContextManager))
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
a = Manager()
print(a.__enter__() is a)


class ADuck:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


print(isinstance(ADuck(), contextlib.AbstractAsyncContextManager),
      isinstance(Duck(), contextlib.AbstractAsyncContextManager))
print(contextlib.AbstractContextManager.__class_getitem__ is not None)
