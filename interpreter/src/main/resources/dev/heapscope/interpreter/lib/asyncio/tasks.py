"""Tasks drive coroutines on the event loop; gather, wait, wait_for, shield and sleep."""

__all__ = ('Task', 'create_task', 'sleep', 'gather', 'wait_for', 'ensure_future',
           'current_task', 'all_tasks', 'shield', 'iscoroutine', 'wait', 'as_completed',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

import collections.abc
import functools
import itertools
import types
import weakref

from . import events
from . import exceptions
from . import futures

# Default names are Task-1, Task-2, ... in creation order, over all loops.
_next_task_number = itertools.count(1).__next__

# Every task not yet freed (done ones are filtered out by all_tasks), and per loop the task
# whose step is running now.
_live_tasks = weakref.WeakSet()
_running_task_of = {}


def iscoroutine(obj):
    """True for what a Task can drive: coroutines, and generators (as in 3.11)."""
    if type(obj) in (types.CoroutineType, types.GeneratorType):
        return True
    return isinstance(obj, collections.abc.Coroutine)


def _describe_coroutine(coro):
    """'name() running at file:line' while it can run, 'name() done, defined at ...' after."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    label = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{label} running' if running else label
    filename = code.co_filename or '<empty co_filename>'
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is None:
        return f'{label} done, defined at {filename}:{code.co_firstlineno}'
    return f'{label} running at {filename}:{frame.f_lineno}'


def _refuse(operation):
    raise RuntimeError(f'Task does not support {operation} operation')


def _without_step_entry(exc):
    """The exception's traceback starting in the coroutine. CPython's task step is C code
    and leaves no entry of its own; ours is Python, so its entry is dropped."""
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is Task._Task__step.__code__:
        exc.__traceback__ = tb.tb_next
    return exc


class Task(futures.Future):
    """A Future that runs a coroutine: one step per loop callback, each step resuming
    the coroutine until it awaits a future that is not done yet (or returns)."""

    __module__ = '_asyncio'

    # Off for tasks nobody asked for by name (gather's), which may be dropped pending.
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = f'Task-{_next_task_number()}' if name is None else str(name)
        self._coro = coro
        self._context = context
        # The future the coroutine awaits now, if any; cancel() cancels it instead.
        self._fut_waiter = None
        # cancel() called while no waiter could take it: the next step throws it in.
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self.__step, context=context)
        _live_tasks.add(self)

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()

    def _repr_info(self):
        words = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            words[0] = 'cancelling'
        words[1:1] = [f'name={self._name!r}', f'coro=<{_describe_coroutine(self._coro)}>']
        if self._fut_waiter is not None:
            words.insert(3, f'wait_for={self._fut_waiter!r}')
        return words

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    # A task's outcome is its coroutine's: nobody else may set it.
    def set_result(self, result):
        _refuse('set_result')

    def set_exception(self, exception):
        _refuse('set_exception')

    def cancel(self, msg=None):
        """Ask the coroutine to stop: CancelledError is thrown into it at its await."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is None or not waiter.cancel(msg=msg):
            # Nothing to cancel in between (or it was done already): the next step throws.
            self._cancel_message = msg
            self._must_cancel = True
        return True

    def uncancel(self):
        if self._num_cancels_requested:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancelling(self):
        return self._num_cancels_requested

    def __step(self, exc=None):
        """Resume the coroutine once: send None, or throw exc into it."""
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        loop = self._loop
        outer = _running_task_of.get(loop)
        _running_task_of[loop] = self
        try:
            yielded = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the coroutine was returning: it ends cancelled.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancellation:
            self._cancelled_exc = cancellation
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures.Future.set_exception(self, fatal)
            raise
        except BaseException as failure:
            futures.Future.set_exception(self, _without_step_entry(failure))
        else:
            self._suspend_on(yielded)
        finally:
            if outer is None:
                del _running_task_of[loop]
            else:
                _running_task_of[loop] = outer

    def _suspend_on(self, yielded):
        """Arrange the next step after the coroutine yielded `yielded`: when the future it
        awaits is done, at once for a bare yield, or with a RuntimeError for a wrong yield."""
        if yielded is None:
            self._loop.call_soon(self.__step, context=self._context)
            return
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            if isinstance(yielded, types.GeneratorType):
                problem = (f'yield was used instead of yield from for generator in task '
                           f'{self!r} with {yielded!r}')
            else:
                problem = f'Task got bad yield: {yielded!r}'
        elif yielded.get_loop() is not self._loop:
            problem = f'Task {self!r} got Future {yielded!r} attached to a different loop'
        elif not blocking:
            problem = f'yield was used instead of yield from in task {self!r} with {yielded!r}'
        elif yielded is self:
            problem = f'Task cannot await on itself: {self!r}'
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self.__wakeup, context=self._context)
            self._fut_waiter = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        self._loop.call_soon(self.__step, RuntimeError(problem), context=self._context)

    def __wakeup(self, awaited):
        try:
            awaited.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()

    # Shown in the repr of the awaited future's callbacks under C Task's name.
    __wakeup.__qualname__ = 'Task.task_wakeup'


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _running_task_of.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in list(_live_tasks) if task.get_loop() is loop and not task.done()}


def create_task(coro, *, name=None, context=None):
    """A Task for coro on the running loop. As in CPython, the task is first made unnamed
    (taking a Task-N number) and then renamed."""
    task = events.get_running_loop().create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


