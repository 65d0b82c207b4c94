# An exception raised while handling another inside a coroutine chains implicitly; thrown-in exceptions show the await.
class Pause:
    def __await__(self):
        yield

async def cleanup():
    await Pause()
    raise RuntimeError("cleanup failed")

async def task():
    try:
        await Pause()
    except LookupError:
        await cleanup()

t = task()
t.send(None)
t.send(None) if False else None
t.throw(IndexError("thrown in"))
t.send(None)
