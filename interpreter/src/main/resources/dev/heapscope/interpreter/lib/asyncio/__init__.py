"""asyncio for Heapscope: the core of CPython 3.11's asyncio written anew in Python.

An event loop with call_soon/call_later on the real monotonic clock, Future and Task with
CPython's scheduling order (so programs print in the same order), run, sleep, create_task,
gather, wait_for, Queue, Event and Lock. There are no sockets, subprocesses or threads."""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .runners import *
from .queues import *
from .locks import *
from .taskgroups import *
from .timeouts import *

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__
           + runners.__all__ + queues.__all__ + locks.__all__ + taskgroups.__all__
           + timeouts.__all__)
