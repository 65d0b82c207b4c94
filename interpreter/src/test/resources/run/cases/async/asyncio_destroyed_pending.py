# asyncio: a pending task that nothing references any more is reported when the collector
# frees it ("Task was destroyed but it is pending!"); tasks made by gather() are not.
import asyncio
import gc


async def stuck(fut):
    try:
        await fut
    finally:
        print("stuck: finally runs as the coroutine is closed")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(stuck(loop.create_future()), name="forgotten")
    await asyncio.sleep(0)
    print(t)
    del t
    print("collected", gc.collect() > 0)
    g = asyncio.gather(stuck(loop.create_future()))
    await asyncio.sleep(0)
    del g
    print("collected", gc.collect() > 0)
    print("tasks left", len(asyncio.all_tasks()))


asyncio.run(main())
print("end")
