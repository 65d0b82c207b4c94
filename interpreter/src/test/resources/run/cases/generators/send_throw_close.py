# Coroutine-style generators: send(), throw() and close().
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
def tally():
    seen = []
    try:
        while True:
            try:
                x = yield len(seen)
                seen.append(x)
            except ValueError as e:
                print("  ignoring", e)
    finally:
        print("  tally closed with", seen)
t = tally()
next(t)
print(t.send("a"), t.send("b"))
print(t.throw(ValueError("bad input")))
t.close()
print("after close:", next(t, "exhausted"))
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    yield 1
th = thrower()
try:
    th.throw(KeyError("before start"))
except KeyError as e:
    print("throw into a new generator raises at once:", repr(e))
print(next(th, "finished"))
