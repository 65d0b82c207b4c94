"""_abc for Heapscope: the machinery behind abc.ABCMeta, as CPython 3.11's Modules/_abc.c.

Each abstract class carries one `_abc_impl` object holding three sets of weak references:
classes registered as virtual subclasses, classes known to be subclasses (the cache) and
classes known not to be (the negative cache). Weak references keep registration and
isinstance checks from changing any class's reference count, as in CPython. The negative
caches are invalidated together by one counter that register() bumps.
"""

from _weakref import ref as _ref

# Bumped by every register() on any ABC: negative caches older than this are stale.
_abc_invalidation_counter = 0


class _WeakClassSet:
    """A set of classes held by weak references; a class that dies leaves the set."""

    __slots__ = ("_refs", "_remove", "__weakref__")

    def __init__(self):
        refs = self._refs = set()

        def remove(r, refs=refs):
            refs.discard(r)
        self._remove = remove

    def add(self, cls):
        self._refs.add(_ref(cls, self._remove))

    def __contains__(self, cls):
        try:
            r = _ref(cls)
        except TypeError:
            return False
        return r in self._refs

    def clear(self):
        self._refs.clear()

    def __iter__(self):
        for r in list(self._refs):
            cls = r()
            if cls is not None:
                yield cls

    def __len__(self):
        return len(self._refs)

    def as_set(self):
        return set(self._refs)


class _abc_data:
    """Internal state held by ABC machinery."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = _WeakClassSet()
        self.cache = _WeakClassSet()
        self.negative_cache = _WeakClassSet()
        self.negative_cache_version = _abc_invalidation_counter



def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to register() on any ABC."""
    return _abc_invalidation_counter


def _compute_abstract_methods(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def _abc_init(self):
    """Internal ABC helper for class set-up. Should be never used outside abc module."""
    _compute_abstract_methods(self)
    self._abc_impl = _abc_data()


def _impl(self):
    impl = self.__dict__.get("_abc_impl") if isinstance(self, type) else None
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _abc_register(self, subclass):
    """Internal ABC helper for subclasss registration. Should be never used outside abc module."""
    global _abc_invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, self):
        return subclass
    if issubclass(self, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _impl(self).registry.add(subclass)
    _abc_invalidation_counter += 1
    return subclass


def _abc_instancecheck(self, instance):
    """Internal ABC helper for instance checks. Should be never used outside abc module."""
    impl = _impl(self)
    subclass = instance.__class__
    if subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl.negative_cache_version == _abc_invalidation_counter
                and subclass in impl.negative_cache):
            return False
        return self.__subclasscheck__(subclass)
    return self.__subclasscheck__(subclass) or self.__subclasscheck__(subtype)


def _abc_subclasscheck(self, subclass):
    """Internal ABC helper for subclasss checks. Should be never used outside abc module."""
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    impl = _impl(self)
    if subclass in impl.cache:
        return True
    if impl.negative_cache_version < _abc_invalidation_counter:
        impl.negative_cache = _WeakClassSet()
        impl.negative_cache_version = _abc_invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    ok = self.__subclasshook__(subclass)
    if ok is not NotImplemented:
        if ok is not True and ok is not False:
            raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
        if ok:
            impl.cache.add(subclass)
        else:
            impl.negative_cache.add(subclass)
        return ok
    if self in getattr(subclass, "__mro__", ()):
        impl.cache.add(subclass)
        return True
    for registered in impl.registry:
        if issubclass(subclass, registered):
            impl.cache.add(subclass)
            return True
    for scls in self.__subclasses__():
        if issubclass(subclass, scls):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def _get_dump(self):
    """Internal ABC helper for cache and registry debugging.

    Return shallow copies of registry, of both caches, and
    negative cache version. Don't call this function directly,
    instead use ABC._dump_registry() for a nice repr."""
    impl = _impl(self)
    return (impl.registry.as_set(), impl.cache.as_set(), impl.negative_cache.as_set(),
            impl.negative_cache_version)


def _reset_registry(self):
    """Internal ABC helper to reset registry of a given class.

    Should be only used by refleak.py"""
    _impl(self).registry.clear()


def _reset_caches(self):
    """Internal ABC helper to reset both caches of a given class.

    Should be only used by refleak.py"""
    impl = _impl(self)
    impl.cache.clear()
    impl.negative_cache.clear()
