"""asyncio.timeout and timeout_at: a deadline for the block of an `async with`."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks

# The life of a Timeout, by the words its repr shows.
_CREATED, _ACTIVE, _EXPIRING, _EXPIRED, _FINISHED = (
    'created', 'active', 'expiring', 'expired', 'finished')


class Timeout:
    """When the deadline passes inside the block, the task is cancelled and the
    CancelledError becomes TimeoutError as it leaves the block."""

    def __init__(self, when):
        self._state = _CREATED
        self._when = when
        self._task = None
        self._alarm = None
        # The task's cancelling() count on entry: cancellations above it are not ours.
        self._cancels_before = 0

    def __repr__(self):
        extra = ''
        if self._state == _ACTIVE:
            extra = f' when={None if self._when is None else round(self._when, 3)}'
        return f'<Timeout [{self._state}]{extra}>'

    def when(self):
        return self._when

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def reschedule(self, when):
        """Move the deadline to loop time when (None: no deadline)."""
        if self._state != _ACTIVE:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        self._disarm()
        if when is not None:
            loop = events.get_running_loop()
            # A deadline already past still cancels asynchronously, on the next iteration.
            due = when <= loop.time()
            self._alarm = (loop.call_soon(self._expire) if due
                           else loop.call_at(when, self._expire))

    def _disarm(self):
        alarm, self._alarm = self._alarm, None
        if alarm is not None:
            alarm.cancel()

    def _expire(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._alarm = None

    async def __aenter__(self):
        self._state = _ACTIVE
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancels_before = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._state == _ACTIVE:
            self._state = _FINISHED
        elif self._state == _EXPIRING:
            self._state = _EXPIRED
            ours = self._task.uncancel() <= self._cancels_before
            if ours and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        return None


def timeout(delay):
    """A Timeout delay seconds from now; None waits without a deadline."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout at the loop's time when; None waits without a deadline."""
    return Timeout(when)
