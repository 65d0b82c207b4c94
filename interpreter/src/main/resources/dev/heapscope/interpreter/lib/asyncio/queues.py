"""Queues between tasks: Queue (first in, first out), PriorityQueue and LifoQueue."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq
import types

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue at its maxsize."""


def _wake_one(line):
    """Pop waiters off the front of line until one still waiting has been woken."""
    while line:
        ticket = line.popleft()
        if not ticket.done():
            ticket.set_result(None)
            return


class Queue(mixins._LoopBoundMixin):
    """Items handed between tasks; a maxsize above 0 bounds how many it holds."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        # Items put but not yet marked done with task_done(); join() waits for zero.
        self._unfinished_tasks = 0
        self._all_done = locks.Event()
        self._all_done.set()
        self._init(maxsize)

    # The storage, replaced by subclasses (and by users' subclasses, as in CPython).
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _describe(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                parts.append(f'{label}[{len(line)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_in(self, line, blocked):
        """Wait in line while blocked() is true. A waiter that is woken and then cancelled
        wakes the next one, so the turn it was given is not lost."""
        while blocked():
            ticket = self._get_loop().create_future()
            line.append(ticket)
            try:
                await ticket
            except:
                ticket.cancel()
                if ticket in line:
                    line.remove(ticket)
                if not blocked() and not ticket.cancelled():
                    _wake_one(line)
                raise

    async def put(self, item):
        await self._wait_in(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._all_done.clear()
        self._unfinished_tasks += 1
        _wake_one(self._getters)

    async def get(self):
        await self._wait_in(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_one(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._all_done.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._all_done.wait()


class PriorityQueue(Queue):
    """Gives the smallest item first (a heap: entries are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Gives the item put last first, like a stack."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue += (item,)

    def _get(self):
        return self._queue.pop()
