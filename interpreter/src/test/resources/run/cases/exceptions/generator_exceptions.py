# Exceptions inside generators: raised, caught inside, finally on close.
def gen():
    try:
        yield 1
        yield 2
        raise ValueError("raised inside the generator")
    finally:
        print("  gen finally")
g = gen()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "exhausted"))
def resilient():
    while True:
        try:
            yield "ok"
        except KeyError as e:
            print("  generator handled", repr(e))
            yield "recovered"
r = resilient()
print(next(r), r.throw(KeyError("k")), next(r))
r.close()
def early_return():
    yield 1
    return "done value"
g2 = early_return()
next(g2)
try:
    next(g2)
except StopIteration as s:
    print("StopIteration value:", s.value)
def raises_stop():
    yield 1
    raise StopIteration("explicit")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def closer():
    try:
        yield
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
c = closer()
next(c)
c.close()
print("closed")
