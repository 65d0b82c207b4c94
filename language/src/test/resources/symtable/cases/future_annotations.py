from __future__ import annotations
def f(a: A, *b: B, c: C = 1, **d: D) -> R:
    x: X = 1
    y: Y
    z: (lambda: q) = 2
v: V
