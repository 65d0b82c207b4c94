# asyncio closes async generators through sys.set_asyncgen_hooks: one left unfinished is closed by a task, later.
import asyncio
import sys

async def numbers(label):
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        print(label, "closed")

async def main():
    print(sys.get_asyncgen_hooks() != (None, None))
    async for n in numbers("full"):
        if n == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("one turn later")
    await asyncio.sleep(0)
    print("two turns later")
    gen = numbers("kept")
    print(await gen.__anext__())
    global survivor
    survivor = gen
    print("main returns")

print(sys.get_asyncgen_hooks() == (None, None))
asyncio.run(main())
print(sys.get_asyncgen_hooks() == (None, None))
print("end")
