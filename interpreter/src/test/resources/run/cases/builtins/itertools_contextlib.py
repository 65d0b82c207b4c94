import itertools as it
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext
print(list(it.islice(it.count(3, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.chain([1], (2, 3), "ab")), list(it.chain.from_iterable([[1, 2], [3]])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, 0, 2])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.islice(range(10), 2, 8, 3)))
print(list(it.pairwise("abcd")), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aaabbc")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
a, b = it.tee([1, 2, 3]); print(list(a), list(b))
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("p") as t:
    print("inside", t)
with suppress(KeyError):
    {}["x"]
print("suppressed")
try:
    with tag("q"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with ExitStack() as stack:
    stack.callback(print, "callback ran")
    stack.enter_context(tag("x"))
    print("in stack")
with nullcontext(5) as n:
    print(n)
