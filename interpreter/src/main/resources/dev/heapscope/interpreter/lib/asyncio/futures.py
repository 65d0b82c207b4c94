"""Future: a value that arrives later; done callbacks are scheduled on its loop then."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import types

from . import events
from . import exceptions

# A future's state goes from pending to exactly one of the other two, once.
_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


def isfuture(obj):
    """True for objects that follow asyncio's future protocol (Future, Task, and the like)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _callable_name(fn, args=(), kwargs=None):
    # functools.partial shows the function it wraps, then its bound arguments.
    while hasattr(fn, 'func') and hasattr(fn, 'args') and hasattr(fn, 'keywords'):
        outer = ''.join(_arguments(args, kwargs))
        args, kwargs, fn = fn.args, fn.keywords, fn.func
        return _callable_name(fn, args, kwargs) + outer
    name = getattr(fn, '__qualname__', None) or repr(fn)
    return name + _arguments(args, kwargs)


def _arguments(args, kwargs):
    shown = [repr(a) for a in args] + [f'{k}={v!r}' for k, v in (kwargs or {}).items()]
    return '(' + ', '.join(shown) + ')'


def _where_defined(fn):
    while not isinstance(fn, types.FunctionType):
        inner = getattr(fn, 'func', None) or getattr(fn, '__wrapped__', None)
        if inner is None:
            return ''
        fn = inner
    return f' at {fn.__code__.co_filename}:{fn.__code__.co_firstlineno}'


def _describe_callback(fn):
    """A done callback as a future's repr shows it: qualname(args) at file:line, the
    place only for Python functions (bound methods and builtins show none)."""
    source = _where_defined(fn) if not isinstance(fn, types.MethodType) else ''
    return _callable_name(fn) + source


class Future:
    """A result or exception to be set later, by set_result()/set_exception(), or a
    cancellation. `await future` suspends the awaiting task until it is done."""

    __module__ = '_asyncio'

    _loop = None
    _state = _PENDING
    _exception = None
    _result = None
    _cancel_message = None
    # The CancelledError a task ended with, handed out (once) by the next result().
    _cancelled_exc = None
    # Set by __await__ just before it yields the future to the task driving it: the task
    # then sleeps until the future's callbacks run. None would mean "not a future".
    _asyncio_future_blocking = False
    # True from set_exception() until the exception has been looked at: a future freed
    # while it is still True reports "exception was never retrieved".
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._done_callbacks = []

    __class_getitem__ = classmethod(types.GenericAlias)

    def _repr_info(self):
        words = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is None:
                words.append(f'result={self._result!r}')
            else:
                words.append(f'exception={self._exception!r}')
        callbacks = [fn for fn, _ in self._done_callbacks]
        if callbacks:
            shown = [_describe_callback(fn) for fn in callbacks]
            if len(shown) > 2:
                shown = [shown[0], f'<{len(shown) - 2} more>', shown[-1]]
            words.append(f'cb=[{", ".join(shown)}]')
        return words

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def __del__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    @property
    def _callbacks(self):
        return list(self._done_callbacks) or None

    def get_loop(self):
        if self._loop is None:
            raise RuntimeError("Future object is not initialized.")
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        kept, self._cancelled_exc = self._cancelled_exc, None
        if kept is not None:
            return kept
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def _raise_unless_finished(self, what):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state == _PENDING:
            raise exceptions.InvalidStateError(f'{what} is not set.')
        self._log_traceback = False

    def result(self):
        self._raise_unless_finished('Result')
        failure = self._exception
        if failure is None:
            return self._result
        raise failure.with_traceback(self._exception_tb)

    def exception(self):
        self._raise_unless_finished('Exception')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self.done():
            self._loop.call_soon(fn, self, context=context)
        else:
            self._done_callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [entry for entry in self._done_callbacks if entry[0] != fn]
        removed = len(self._done_callbacks) - len(kept)
        self._done_callbacks[:] = kept
        return removed

    def _settle(self, state):
        """Enter a final state and schedule the callbacks registered so far, in order."""
        self._state = state
        due, self._done_callbacks = self._done_callbacks, []
        for fn, context in due:
            self._loop.call_soon(fn, self, context=context)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._cancel_message = msg
        self._settle(_CANCELLED)
        return True

    def set_result(self, result):
        if self.done():
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._settle(_FINISHED)

    def set_exception(self, exception):
        if self.done():
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            # It would end the generator that awaits the future instead of raising there.
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception_tb = exception.__traceback__
        self._exception = exception
        self._settle(_FINISHED)
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
            if not self.done():
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def wrap_future(future, *, loop=None):
    """Heapscope runs no threads, so there are no concurrent futures to wrap."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
