# collections.abc: which ABCs the builtin types, views and iterators belong to.
import collections
import collections.abc as cabc

names = cabc.__all__
samples = [[], (), {}, set(), frozenset(), "", b"", bytearray(), range(3), 1, 1.5, None,
           {}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(""), iter({}),
           (x for x in ()), len, lambda: 0, collections.deque(), collections.OrderedDict(),
           collections.Counter(), collections.defaultdict(int), type.__dict__, zip(), map(str, [])]
for s in samples:
    print(type(s).__name__, [n for n in names if isinstance(s, getattr(cabc, n))])
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), issubclass(dict, cabc.MutableMapping))
print(issubclass(str, cabc.Sequence), issubclass(bytes, cabc.ByteString), issubclass(set, cabc.Set), issubclass(frozenset, cabc.MutableSet))
print(cabc.Iterable, cabc.Mapping.__module__, cabc.Sequence.__mro__)
print(sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.Sequence.__abstractmethods__))
print(collections.abc is cabc, type(cabc).__name__)
