# contextlib's asynchronous side: asynccontextmanager, AsyncExitStack, aclosing,
# AsyncContextDecorator, nullcontext in async with, driven by asyncio.run.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def session(name):
    """An async session."""
    print("open", name)
    try:
        yield name + "!"
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("close", name)


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield
    yield


class AsyncCM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, typ, val, tb):
        print("aexit", self.name, typ.__name__ if typ else None)
        return False


class Closeable:
    async def aclose(self):
        print("aclosed")


class timed(contextlib.AsyncContextDecorator):
    async def __aenter__(self):
        print("timed enter")
        return self

    async def __aexit__(self, *exc):
        print("timed exit")
        return False


@timed()
async def decorated(x):
    print("decorated body", x)
    return x * 3


@session("deco")
async def by_session():
    print("inside decorated session")


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finalised")


async def main():
    async with session("a") as s:
        print("body", s)
    async with session("b"):
        raise KeyError("inside")
    try:
        async with session("c"):
            raise ValueError("escapes")
    except ValueError as e:
        print("outside", e)
    for factory in (no_yield, two_yields):
        try:
            async with factory():
                pass
        except RuntimeError as e:
            print(factory.__name__, "RuntimeError:", e)
    print(session.__name__, session.__doc__)
    async with contextlib.AsyncExitStack() as stack:
        print(await stack.enter_async_context(AsyncCM("x")))
        print(stack.enter_context(contextlib.nullcontext("sync")))

        async def acb(tag):
            print("async callback", tag)

        stack.push_async_callback(acb, "t")
        stack.callback(print, "sync callback")

        async def aexit(typ, val, tb):
            print("pushed aexit", typ)

        stack.push_async_exit(aexit)
        stack.push_async_exit(AsyncCM("pushed cm"))
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(contextlib.nullcontext())
    except TypeError as e:
        print("TypeError:", e)
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(AsyncCM("moving"))
        other = stack.pop_all()
    await other.aclose()
    async with contextlib.aclosing(Closeable()) as c:
        print("using", type(c).__name__)
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print("agen value", v)
            break
    print(await decorated(2))
    await by_session()
    async with contextlib.nullcontext(5) as n:
        print("async null", n)
    print(isinstance(AsyncCM("q"), contextlib.AbstractAsyncContextManager))


asyncio.run(main())
