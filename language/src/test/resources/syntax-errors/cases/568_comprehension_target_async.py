async def f():
    return [a, b async for a, b in c]
