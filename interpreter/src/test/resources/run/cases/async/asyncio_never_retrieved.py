# asyncio: a failed task or future freed before its exception was retrieved is reported on
# stderr ("Task exception was never retrieved", the task and the traceback), as CPython logs it.
import asyncio


def fail(n):
    raise ValueError(f"boom {n}")


async def boom(n):
    await asyncio.sleep(0)
    fail(n)


async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("after del")

    t = asyncio.create_task(boom(2))
    await asyncio.sleep(0.01)
    print("exception:", repr(t.exception()))
    del t
    print("retrieved with exception(): nothing logged")

    t = asyncio.create_task(boom(3))
    await asyncio.sleep(0.01)
    try:
        t.result()
    except ValueError as e:
        print("result() raised", e)
    del t

    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    del fut
    print("future deleted")

    t = asyncio.create_task(boom(4))
    t.cancel()
    await asyncio.sleep(0.01)
    del t
    print("cancelled: nothing logged")

    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, context: print("handler:", context["message"],
                                                           repr(context["exception"])))
    t = asyncio.create_task(boom(5), name="named")
    await asyncio.sleep(0.01)
    del t
    loop.set_exception_handler(None)
    print("end of main")


asyncio.run(main())
print("after run")
