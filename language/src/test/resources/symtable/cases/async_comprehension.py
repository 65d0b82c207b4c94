async def f():
    return [x async for x in g()]
async def h():
    return [await x for x in y]
