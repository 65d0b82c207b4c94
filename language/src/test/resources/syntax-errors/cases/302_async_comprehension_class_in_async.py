async def f():
    class C:
        x = [a async for a in b]
