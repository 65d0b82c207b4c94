async def f():
    async with a:
    b = 1
