# Generator state across calls, multiple independent generators, and gi_* attributes.
def numbered(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}{n}"
a, b = numbered("a"), numbered("b")
print(next(a), next(a), next(b), next(a), next(b))
def status():
    yield "started"
    yield "middle"
g = status()
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running)
import inspect
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno)
list(g)
print(inspect.getgeneratorstate(g))
def reader():
    line_no = 0
    while True:
        line = yield line_no
        if line is None:
            break
        line_no += 1
        print(f"  line {line_no}: {line}")
r = reader()
next(r)
for text in ("first", "second"):
    r.send(text)
try:
    r.send(None)
except StopIteration:
    print("reader stopped")
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))