def ensure_future(coro_or_future, *, loop=None):
    """Futures as they are; coroutines and other awaitables wrapped in a new Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    coro = coro_or_future
    wrapped = False
    if not iscoroutine(coro):
        if not hasattr(type(coro), '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro, wrapped = _wrap_awaitable(coro), True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        if not wrapped:
            coro.close()
        raise


@types.coroutine
def _yield_once():
    # A bare yield: the task's next step is scheduled right away, behind what is ready.
    yield


def _resolve(fut, *args):
    if not fut.done():
        fut.set_result(None)


def _fulfil_unless_cancelled(fut, value):
    if not fut.cancelled():
        fut.set_result(value)


async def sleep(delay, result=None):
    """Suspend for delay seconds and return result; sleep(0) just lets others run."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    fut = loop.create_future()
    alarm = loop.call_later(delay, _fulfil_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        alarm.cancel()


def _copy_outcome(source, target):
    """Make target end as source ended (result, exception or cancellation)."""
    if source.cancelled():
        target.cancel()
    elif source.exception() is not None:
        target.set_exception(source.exception())
    else:
        target.set_result(source.result())


def shield(arg):
    """A future that ends as arg does, but whose cancellation does not reach arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_finished(inner):
        if not outer.cancelled():
            _copy_outcome(inner, outer)
        elif not inner.cancelled():
            inner.exception()  # the caller stopped listening: the error counts as seen

    def outer_finished(outer):
        if not inner.done():
            inner.remove_done_callback(inner_finished)

    inner.add_done_callback(inner_finished)
    outer.add_done_callback(outer_finished)
    return outer


class _GatheringFuture(futures.Future):
    """gather()'s future: cancelling it cancels the children still running."""

    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._cancel_requested = False
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        reached = [child for child in self._children if child.cancel(msg=msg)]
        if reached:
            self._cancel_requested = True
        return bool(reached)


def _cancelled_as_value(child):
    message = child._cancel_message
    return exceptions.CancelledError('' if message is None else message)


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the awaitables, in the order given. Without
    return_exceptions the first error (or cancellation) of a child ends it."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty
    children = []
    by_argument = {}
    loop = None
    for arg in coros_or_futures:
        child = by_argument.get(arg)
        if child is None:
            child = ensure_future(arg, loop=loop)
            loop = child.get_loop() if loop is None else loop
            if child is not arg:
                # A task made here: nobody else holds it to see it dropped pending.
                child._log_destroy_pending = False
            by_argument[arg] = child
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    remaining = len(by_argument)

    def child_finished(child):
        nonlocal remaining
        remaining -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if remaining:
            return
        if outer._cancel_requested:
            outer.set_exception(child._make_cancelled_error())
            return
        values = []
        for each in children:
            if each.cancelled():
                values.append(_cancelled_as_value(each))
            else:
                values.append(each.exception() or each.result())
        outer.set_result(values)

    for child in by_argument.values():
        child.add_done_callback(child_finished)
    return outer


async def _cancel_and_wait_done(fut, loop):
    """Cancel fut and return once it is done, whatever it does with the cancellation."""
    finished = loop.create_future()
    notify = functools.partial(_resolve, finished)
    fut.add_done_callback(notify)
    try:
        fut.cancel()
        await finished
    finally:
        fut.remove_done_callback(notify)


def _result_or_timeout(fut):
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise TimeoutError() from exc


async def wait_for(fut, timeout):
    """Await fut for at most timeout seconds; then cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait_done(fut, loop)
        return _result_or_timeout(fut)
    either = loop.create_future()
    alarm = loop.call_later(timeout, _resolve, either)
    on_done = functools.partial(_resolve, either)
    fut.add_done_callback(on_done)
    try:
        try:
            await either
        except exceptions.CancelledError:
            # wait_for itself was cancelled: cancel fut too, unless it just finished.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait_done(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_and_wait_done(fut, loop)
        return _result_or_timeout(fut)
    finally:
        alarm.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _reject_single(fs, kind):
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect {kind} of futures, not {type(fs).__name__}")


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures and tasks until return_when holds (or timeout seconds pass);
    return the sets (done, pending). Nothing is cancelled."""
    _reject_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f, loop=loop) for f in fs}
    enough = loop.create_future()
    alarm = None if timeout is None else loop.call_later(timeout, _resolve, enough)
    unfinished = len(fs)

    def one_finished(f):
        nonlocal unfinished
        unfinished -= 1
        failed = return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None
        if not unfinished or return_when == FIRST_COMPLETED or failed:
            if alarm is not None:
                alarm.cancel()
            _resolve(enough)

    for f in fs:
        f.add_done_callback(one_finished)
    try:
        await enough
    finally:
        if alarm is not None:
            alarm.cancel()
        for f in fs:
            f.remove_done_callback(one_finished)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Yield one awaitable per future of fs; awaiting the k-th gives the result of the
    k-th to finish. After timeout seconds the remaining ones raise TimeoutError."""
    _reject_single(fs, 'an iterable')
    from .queues import Queue
    loop = events.get_event_loop()
    pending = {ensure_future(f, loop=loop) for f in set(fs)}
    # Finished futures in completion order; None stands for "timed out".
    arrivals = Queue()
    alarm = None

    def arrived(f):
        if pending:
            pending.remove(f)
            arrivals.put_nowait(f)
            if not pending and alarm is not None:
                alarm.cancel()

    def time_is_up():
        for f in pending:
            f.remove_done_callback(arrived)
            arrivals.put_nowait(None)
        pending.clear()

    async def next_result():
        f = await arrivals.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in pending:
        f.add_done_callback(arrived)
    if pending and timeout is not None:
        alarm = loop.call_later(timeout, time_is_up)
    for _ in range(len(pending)):
        yield next_result()
