"""Heapscope's collections.abc: the abstract base classes of PEP 3119 for containers.

Three kinds of class live here. The "one-trick" ABCs (Sized, Iterable, Hashable, ...) name
one protocol; any class whose MRO defines the protocol's methods is a virtual subclass,
unless a class on the way sets one of them to None. The container ABCs (Set, Mapping,
Sequence and their mutable forms) add mixin methods written in terms of a few abstract
ones. The builtin containers, views and iterators are registered with the ABC they
satisfy, as CPython registers them.
"""

from abc import ABCMeta, abstractmethod
import sys

# The classes report collections.abc as their module, as CPython's do.
__name__ = "collections.abc"

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

GenericAlias = type(list[int])
EllipsisType = type(...)
FunctionType = type(lambda: None)


# The builtin types with no public name, taken from instances of them.

def _type_of_iterator(container):
    return type(iter(container))


bytes_iterator = _type_of_iterator(b'')
bytearray_iterator = _type_of_iterator(bytearray())
dict_keyiterator = _type_of_iterator({}.keys())
dict_valueiterator = _type_of_iterator({}.values())
dict_itemiterator = _type_of_iterator({}.items())
list_iterator = _type_of_iterator([])
list_reverseiterator = _type_of_iterator(reversed([]))
range_iterator = _type_of_iterator(range(0))
try:
    longrange_iterator = _type_of_iterator(range(1 << 1000))
except OverflowError:
    # Only while range is limited to 64-bit bounds: then there is one range iterator type.
    longrange_iterator = range_iterator
set_iterator = _type_of_iterator(set())
str_iterator = _type_of_iterator("")
tuple_iterator = _type_of_iterator(())
zip_iterator = _type_of_iterator(zip())
del _type_of_iterator

dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)


def _make_generator():
    yield


generator = type(_make_generator())


async def _make_coroutine():
    pass


_instance = _make_coroutine()
coroutine = type(_instance)
_instance.close()   # closed, so it is not reported as never awaited


async def _make_async_generator():
    yield


async_generator = type(_make_async_generator())
del _make_generator, _make_coroutine, _make_async_generator, _instance


