import asyncio
async def main(a, /, b=1, *args, c, d=2, **kw) -> None:
    async with a as b:
        async for x in b:
            await x
    return [y async for y in b]
