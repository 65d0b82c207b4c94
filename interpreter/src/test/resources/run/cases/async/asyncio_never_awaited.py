# A coroutine called but not awaited inside asyncio: CPython's RuntimeWarning; awaiting it afterwards works.
import asyncio

async def greet(name):
    await asyncio.sleep(0)
    print("hello", name)
    return len(name)

async def main():
    greet("forgotten")
    print("called without await")
    n = await greet("world")
    c = greet("later")
    print("created")
    print(await c, n)

asyncio.run(main())
