# Subscripting the collections.abc classes: GenericAlias for the generic ones,
# collections.abc.Callable's own alias with its flattened __args__, substitution and errors.
import collections.abc as cabc
from typing import TypeVar, ParamSpec

T = TypeVar("T")
P = ParamSpec("P")

for alias in (cabc.Iterable[int], cabc.Mapping[str, int], cabc.Awaitable[T],
              cabc.Container[bytes], cabc.KeysView[str], cabc.Generator[int, None, str]):
    print(repr(alias), type(alias).__name__, alias.__origin__.__name__, alias.__args__, alias.__parameters__)

for alias in (cabc.Callable[[int, str], bool], cabc.Callable[..., int], cabc.Callable[[], None],
              cabc.Callable[P, T], cabc.Callable[[T], list[T]]):
    print(repr(alias), type(alias).__name__, alias.__args__, alias.__parameters__)

generic = cabc.Callable[[T], T]
print(repr(generic[int]), generic[int].__args__, type(generic[int]).__name__)
with_spec = cabc.Callable[P, int]
print(repr(with_spec[[str, bytes]]), with_spec[[str, bytes]].__args__)
print(repr(with_spec[str, bytes]), with_spec[str, bytes].__args__)
print(cabc.Callable[[int], str] == cabc.Callable[[int], str], cabc.Callable[[int], str].__reduce__())

for bad in (int, (int,), ([int], str, bytes), (int, str)):
    try:
        cabc.Callable[bad]
    except TypeError as exc:
        print("TypeError:", exc)

print(hasattr(cabc.Hashable, "__class_getitem__"), "__class_getitem__" in cabc.MappingView.__dict__)
try:
    cabc.Hashable[int]
except TypeError as exc:
    print("TypeError:", exc)
print(issubclass(memoryview, cabc.Sequence))
print(type[int], type[int].__origin__, hasattr(type, "__class_getitem__"), hasattr(int, "__class_getitem__"))
