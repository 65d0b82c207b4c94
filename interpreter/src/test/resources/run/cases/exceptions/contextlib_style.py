# Generator-based context managers written by hand (no contextlib), and contextlib itself.
import contextlib
class from_generator:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            next(self.gen, None)
            return False
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        return False
def opened(name):
    print("  open", name)
    try:
        yield f"<{name}>"
    finally:
        print("  close", name)
with from_generator(opened("f1")) as h:
    print("  using", h)
try:
    with from_generator(opened("f2")):
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")
with tag("html"), tag("body"):
    print("content")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppress worked")
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "callback", n)
    print("stack body")
