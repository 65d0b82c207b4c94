# abc: virtual subclasses with register(), the cache token, registry dumps and cache clearing.
import abc
from abc import ABC, ABCMeta


class Serializer(ABC):
    pass


class JsonLike:
    pass


class Sub(JsonLike):
    pass


token = abc.get_cache_token()
print(isinstance(JsonLike(), Serializer), issubclass(Sub, Serializer))
r = Serializer.register(JsonLike)
print(r is JsonLike, abc.get_cache_token() > token)
print(isinstance(JsonLike(), Serializer), issubclass(Sub, Serializer), isinstance(Sub(), Serializer))
print(JsonLike.__mro__, Serializer in JsonLike.__mro__)
print(Serializer.register(JsonLike) is JsonLike)


class Numberish(metaclass=ABCMeta):
    pass


Numberish.register(int)
Numberish.register(float)
for v in (1, 2.5, True, "s", None, 3j):
    print(repr(v), isinstance(v, Numberish))
print(issubclass(bool, Numberish), issubclass(complex, Numberish))


class Derived(Numberish):
    pass


print(issubclass(int, Derived), issubclass(Derived, Numberish), isinstance(Derived(), Numberish))
try:
    Derived.register(Numberish)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Numberish.register("int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, Numberish)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, (Numberish, 3))
    print("tuple ok")
except TypeError as e:
    print("TypeError:", e)
registry, cache, negative, version = Numberish._abc_impl, None, None, None
dump = abc._get_dump(Numberish)
print(sorted(r().__name__ for r in dump[0]), type(dump[3]).__name__)
Numberish._abc_caches_clear()
print(len(abc._get_dump(Numberish)[1]), isinstance(1, Numberish))
Numberish._abc_registry_clear()
print(isinstance(1.5, Numberish), len(abc._get_dump(Numberish)[0]))
print(type(Numberish._abc_impl).__name__, type(Numberish._abc_impl).__module__)
