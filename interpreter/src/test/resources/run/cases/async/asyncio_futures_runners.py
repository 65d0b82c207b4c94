# asyncio futures and runners: Future states and errors, callbacks and their order, reprs,
# _asyncio_future_blocking, asyncio.run and Runner, leftovers cancelled, async generators closed.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


def show(fut):
    print("  cb", fut.done(), fut.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(r(f), f.done(), f.cancelled(), f._asyncio_future_blocking, asyncio.isfuture(f))
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.add_done_callback(show)
    f.add_done_callback(lambda fut: print("  lambda", fut.result()))
    print(f.remove_done_callback(print), len(f._callbacks) if hasattr(f, "_callbacks") else "")
    f.set_result(41)
    print(r(f), f.result(), f.exception())
    await asyncio.sleep(0)
    for meth, arg in ((f.set_result, 1), (f.set_exception, ValueError())):
        try:
            meth(arg)
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.add_done_callback(lambda fut: print("  late callback"))
    await asyncio.sleep(0)
    f = loop.create_future()
    f.set_exception(ValueError)
    print(r(f), repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result raised", repr(e))
    f = loop.create_future()
    try:
        f.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    print(f.cancel("why"), f.cancel(), r(f), f.cancelled())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    f = loop.create_future()
    loop.call_later(0.005, f.set_result, "later")
    print(await f, f._asyncio_future_blocking)
    f = loop.create_future()

    def cb1(fut):
        print("  cb1")

    def cb2(fut):
        print("  cb2")

    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb1)
    print(f.remove_done_callback(cb1))
    f.set_result(None)
    await asyncio.sleep(0)
    it = loop.create_future().__await__()
    fut = next(it)
    print(type(fut).__name__, fut._asyncio_future_blocking)
    fut.set_result("via iter")
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.value)
    print(asyncio.isfuture(asyncio.Future), asyncio.isfuture(1), asyncio.Future[int])
    print(asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future(1)
    except TypeError as e:
        print("TypeError:", e)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "awaited"

    print(await asyncio.ensure_future(Awaitable()))
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.Runner().run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.run(1)
except ValueError as e:
    print("ValueError:", e)


async def leaves_tasks():
    async def left(i):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("leftover", i, "cancelled")
            raise

    async def gen():
        try:
            yield 1
            yield 2
        finally:
            print("async generator closed")

    asyncio.create_task(left(0))
    g = gen()
    print(await g.__anext__())
    await asyncio.sleep(0)
    return "done"


print(asyncio.run(leaves_tasks()))

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "first")))
    print(runner.run(asyncio.sleep(0, "second")))
    print(type(runner.get_loop()).__name__ in ("_UnixSelectorEventLoop",), runner.get_loop().is_closed())
coro = asyncio.sleep(0)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
with asyncio.Runner(debug=False) as runner:
    try:
        runner.run(1)
    except ValueError as e:
        print("ValueError:", e)
    print(runner.get_loop().get_debug())
runner.close()
print("end")
