# Tracebacks through awaits name every coroutine frame, as CPython prints them.
class Pause:
    def __await__(self):
        yield

async def level3(x):
    await Pause()
    return {"a": 1}[x]

async def level2(x):
    value = await level3(x)
    return value

async def level1(x):
    return await level2(x)

c = level1("a")
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("ok", e.value)

c = level1("b")
c.send(None)
try:
    c.send(None)
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

async def fail_in_handler():
    try:
        await level1("zz")
    except KeyError as e:
        raise ValueError("while awaiting") from e

c = fail_in_handler()
c.send(None)
c.send(None)