def _check_methods(C, *methods):
    """The answer of a one-trick ABC's __subclasshook__ for class C.

    True when each name is found in the __dict__ of some class of C's MRO, the first such
    class not having set it to None; NotImplemented (leave the decision to the normal
    subclass rules) as soon as one name is missing or opted out.
    """
    for name in methods:
        owner = next((klass for klass in C.__mro__ if name in klass.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _protocol(*methods):
    """Class decorator: give a one-trick ABC the __subclasshook__ that recognises classes
    defining all of `methods`. The hook answers only for the ABC itself; for subclasses of
    the ABC it returns NotImplemented, so their own rules apply."""
    def decorate(abc_class):
        def __subclasshook__(cls, C):
            if cls is abc_class:
                return _check_methods(C, *methods)
            return NotImplemented
        __subclasshook__.__qualname__ = abc_class.__qualname__ + ".__subclasshook__"
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return decorate


def _thrown(typ, val, tb):
    """What the default throw() and athrow() raise, given the three-argument form: val, or
    typ itself when there is no val (a new typ() when a traceback must be attached), with
    tb as its traceback. Returned, not raised, so the traceback shows the throw frame."""
    if val is None:
        if tb is None:
            return typ
        val = typ()
    return val if tb is None else val.with_traceback(tb)


# ---- awaitables and asynchronous iteration ----

@_protocol("__await__")
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __class_getitem__ = classmethod(GenericAlias)


@_protocol("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; returns what it yields next, or raises
        StopIteration when it returns."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the point where the coroutine is suspended."""
        raise _thrown(typ, val, tb)

    def close(self):
        """Throw GeneratorExit into the coroutine; it must not yield again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


@_protocol("__aiter__")
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(GenericAlias)


@_protocol("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Return the next item, or raise StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """The next item is what asend(None) produces."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume the generator with value; returns what it yields next."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception at the point where the generator is suspended."""
        raise _thrown(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit into the generator; it must not yield again."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


# ---- the one-trick ABCs of plain iteration and containers ----

@_protocol("__hash__")
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_protocol("__iter__")
class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield

    __class_getitem__ = classmethod(GenericAlias)


@_protocol("__iter__", "__next__")
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Return the next item, or raise StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


@_protocol("__reversed__", "__iter__")
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


@_protocol("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """The next item is what send(None) produces."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; returns what it yields next, or raises
        StopIteration when it returns."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the point where the generator is suspended."""
        raise _thrown(typ, val, tb)

    def close(self):
        """Throw GeneratorExit into the generator; it must not yield again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


@_protocol("__len__")
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_protocol("__contains__")
class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(GenericAlias)


@_protocol("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


# ---- Callable and its subscription ----

def _is_param_expr(obj):
    """Whether obj can stand for a whole parameter list in Callable[obj, result]: an
    ellipsis, a list of types, or typing's ParamSpec and Concatenate[...] (recognised by
    name, so that typing need not be imported here)."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == "typing" and kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias")


def _type_repr(obj):
    """How an argument of Callable[...] is spelled in the alias's repr."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """collections.abc.Callable[[A, B], R]: a generic alias whose __args__ hold the
    parameter types followed by the result type, (A, B, R), or (P, R) when the parameters
    are one parameter expression (..., a ParamSpec, Concatenate[...])."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = (*params, result)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {params}")
        return super().__new__(cls, origin, flat)

    def _params_and_result(self):
        """The two-item form Callable[...] was written with: ([A, B], R) or (P, R)."""
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return args
        return list(args[:-1]), args[-1]

    def __repr__(self):
        params, result = self._params_and_result()
        if not isinstance(params, list):
            return super().__repr__()
        spelled = ", ".join(_type_repr(p) for p in params)
        return f"collections.abc.Callable[[{spelled}], {_type_repr(result)}]"

    def __reduce__(self):
        return _CallableGenericAlias, (Callable, self._params_and_result())

    def __getitem__(self, item):
        # Substitution works on the flat __args__; the result is rebuilt in the two-item
        # form (a substituted parameter list may itself have become a list or tuple).
        # PEP 612: when the one parameter is a ParamSpec P, Callable[P, R][int, str]
        # means Callable[P, R][[int, str]].
        items = item if isinstance(item, tuple) else (item,)
        params = self.__parameters__
        if len(params) == 1 and _is_param_expr(params[0]) and items and not _is_param_expr(items[0]):
            item = (items,)
        substituted = GenericAlias(self.__origin__, self.__args__)[item].__args__
        if isinstance(substituted[0], (tuple, list)):
            return _CallableGenericAlias(Callable, tuple(substituted))
        return _CallableGenericAlias(Callable, (substituted[:-1], substituted[-1]))


@_protocol("__call__")
class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


# ---- sets ----

def _frozenset_hash(elements, size):
    """frozenset's hash algorithm over any collection of hashable elements: a mix of each
    element's hash that does not depend on their order, then a final scramble; the result
    is a signed machine-word hash, never -1."""
    word = 2 * sys.maxsize + 1
    h = (1927868237 * (size + 1)) & word
    for element in elements:
        e = hash(element)
        h = (h ^ ((e ^ (e << 16) ^ 89869747) * 3644798167)) & word
    h ^= (h >> 11) ^ (h >> 25)
    h = (h * 69069 + 907133923) & word
    if h > sys.maxsize:
        h -= word + 1
    return 590923713 if h == -1 else h


