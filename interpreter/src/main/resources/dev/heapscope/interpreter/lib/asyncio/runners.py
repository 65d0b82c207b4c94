"""asyncio.run and Runner: an event loop made for some coroutines and closed after them."""

__all__ = ('Runner', 'run')

from . import events
from . import tasks

_NEW, _OPEN, _SHUT = 'created', 'initialized', 'closed'


class Runner:
    """Runs coroutines one after another on a loop of its own (made on first use)
    until close(), which cancels what they left running and closes the loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _NEW
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._interrupt_count = 0
        # True when this runner installed its loop as the current one and must remove it.
        self._installed = False

    def __enter__(self):
        self._open()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def _open(self):
        if self._state == _SHUT:
            raise RuntimeError("Runner is closed")
        if self._state == _OPEN:
            return
        factory = self._loop_factory
        loop = self._loop = events.new_event_loop() if factory is None else factory()
        if factory is None and not self._installed:
            # Only a loop of asyncio's own making becomes the current event loop.
            events.set_event_loop(loop)
            self._installed = True
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._state = _OPEN

    def get_loop(self):
        self._open()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro to its end on this runner's loop and return its result."""
        if not tasks.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._open()
        return self._loop.run_until_complete(self._loop.create_task(coro))

    def close(self):
        if self._state != _OPEN:
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._installed:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _SHUT


def run(main, *, debug=None):
    """Run coroutine main on a new event loop, then cancel the tasks it left and close it."""
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_leftovers(loop):
    """Cancel the tasks still pending on loop, let them finish, and report any of them that
    ended with an error rather than the cancellation."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        failure = None if task.cancelled() else task.exception()
        if failure is not None:
            report = dict(message='unhandled exception during asyncio.run() shutdown',
                          exception=failure, task=task)
            loop.call_exception_handler(report)
