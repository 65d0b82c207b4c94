# asyncio.TaskGroup: results, first failure cancels the rest, ExceptionGroup messages,
# base exceptions, errors for misuse, reprs, cancellation of the parent.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


async def main():
    tg = asyncio.TaskGroup()
    print(r(tg))
    coro = value(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", r(e))
    coro.close()
    async with asyncio.TaskGroup() as tg:
        print(r(tg))
        t1 = tg.create_task(value(1))
        t2 = tg.create_task(value(2, 0.01), name="second")
        print(r(tg), t2.get_name())
    print(t1.result(), t2.result(), r(tg))
    coro = value(3)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", r(e))
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", r(e))

    log = []

    async def slow(i):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append(("cancelled", i))
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1))
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(slow(2))
            tg.create_task(fail(TypeError("t1"), 0.01))
    except* ValueError as eg:
        print("ValueError group:", r(eg), eg.exceptions)
    except* TypeError as eg:
        print("TypeError group:", r(eg), eg.exceptions)
    print(sorted(log))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("a")))
            tg.create_task(fail(KeyError("b")))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print(str(eg), "|", r(eg), len(eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(3))
            raise ZeroDivisionError("body")
    except ExceptionGroup as eg:
        print(str(eg), eg.exceptions)

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(5))
            tg.create_task(slow(6))
            await asyncio.sleep(1)

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", sorted(log)[-2:], p.cancelled())

    async def shutting():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("x")))
            await asyncio.sleep(0.1)

    try:
        await shutting()
    except ExceptionGroup as eg:
        print("group", eg.exceptions)

    tg = asyncio.TaskGroup()
    async with tg:
        tg.create_task(value(1))
        await asyncio.sleep(0)
        print(r(tg))

    async def nested():
        async with asyncio.TaskGroup() as outer:
            outer.create_task(value(1))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(fail(OSError("inner")))
    try:
        await nested()
    except ExceptionGroup as eg:
        print("nested", r(eg), r(eg.exceptions[0]))

    async def late(tg):
        await asyncio.sleep(0)
        coro = value(1)
        try:
            tg.create_task(coro)
        except RuntimeError as e:
            print("late:", r(e))
        coro.close()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("first")))
            tg.create_task(late(tg))
    except ExceptionGroup as eg:
        print(eg.exceptions)
    print(asyncio.TaskGroup.__module__)


asyncio.run(main())


async def base_exit(exc):
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, context: None)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(value(1, 1))
        tg.create_task(fail(exc))
        await asyncio.sleep(1)


for exc in (KeyboardInterrupt("kb"), SystemExit(3)):
    try:
        asyncio.run(base_exit(exc))
    except (KeyboardInterrupt, SystemExit) as e:
        print("propagated", repr(e))
