"""types for Heapscope: names for the interpreter's own types, and dynamic class creation
(new_class, prepare_class, resolve_bases) as CPython 3.11's types module has them."""

import sys


def _sample_function():
    pass


def _sample_cell():
    captured = None

    def reader():
        return captured
    return reader.__closure__[0]


def _sample_generator():
    yield


class _Sample:
    __slots__ = ("slot",)

    def method(self):
        pass


def _sample_traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


# Each name is the type of an object of that kind, made here and dropped again.
FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(type.__dict__)
CellType = type(_sample_cell())
GeneratorType = type(_sample_generator())
MethodType = type(_Sample().method)
MemberDescriptorType = type(_Sample.__dict__["slot"])
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
TracebackType = type(_sample_traceback())
FrameType = type(_sample_traceback().tb_frame)
GetSetDescriptorType = type(FunctionType.__code__)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _sample_function, _sample_cell, _sample_generator, _Sample, _sample_traceback


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def coroutine(func):
    """Make a generator function usable as a coroutine: its generators can be awaited.
    Other callables are wrapped."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and getattr(func, '__code__', None).__class__ is CodeType:
        co_flags = func.__code__.co_flags
        # A coroutine function already (CO_COROUTINE or CO_ITERABLE_COROUTINE).
        if co_flags & 0x180:
            return func
        if co_flags & 0x20:
            import _heapscope_coroutines
            _heapscope_coroutines.mark_iterable_coroutine(func)
            return func

    # Any other callable is wrapped; what it returns is awaitable when it is a coroutine or
    # a generator of a function marked above (CPython also wraps other generator-likes).
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapped


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()
del _c


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _ag


# ids of the namespaces whose repr is being built, so a namespace inside itself prints "...".
_repr_running = set()


def resolve_bases(bases):
    """The bases a class statement would use (PEP 560): each base that is not a class but
    has __mro_entries__ is replaced by the items of the tuple that method returns. The
    bases tuple itself is returned when no base was replaced."""
    resolved = []
    replaced = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        replaced = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
    return tuple(resolved) if replaced else bases


def _calculate_meta(meta, bases):
    """The metaclass a class with these bases gets: of meta and the bases' metaclasses,
    the one that is a subclass of all the others; TypeError when there is none."""
    best = meta
    for base_meta in map(type, bases):
        if issubclass(best, base_meta):
            continue
        if not issubclass(base_meta, best):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        best = base_meta
    return best


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) for a class statement with these bases and keywords:
    the metaclass given as the 'metaclass' keyword (else that of the first base, else
    type), made the most derived one when it is a class; the namespace its __prepare__
    returns (a dict when it has none); and a copy of kwds without 'metaclass'."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop("metaclass") if "metaclass" in kwds else (type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would, with exec_body(namespace) standing for
    the body. When __mro_entries__ replaced bases, the originals are kept in the class's
    __orig_bases__."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


class DynamicClassAttribute:
    """A property on instances that is not found on the class.

    Reading it on an instance calls fget; reading it on the class raises AttributeError,
    so that the class's metaclass __getattr__ is asked instead (enum reads a member's name
    and value this way, while Color.name can still be a member called 'name'). An
    abstract fget makes the descriptor itself visible on the class.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # The getter's docstring is used, and replaced by a later getter's, unless a doc
        # was given explicitly.
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return _replaced(self, fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return _replaced(self, self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return _replaced(self, self.fget, self.fset, fdel, self.__doc__)


def _replaced(attribute, fget, fset, fdel, doc):
    """A copy of a DynamicClassAttribute (of its own class) with other functions."""
    copy = type(attribute)(fget, fset, fdel, doc)
    copy.overwrite_doc = attribute.overwrite_doc
    return copy


__all__ = [n for n in globals() if n[:1] != '_']
