"""Helpers for the with statement and async with (Heapscope's contextlib).

Names, results and error messages are those of CPython 3.11's contextlib.
"""
import abc
import os
import sys
from collections import deque
from functools import wraps
from types import GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing", "chdir"]


def _implements(candidate, protocol):
    """The answer of a __subclasshook__: True when every method named in protocol is
    found along candidate's MRO and not blocked by a None there, else NotImplemented."""
    for method in protocol:
        owner = next((k for k in candidate.__mro__ if method in k.__dict__), None)
        if owner is None or owner.__dict__[method] is None:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a with statement; __enter__ returns self."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _implements(C, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in an async with statement; __aenter__ returns self."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _implements(C, ("__aenter__", "__aexit__"))


class ContextDecorator(object):
    """Mixin: a context manager that is also a decorator running the function inside it."""

    def _recreate_cm(self):
        # One instance serves every call unless a subclass makes a fresh one per call.
        return self

    def __call__(self, func):
        def decorated(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return wraps(func)(decorated)


class AsyncContextDecorator(object):
    """Mixin: an async context manager that is also a decorator of coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def decorated(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return wraps(func)(decorated)


# What next() returns for a generator that has finished.
_EXHAUSTED = object()


class _GeneratorContextManagerBase:
    """What both generator-based managers keep: the generator, and until entered, the
    function and arguments that made it (to make a fresh one when used as a decorator)."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The instance documents itself with the generator function's docstring.
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Entered managers are single-use: drop what a decorator would need.
        del self.args, self.kwds, self.func

    @staticmethod
    def _thrown_back(raised, value, tb, stop_types):
        """After throwing value into the generator, which raised `raised`: True when that
        is value itself (or the RuntimeError PEP 479 made of value), so the with statement
        re-raises value, with its traceback as it was."""
        if raised is value:
            matched = True
        else:
            matched = (isinstance(raised, RuntimeError) and isinstance(value, stop_types)
                       and raised.__cause__ is value)
        if matched:
            value.__traceback__ = tb
        return matched


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_recipe()
        yielded = next(self.gen, _EXHAUSTED)
        if yielded is _EXHAUSTED:
            raise RuntimeError("generator didn't yield")
        return yielded

    def __exit__(self, typ, value, traceback):
        if typ is None:
            if next(self.gen, _EXHAUSTED) is _EXHAUSTED:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The generator must see an instance, to tell it from one it raises itself.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as finished:
            # The generator returned: the exception was handled inside it.
            return finished is not value
        except BaseException as raised:
            if not self._thrown_back(raised, value, traceback, StopIteration):
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def _advance(self):
        # The async counterpart of next(gen, _EXHAUSTED).
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            return _EXHAUSTED

    async def __aenter__(self):
        self._forget_recipe()
        yielded = await self._advance()
        if yielded is _EXHAUSTED:
            raise RuntimeError("generator didn't yield")
        return yielded

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await self._advance() is _EXHAUSTED:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as finished:
            return finished is not value
        except BaseException as raised:
            if not self._thrown_back(raised, value, traceback,
                                     (StopIteration, StopAsyncIteration)):
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager
    factory; the code before the yield is __enter__, the code after it __exit__."""
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return wraps(func)(make_manager)


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes an async
    context manager factory."""
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return wraps(func)(make_manager)


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends; the with target is thing itself."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the async with block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class _SysStreamSwap(AbstractContextManager):
    """Rebinds one sys stream for the block; re-entrant, each exit restores what the
    matching entry found."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_SysStreamSwap):
    """Sends sys.stdout to new_target for the block."""

    _stream = "stdout"


class redirect_stderr(_SysStreamSwap):
    """Sends sys.stderr to new_target for the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Ends the block silently when it raises one of the given exception types."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, typ, exc, tb):
        return typ is not None and issubclass(typ, self._exceptions)

    def __enter__(self):
        return None


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; the with (or async with) target is enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *exc):
        return None

    async def __aexit__(self, *exc):
        return None

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result


class chdir(AbstractContextManager):
    """Makes path the working directory for the block (re-entrant)."""

    def __init__(self, path):
        self.path = path
        # Working directories to return to, innermost entry last.
        self._old_cwd = []

    def __exit__(self, *exc):
        os.chdir(self._old_cwd.pop())

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)


