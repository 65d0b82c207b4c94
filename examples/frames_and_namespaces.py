"""Frames and namespaces: every call gets a fresh frame whose locals are its own namespace.

Set a breakpoint inside `area` and look at the Call Stack: `<module>`, `describe`, `area`,
each frame with its own locals. `PI` is looked up in the module's globals, `round` in
builtins: the LEGB order (local, enclosing, global, builtin).
"""
import builtins
import sys

PI = 3.14159


def area(radius):
    result = PI * radius * radius
    frame = sys._getframe()
    print("  area's locals:", sorted(frame.f_locals))
    print("  area was called by:", frame.f_back.f_code.co_name)
    return result


def describe(shapes):
    total = 0.0
    for r in shapes:
        total += area(r)
    print("  describe's locals:", sorted(sys._getframe().f_locals))
    return round(total, 3)


def depth():
    frame, n = sys._getframe(), 0
    while frame is not None:
        frame, n = frame.f_back, n + 1
    return n


print("names we bound in the module:", [n for n in globals() if not n.startswith("__")])
print("total area:", describe([1, 2]))
print("did 'radius' leak into globals?", "radius" in globals())
print("round is the builtin:", round is builtins.round)
print("frames on the stack inside depth():", depth())
