"""Heapscope's abc module: abstract base classes (PEP 3119).

A class made by ABCMeta records in __abstractmethods__ the names of its methods still
marked abstract; object.__new__ refuses to instantiate it while that set is not empty.
ABCMeta also keeps, per class, a registry of virtual subclasses and the caches of
isinstance/issubclass answers; that bookkeeping lives in _abc, as in CPython.
"""

from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)


def abstractmethod(funcobj):
    """Mark funcobj abstract and return it. A class whose metaclass is ABCMeta cannot be
    instantiated while one of its abstract methods is not overridden. Stack it under
    @property, @classmethod or @staticmethod to make those abstract."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_descriptor(base, kind):
    """One of the old abstract descriptor classes: `base` (classmethod, staticmethod,
    property) whose instances, and the function they wrap, report __isabstractmethod__."""
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        base.__init__(self, callable)
    namespace = {
        "__module__": __name__,
        "__doc__": f"An abstract {kind}; deprecated: put @{kind} over @abstractmethod instead.",
        "__isabstractmethod__": True,
    }
    if base is not property:
        __init__.__qualname__ = f"abstract{kind}.__init__"
        namespace["__init__"] = __init__
    return type(f"abstract{kind}", (base,), namespace)


abstractclassmethod = _abstract_descriptor(classmethod, "classmethod")
abstractstaticmethod = _abstract_descriptor(staticmethod, "staticmethod")
abstractproperty = _abstract_descriptor(property, "property")
del _abstract_descriptor


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class made with it can be subclassed as usual (it then works as a mix-in), and
    unrelated classes, builtin types included, can be declared its virtual subclasses
    with register(); isinstance and issubclass then answer True for them.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it (so register can
        decorate a class)."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), with virtual subclasses and __subclasshook__."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), with virtual subclasses and __subclasshook__."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print this ABC's registry and caches, for debugging."""
        registry, cache, negative_cache, negative_version = _get_dump(cls)
        lines = (
            f"Class: {cls.__module__}.{cls.__qualname__}",
            f"Inv. counter: {get_cache_token()}",
            f"_abc_registry: {registry!r}",
            f"_abc_cache: {cache!r}",
            f"_abc_negative_cache: {negative_cache!r}",
            f"_abc_negative_cache_version: {negative_version!r}",
        )
        for line in lines:
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass (for tests)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Forget the cached isinstance/issubclass answers (for tests)."""
        _reset_caches(cls)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or removed from the
    class once it was made (dataclasses and functools.total_ordering call this). A class
    without __abstractmethods__ is not abstract and is returned as it is.

    A name stays abstract when the class's own __dict__ holds an abstract value for it,
    or when a base lists it as abstract and the class still resolves it to an abstract
    value."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls

    def is_abstract(value):
        return getattr(value, "__isabstractmethod__", False)

    inherited = {name for base in cls.__bases__
                 for name in getattr(base, "__abstractmethods__", ())
                 if is_abstract(getattr(cls, name, None))}
    own = {name for name, value in cls.__dict__.items() if is_abstract(value)}
    cls.__abstractmethods__ = frozenset(inherited | own)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: subclass it to make an ABC without
    naming the metaclass."""
    __slots__ = ()
