# async def makes coroutine objects; send(None) runs them to their return, carried by StopIteration.
async def double(x):
    return x * 2

c = double(21)
print(type(c).__name__, type(c))
print(repr(c).split(" at ")[0])
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_suspended)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError("late"))
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

async def nothing():
    pass

n = nothing()
try:
    n.send(1)
except TypeError as e:
    print("TypeError:", e)
try:
    n.send(None)
except StopIteration as e:
    print("value", e.value, e.args)

import inspect
print(inspect.iscoroutinefunction(double) if hasattr(inspect, "iscoroutinefunction") else True)
print(double.__code__.co_flags & 0x80 != 0, nothing.__code__.co_flags & 0x20)

class Box:
    async def get(self):
        return self

b = Box()
m = b.get()
print(repr(m).split(" at ")[0])
try:
    m.send(None)
except StopIteration as e:
    print(e.value is b)

async def outer():
    async def inner():
        return "inner"
    return inner

o = outer()
try:
    o.send(None)
except StopIteration as e:
    inner = e.value
print(inner.__qualname__)
i = inner()
print(repr(i).split(" at ")[0])
i.close()
print(i.cr_frame)
