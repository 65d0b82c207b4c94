# with statements: __enter__/__exit__, exception info, suppression, multiple managers.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"  exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress
with Tracker("a") as value:
    print("  body with", value)
with Tracker("outer"), Tracker("inner") as v:
    print("  nested body", v)
with Tracker("suppressing", suppress=True):
    raise ValueError("swallowed")
print("continued after suppression")
try:
    with Tracker("passing"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Tracker("return"):
        return "returned"
print(early())
for i in range(2):
    with Tracker(f"loop{i}"):
        if i == 0:
            continue
        break
with (Tracker("p1") as x, Tracker("p2") as y):
    print("  parenthesised", x, y)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
