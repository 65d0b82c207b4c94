# What counts as true, and user types that define __bool__ / __len__.
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        print("  __bool__ called")
        return False
class Plain:
    pass
for value in [0, 1, -1, 0.0, 1e-300, 0j, "", "0", [], [0], (), ((),), {}, {0: 0}, set(), None,
              range(0), range(1), b"", b"\x00", Empty(), Plain()]:
    print(type(value).__name__, bool(value))
print("Falsy:", bool(Falsy()))
if not Falsy():
    print("not Falsy() is True")
print([x for x in [0, 1, "", "a", None, [], [1]] if x])
print(Falsy() or "fallback")
print(Empty() and "never" or "Empty() is falsy")
