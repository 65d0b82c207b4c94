# throw() and close() reach the await a coroutine is suspended in; GeneratorExit must not be ignored.
class Suspend:
    def __await__(self):
        return (yield "suspended")

async def worker(log):
    try:
        while True:
            try:
                v = await Suspend()
                log.append(("got", v))
            except ValueError as e:
                log.append(("handled", str(e)))
    finally:
        log.append("cleanup")

log = []
w = worker(log)
print(w.send(None))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(w.throw(ValueError, ValueError("cls+inst")))
print(w.cr_suspended, w.cr_running)
w.close()
print(log, w.cr_frame, w.cr_suspended)
w.close()

async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

async def raises_stop():
    raise StopIteration("escaped")

try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

async def unstarted():
    print("never printed")

u = unstarted()
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("KeyError:", e, u.cr_frame)

async def fails():
    await Suspend()
    raise OSError("boom")

f = fails()
f.send(None)
try:
    f.send(None)
except OSError as e:
    print("OSError:", e)
try:
    f.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"

class AwaitNoThrow:
    def __await__(self):
        return NoThrow()

async def via_plain_iter():
    try:
        await AwaitNoThrow()
    except ZeroDivisionError:
        return "caught at await"

p = via_plain_iter()
print(p.send(None), p.send(None))
try:
    p.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