def _bound_exit(method, cm):
    """cm's exit method (looked up on its type, as the with statement does) bound to it."""
    def exit_of_cm(exc_type, exc, tb):
        return method(cm, exc_type, exc, tb)
    exit_of_cm.__self__ = cm
    return exit_of_cm


def _protocol_error(cm, kind):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {kind}context manager protocol")


class _Unwinding:
    """The state of one exit of an exit stack while its callbacks run, newest first.

    Invariant: `details` is the (type, value, traceback) the next callback receives: the
    block's exception, or the one the last failing callback raised, or three Nones once a
    callback suppressed it; `pending` says whether a callback's exception must propagate.
    """

    def __init__(self, details):
        self.details = details
        self.received = details[0] is not None
        self.suppressed = False
        self.pending = False
        # The exception being handled where the exit runs: chains stop there.
        self.outer = sys.exc_info()[1]

    def returned(self, result):
        if result:
            self.suppressed = True
            self.pending = False
            self.details = (None, None, None)

    def raised(self, new_exc):
        """A callback raised new_exc: chain it to the exception the callback was given,
        as nested with statements would, instead of to the one the stack is handling."""
        previous = self.details[1]
        link = new_exc
        while True:
            context = link.__context__
            if context is previous:
                break
            if context is None:
                # Not chained yet (the runtime may chain an exception only when it
                # leaves the handling code): while one is handled it would be that one.
                if self.outer is not None and previous is not None:
                    link.__context__ = previous
                break
            if context is self.outer:
                link.__context__ = previous
                break
            link = context
        self.pending = True
        self.details = (type(new_exc), new_exc, new_exc.__traceback__)

    def result(self):
        """What __exit__ returns, or raises the pending exception. Raising it chains it to
        the exception being handled, so the context the unwinding gave it is put back."""
        if not self.pending:
            return self.received and self.suppressed
        failure = self.details[1]
        kept = failure.__context__
        try:
            raise failure
        except BaseException:
            failure.__context__ = kept
            raise


class _BaseExitStack:
    """The callbacks an exit stack holds, as (is_sync, callable) pairs, the last pushed
    run first; each is called with the exception details of the exit."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every callback to a new stack of the same type and return it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def push(self, exit):
        """Register an exit: a context manager's __exit__ (without entering it) or any
        callable taking the exception details. Returns exit."""
        try:
            unbound = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound_exit(unbound, exit)))
        return exit

    def enter_context(self, cm):
        """Enter cm, register its __exit__ and return what __enter__ returned."""
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _protocol_error(cm, "") from None
        entered = enter(cm)
        self._exit_callbacks.append((True, _bound_exit(exit, cm)))
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit; it never suppresses.
        Returns callback, so this works as a decorator."""
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append((True, run_callback))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with statement of dynamic depth: contexts and callbacks pushed onto it are
    exited in reverse order when it closes."""

    def close(self):
        """Run every callback now, as leaving the with statement would."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._exit_callbacks:
            _, exit_callback = self._exit_callbacks.pop()
            try:
                state.returned(exit_callback(*state.details))
            except BaseException as failure:
                state.raised(failure)
        return state.result()


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also holds async context managers and coroutine
    callbacks, awaited in reverse order at exit."""

    async def enter_async_context(self, cm):
        """Await cm.__aenter__(), register its __aexit__ and return the result."""
        cls = type(cm)
        try:
            aenter, aexit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous ") from None
        entered = await aenter(cm)
        self._exit_callbacks.append((False, _bound_exit(aexit, cm)))
        return entered

    def push_async_exit(self, exit):
        """Register an async context manager's __aexit__, or a coroutine function
        taking the exception details. Returns exit."""
        try:
            unbound = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bound_exit(unbound, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function call callback(*args, **kwds), awaited at exit."""
        async def run_callback(exc_type, exc, tb):
            await callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append((False, run_callback))
        return callback

    async def aclose(self):
        """Run every callback now, as leaving the async with statement would."""
        await self.__aexit__(None, None, None)

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, exit_callback = self._exit_callbacks.pop()
            try:
                outcome = exit_callback(*state.details)
                if not is_sync:
                    outcome = await outcome
                state.returned(outcome)
            except BaseException as failure:
                state.raised(failure)
        return state.result()
