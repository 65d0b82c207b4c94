# types.GenericAlias (PEP 585): builtin containers subscripted, their reprs, attributes, calls, unions and subclassing.
import types
import typing

T = typing.TypeVar("T")
aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int],
           list[[int, str]], dict[str, T]]
for a in aliases:
    print(repr(a), a.__origin__, a.__args__, a.__parameters__)
print(type(list[int]), type(list[int]).__name__, type(list[int]).__module__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int].__name__, list[int].__qualname__, list[int].__class__, list[int].append)
print(list[int]("abc"), dict[str, int](a=1), tuple[int, ...]([1, 2]))
print(dict[str, T][int], list[T][list[str]])
u = list[int] | None
print(u, type(u), u.__args__, int | list[str], isinstance([], list | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
try:
    dict[str, T][int, str]
except TypeError as e:
    print("TypeError:", e)


class Stack(list[int]):
    def top(self):
        return self[-1]


s = Stack([1, 2, 3])
print(Stack.__mro__, Stack.__orig_bases__, s.top(), type(s).__name__)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(list[int].__mro_entries__((list[int],)))


class Registry:
    def __class_getitem__(cls, item):
        return f"Registry of {item.__name__}"


print(Registry[int], Registry[str])


def f(x: list[int], y: dict[str, "T"] | None = None) -> tuple[int, ...]:
    return ()


print(f.__annotations__)
