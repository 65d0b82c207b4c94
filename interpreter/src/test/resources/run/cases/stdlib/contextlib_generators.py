# contextlib.contextmanager: enter/exit, the errors of a misbehaving generator, exception
# identity, StopIteration and RuntimeError handling, use as a decorator, recreation.
import contextlib


@contextlib.contextmanager
def tagged(name):
    """Wrap in tags."""
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("caught inside", repr(e))
    finally:
        print("exit", name)


with tagged("a") as value:
    print("body", value)
with tagged("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with tagged("c"):
        raise ValueError("escapes")
except ValueError as e:
    print("outside", repr(e))
print(tagged.__name__, tagged.__doc__, tagged.__wrapped__.__name__)
cm = tagged("d")
print(type(cm).__name__, cm.__doc__, hasattr(cm, "gen"))


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield


for factory in (no_yield, two_yields):
    try:
        with factory():
            print("inside", factory.__name__)
    except RuntimeError as e:
        print(factory.__name__, "RuntimeError:", e)
try:
    with yields_after_throw():
        raise OSError("x")
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)


@contextlib.contextmanager
def passthrough():
    yield


original = ValueError("same object")
try:
    with passthrough():
        raise original
except ValueError as e:
    print("identity kept:", e is original)


@contextlib.contextmanager
def replaces():
    try:
        yield
    except ValueError as e:
        raise TypeError("replacement") from e


try:
    with replaces():
        raise ValueError("first")
except TypeError as e:
    print("replaced:", repr(e), repr(e.__cause__))

stop = StopIteration("stopping")
try:
    with passthrough():
        raise stop
except StopIteration as e:
    print("StopIteration kept:", e is stop)


@contextlib.contextmanager
def reraise_runtime():
    try:
        yield
    except RuntimeError:
        raise


boom = RuntimeError("boom")
try:
    with reraise_runtime():
        raise boom
except RuntimeError as e:
    print("RuntimeError kept:", e is boom)


@contextlib.contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        pass


with swallow_stop():
    raise StopIteration
print("stop swallowed")

try:
    with passthrough():
        next(iter([]))
except StopIteration as e:
    print("plain StopIteration through:", type(e).__name__)


@tagged("deco")
def decorated(x):
    print("decorated called with", x)
    return x * 2


print(decorated(3))
print(decorated(4))
print(decorated.__name__, decorated.__wrapped__.__name__)

cm = passthrough()
cm.__enter__()
try:
    cm.__enter__()
except (AttributeError, RuntimeError, StopIteration) as e:
    print("second enter:", type(e).__name__)


@contextlib.contextmanager
def with_args(*args, **kwargs):
    yield args, kwargs


with with_args(1, 2, k=3) as got:
    print(got)


class Holder:
    @contextlib.contextmanager
    def managed(self, label):
        print("method enter", label)
        yield self
        print("method exit", label)


h = Holder()
with h.managed("m") as me:
    print(me is h)
