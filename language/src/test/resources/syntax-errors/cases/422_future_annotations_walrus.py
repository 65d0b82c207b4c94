from __future__ import annotations
async def f(a: int) -> (x := 1):
    pass
