# StopIteration: how loops end, PEP 479 in generators, next() defaults.
it = iter([1])
print(next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration from an exhausted list iterator")
def gen_return():
    yield 1
    return 99
g = gen_return()
for v in g:
    print("loop got", v)
print("for loops swallow StopIteration (and its value)")
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
def proper(it):
    for x in it:
        yield x
print(list(proper(iter([1, 2]))))
print(list(map(int, "123")), list(zip([1, 2, 3], "ab")))
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("custom")
        self.done = True
        return "only"
print(list(Once()))
o = Once()
next(o)
try:
    next(o)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
