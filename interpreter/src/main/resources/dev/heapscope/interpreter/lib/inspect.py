"""inspect for Heapscope: the parts of CPython 3.11's Lib/inspect.py about kinds of objects and generator states."""

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Get current state of a generator-iterator."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def isclass(object):
    return isinstance(object, type)


def isfunction(object):
    return type(object).__name__ == 'function'


def isgeneratorfunction(object):
    return isfunction(object) and bool(object.__code__.co_flags & 0x20)


def isgenerator(object):
    return type(object).__name__ == 'generator'


def isbuiltin(object):
    return type(object).__name__ == 'builtin_function_or_method'


def ismethod(object):
    return type(object).__name__ == 'method'


def ismodule(object):
    return type(object).__name__ == 'module'


def iscode(object):
    return type(object).__name__ == 'code'


def isframe(object):
    return type(object).__name__ == 'frame'


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def getmro(cls):
    return cls.__mro__


def currentframe():
    import sys
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def _has_code_flag(f, flag):
    """Whether f (through bound methods and functools.partial) is a function whose code has flag."""
    while ismethod(f):
        f = f.__func__
    while type(f).__name__ == 'partial' and hasattr(f, 'func'):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, 0x80)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, 0x200)


def iscoroutine(object):
    import types
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    import types
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    import types
    import collections.abc
    return (isinstance(object, types.CoroutineType)
            or isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & 0x100)
            or isinstance(object, collections.abc.Awaitable))
