"""The event loop: callbacks ready to run in order, timers on the monotonic clock."""

__all__ = ('AbstractEventLoop', 'SelectorEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop')

import collections
import heapq
import math
import sys
import time
import weakref

# The longest a loop waits at once for its next timer (CPython's selector limit).
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


class Handle:
    """A callback with its arguments, scheduled on a loop."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A callback to run at a time of the loop's clock."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when < other._when or self.__eq__(other)

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when > other._when or self.__eq__(other)

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def __hash__(self):
        return hash(self._when)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The event loop: runs ready callbacks in the order they were scheduled, then due timers."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        # time.get_clock_info('monotonic').resolution on Linux: timers this close to now are due.
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        # Async generators first iterated while this loop runs: closed by it at shutdown.
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def time(self):
        return time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def create_future(self):
        from . import futures
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from . import tasks
        self._check_closed()
        return tasks.Task(coro, loop=self, name=name)

    def run_forever(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        old_agen_hooks = sys.get_asyncgen_hooks()
        _set_running_loop(self)
        try:
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def run_until_complete(self, future):
        from . import futures, tasks
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        from . import tasks
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        for agen in closing_agens:
            self._asyncgens.discard(agen)
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """There is no default executor: Heapscope runs no threads."""

    def _run_once(self):
        """One iteration: wait for the next timer if nothing is ready, then run what is due."""
        while self._scheduled and self._scheduled[0]._cancelled:
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), _MAXIMUM_SELECT_TIMEOUT)
        if timeout is None:
            raise RuntimeError('Heapscope: the event loop has nothing left to wait for '
                               '(CPython would wait forever)')
        if timeout > 0:
            # epoll waits whole milliseconds, rounded up (selectors.EpollSelector): timers due
            # within that millisecond run in this same iteration, as they do in CPython.
            time.sleep(math.ceil(timeout * 1e3) * 1e-3)
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        exception = context.get('exception')
        if exception is not None:
            # As the asyncio logger's record with exc_info, written by logging's last-resort
            # handler: the message, then the traceback without its final newline.
            import traceback
            formatted = ''.join(traceback.format_exception(type(exception), exception, exception.__traceback__))
            lines.append(formatted[:-1] if formatted.endswith('\n') else formatted)
        print('\n'.join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


_running_loop = None
_event_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    loop = _running_loop
    if loop is not None:
        return loop
    global _event_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _event_loop = loop


class _UnixSelectorEventLoop(AbstractEventLoop):
    """The class of the loops new_event_loop() makes, named as CPython's on Linux."""

    __module__ = 'asyncio.unix_events'


SelectorEventLoop = _UnixSelectorEventLoop


def new_event_loop():
    return _UnixSelectorEventLoop()
