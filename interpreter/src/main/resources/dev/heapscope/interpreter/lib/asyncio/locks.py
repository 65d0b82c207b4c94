"""Primitives that let tasks of one event loop wait for each other."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import collections

from . import exceptions
from . import mixins


def _bracketed(prim, state, waiting):
    """object's repr of prim with '[state, waiters:N]' before its closing '>'."""
    if waiting:
        state = f'{state}, waiters:{len(waiting)}'
    return f'{object.__repr__(prim)[:-1]} [{state}]>'


class _AsyncWith:
    """async with: acquire on entry (binding nothing), release on exit."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _Parking(mixins._LoopBoundMixin):
    """A FIFO of futures, one per waiting task; a task parks on its own future."""

    _queue = None

    def _ticket(self):
        if self._queue is None:
            self._queue = collections.deque()
        ticket = self._get_loop().create_future()
        self._queue.append(ticket)
        return ticket

    async def _park(self, ticket):
        # The ticket leaves the queue however the wait ends.
        try:
            return await ticket
        finally:
            self._queue.remove(ticket)

    def _live_tickets(self):
        return [t for t in self._queue or () if not t.done()]


class Lock(_AsyncWith, _Parking):
    """Mutual exclusion; a released lock goes to the task that has waited longest."""

    def __init__(self):
        self._held = False

    def __repr__(self):
        return _bracketed(self, 'locked' if self._held else 'unlocked', self._queue)

    def locked(self):
        return self._held

    async def acquire(self):
        free = not self._held and all(t.cancelled() for t in self._queue or ())
        if not free:
            ticket = self._ticket()
            try:
                await self._park(ticket)
            except exceptions.CancelledError:
                # A wake-up this task can no longer use goes to the next in line.
                if not self._held:
                    self._hand_over()
                raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._hand_over()

    def _hand_over(self):
        # Only the head is woken: if it was cancelled, its own acquire passes the turn on.
        if self._queue:
            head = self._queue[0]
            if not head.done():
                head.set_result(True)


class Event(_Parking):
    """A flag; wait() returns once it is set, set() releases every waiter at once."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        return _bracketed(self, 'set' if self._flag else 'unset', self._queue)

    def is_set(self):
        return self._flag

    def set(self):
        if self._flag:
            return
        self._flag = True
        for ticket in self._live_tickets():
            ticket.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            await self._park(self._ticket())
        return True


class Condition(_AsyncWith, _Parking):
    """A lock plus a queue of tasks waiting to be notified while they hold it."""

    def __init__(self, lock=None):
        self._lock = lock = Lock() if lock is None else lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release

    def __repr__(self):
        return _bracketed(self, 'locked' if self.locked() else 'unlocked', self._queue)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        ticket = self._ticket()
        self.release()
        try:
            await self._park(ticket)
            return True
        finally:
            # The caller holds the lock again when wait() ends, even when cancelled; a
            # cancellation that arrives while re-acquiring is raised once it holds it.
            interrupted = None
            reacquired = False
            while not reacquired:
                try:
                    reacquired = await self.acquire()
                except exceptions.CancelledError as exc:
                    interrupted = exc
            if interrupted is not None:
                raise interrupted

    async def wait_for(self, predicate):
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        for ticket in self._live_tickets()[:max(n, 0)]:
            ticket.set_result(False)

    def notify_all(self):
        self.notify(len(self._queue or ()))


class Semaphore(_AsyncWith, _Parking):
    """A count of free slots; acquire() takes one, waiting in line while none is free."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _bracketed(self, state, self._queue)

    def locked(self):
        # Tasks already in line keep newcomers out even while a slot is free.
        return self._value == 0 or any(not t.cancelled() for t in self._queue or ())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        ticket = self._ticket()
        try:
            await self._park(ticket)
        except exceptions.CancelledError:
            if ticket.done() and not ticket.cancelled():
                # A slot was granted to this task but it cannot take it: give it back.
                self._value += 1
            raise
        finally:
            while self._value > 0 and self._grant_next():
                pass
        return True

    def release(self):
        self._value += 1
        self._grant_next()

    def _grant_next(self):
        """Give a free slot to the longest waiter still waiting; False when there is none."""
        live = self._live_tickets()
        if not live:
            return False
        self._value -= 1
        live[0].set_result(True)
        return True


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never rise above the one it started with."""

    def __init__(self, value=1):
        super().__init__(value)
        self._ceiling = value

    def release(self):
        if self._value < self._ceiling:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')


# A barrier cycles filling -> draining -> filling; reset() passes through resetting, abort()
# leaves it broken until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Holds tasks in wait() until `parties` of them are there, then lets them all go."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._arrived = 0
        self._phase = _FILLING
        self._cond = Condition()

    def __repr__(self):
        state = self._phase
        if state != _BROKEN:
            state = f'{state}, waiters:{self.n_waiting}/{self.parties}'
        return f'{object.__repr__(self)[:-1]} [{state}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        """Wait for the other parties; return this task's arrival index, 0 to parties-1."""
        async with self._cond:
            # Tasks of the previous cycle must all leave before a new cycle fills.
            await self._cond.wait_for(lambda: self._phase not in (_DRAINING, _RESETTING))
            if self._phase == _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            position = self._arrived
            self._arrived += 1
            try:
                if self._arrived == self._parties:
                    self._phase = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._phase != _FILLING)
                    if self._phase in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return position
            finally:
                self._arrived -= 1
                if self._arrived == 0 and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Back to empty and filling; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            if self._arrived == 0:
                self._phase = _FILLING
            elif self._phase != _RESETTING:
                self._phase = _RESETTING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError."""
        async with self._cond:
            self._phase = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._arrived if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN
