# asyncio tasks: names, reprs, cancel(msg), cancelling/uncancel, gather, wait, wait_for,
# as_completed, shield, sleep(0), current_task/all_tasks, timeout/timeout_at.
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


async def forever():
    await asyncio.sleep(10)


async def main():
    me = asyncio.current_task()
    print(r(me).split(' cb=')[0])
    print(me.get_name(), me.get_coro().__qualname__, len(asyncio.all_tasks()), me in asyncio.all_tasks())
    t = asyncio.create_task(value(5))
    print(r(t))
    t.set_name(42)
    print(t.get_name(), r(t))
    await asyncio.sleep(0)
    print(r(t))
    print(await t, r(t), t.done(), t.result())
    for meth in (t.set_result, t.set_exception):
        try:
            meth(1)
        except RuntimeError as e:
            print("RuntimeError:", e)
    t = asyncio.create_task(forever(), name="sleeper")
    await asyncio.sleep(0)
    print(r(t))
    print(t.cancel("stop now"), t.cancelling(), r(t))
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args, t.cancelled(), r(t))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)
    print(t.cancel(), t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())

    t = asyncio.create_task(fail(ValueError("bad")))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(r(t), repr(t.exception()))

    # a task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("swallowed", t.cancelling(), t.uncancel())
        return "kept going"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # cancelled before it first runs: the coroutine never starts
    started = []

    async def note():
        started.append(1)

    t = asyncio.create_task(note())
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("started", started, t.cancelled())

    print(await asyncio.gather(value(1), value(2, 0.01), value(3)))
    print(await asyncio.gather())
    res = await asyncio.gather(value(1), fail(KeyError("k")), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(value(1), fail(KeyError("k2")))
    except KeyError as e:
        print("gather raised", repr(e))
    t1 = asyncio.create_task(forever())
    t2 = asyncio.create_task(value(2))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel("child msg")
    print(await g)
    t1 = asyncio.create_task(forever())
    g = asyncio.gather(t1, value(7))
    await asyncio.sleep(0)
    print(g.cancel("outer"), t1.cancelling())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args, g.cancelled())
    same = asyncio.create_task(value("s"))
    print(await asyncio.gather(same, same))

    print(await asyncio.wait_for(value("quick"), 1))
    try:
        await asyncio.wait_for(forever(), 0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e) is asyncio.TimeoutError)
    try:
        await asyncio.wait_for(forever(), 0)
    except asyncio.TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(value("none"), None))

    ts = [asyncio.create_task(value(i, i / 100), name=f"w{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(ts)
    print(len(done), len(pending))
    ts = [asyncio.create_task(fail(OSError("e"), 0)), asyncio.create_task(forever())]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.01)
    print(len(done), len(pending))
    ts[1].cancel()
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    f = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print("TypeError:", e)
    f.cancel()

    order = []
    for aw in asyncio.as_completed([value("slow", 0.03), value("fast", 0.0), value("mid", 0.015)]):
        order.append(await aw)
    print(order)
    try:
        for aw in asyncio.as_completed([forever()], timeout=0.01):
            await aw
    except TimeoutError:
        print("as_completed timed out")

    inner = asyncio.create_task(value("shielded", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)

    t0 = asyncio.get_running_loop().time()
    print(await asyncio.sleep(0, "result"), await asyncio.sleep(0.001, result=9))

    async with asyncio.timeout(None) as cm:
        print(r(cm), cm.when(), cm.expired())
    print(r(cm))
    try:
        async with asyncio.timeout(0.01) as cm:
            await forever()
    except TimeoutError as e:
        print("timeout:", repr(e), cm.expired(), r(cm), type(e.__cause__).__name__)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout_at in the past", cm.expired())
    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        print(cm.when())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0):
            pass
    except TimeoutError:
        print("no await: not expired")
    else:
        print("exited without TimeoutError")
    print(asyncio.Task.__module__, asyncio.Future.__module__, asyncio.Timeout.__module__)


asyncio.run(main())
