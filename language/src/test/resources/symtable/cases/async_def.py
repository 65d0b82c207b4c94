async def f(x):
    async with a as b:
        async for c in d:
            await c