class Set(Collection):
    """The set-like container: finite, iterable, with membership tests.

    A subclass defines __contains__, __iter__ and __len__; this class derives the
    comparisons (subset and superset order, equality), the operators & | - ^ in both
    directions, and isdisjoint. Operator results are made by the class method
    _from_iterable, which calls the class on an iterable unless a subclass says otherwise.
    Instances are not hashable; a subclass that wants hashing sets __hash__ = Set._hash.
    """

    __slots__ = ()

    def _contains_all_of(self, other):
        """self >= other, once both are known to be sets and the sizes allow it."""
        return all(element in self for element in other)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and Set._contains_all_of(other, self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and Set._contains_all_of(self, other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Make an operator's result from an iterable of elements."""
        return cls(it)

    def _as_set(self, other):
        """other as a Set (made with _from_iterable when it is another iterable), or None
        when it is not iterable, so that the operator returns NotImplemented."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(element for element in other if element in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(element for part in (self, other) for element in part)

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(element for element in self if element not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(element for element in other if element not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """True when no element of other is in this set."""
        return not any(element in self for element in other)

    def _hash(self):
        """The hash frozenset would give a set with these elements, so that equal sets
        hash alike."""
        return _frozenset_hash(self, len(self))


class MutableSet(Set):
    """A Set that changes in place.

    A subclass defines add and discard besides the Set methods; remove, pop, clear and
    the in-place operators |= &= ^= -= are derived from them.
    """

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError when it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take out and return the first element iteration gives; KeyError when empty."""
        for value in self:
            break
        else:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Pop elements until the set is empty."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---- mappings and their views ----

class Mapping(Collection):
    """The read-only mapping from keys to values.

    A subclass defines __getitem__, __iter__ and __len__; get, membership, the keys,
    items and values views and equality with other mappings are derived from them.
    Pattern matching treats instances as mappings.
    """

    __slots__ = ()

    # Py_TPFLAGS_MAPPING, read by ABCMeta when the class is made.
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if the key is there, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(GenericAlias)


def _same_value(found, wanted):
    """Container membership's test: identity first, then equality."""
    return found is wanted or found == wanted


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same_value(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        return any(_same_value(mapping[key], value) for key in mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    """A Mapping that changes in place.

    A subclass defines __setitem__ and __delitem__ besides the Mapping methods; pop,
    popitem, clear, update and setdefault are derived from them.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    # Stands for "no default given" in pop(); a class-private name, as in CPython.
    __marker = object()

    def pop(self, key, default=__marker):
        """Remove key and return its value; when it is missing, return default, or raise
        KeyError if no default was given."""
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return the (key, value) pair of the first key; KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Pop items until the mapping is empty."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Store the items of other, then the keyword arguments. other is a Mapping, an
        object with keys() and item access, or an iterable of (key, value) pairs."""
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if isinstance(other, Mapping) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], storing default there first when the key is missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# ---- sequences ----

class Sequence(Reversible, Collection):
    """The read-only sequence indexed by 0, 1, 2, ...

    A subclass defines __getitem__ and __len__; iteration, reversed iteration, membership,
    index and count are derived from them. Iteration asks for items until IndexError, as
    the old sequence protocol does. Pattern matching treats instances as sequences.
    """

    __slots__ = ()

    # Py_TPFLAGS_SEQUENCE, read by ABCMeta when the class is made.
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same_value(item, value) for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """The first position of value in self[start:stop]; ValueError when it is not
        there. Negative bounds count from the end; iteration stops at IndexError."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same_value(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items are value or equal to it."""
        return sum(1 for item in self if _same_value(item, value))


class ByteString(Sequence):
    """The sequence of bytes: the common base of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that changes in place.

    A subclass defines __setitem__, __delitem__ and insert besides the Sequence methods;
    append, clear, reverse, extend, pop, remove and += are derived from them.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value before the item at index."""
        raise IndexError

    def append(self, value):
        """Put value after the last item."""
        self.insert(len(self), value)

    def clear(self):
        """Pop items until the sequence is empty."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place, swapping from both ends towards the middle."""
        size = len(self)
        for low in range(size // 2):
            high = size - 1 - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        """Append each item of values (a snapshot of them when values is self)."""
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index, the last one by default."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first item that is value or equal to it; ValueError when none is."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- the builtin types' places among the ABCs ----

for _abc, _members in (
        (Coroutine, (coroutine,)),
        (AsyncGenerator, (async_generator,)),
        (Iterator, (bytes_iterator, bytearray_iterator, dict_keyiterator,
                    dict_valueiterator, dict_itemiterator, list_iterator,
                    list_reverseiterator, range_iterator, longrange_iterator,
                    set_iterator, str_iterator, tuple_iterator, zip_iterator)),
        (Generator, (generator,)),
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (Mapping, (mappingproxy,)),
        (KeysView, (dict_keys,)),
        (ItemsView, (dict_items,)),
        (ValuesView, (dict_values,)),
        (MutableMapping, (dict,)),
        (Sequence, (tuple, str, range, memoryview)),
        (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray)),
):
    for _member in _members:
        _abc.register(_member)
del _abc, _members, _member
