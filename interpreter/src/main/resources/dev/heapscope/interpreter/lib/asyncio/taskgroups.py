"""TaskGroup: structured concurrency; the block ends when all of its tasks have."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


def _ends_program(exc):
    # These are re-raised as they are, never wrapped in an ExceptionGroup.
    return isinstance(exc, (KeyboardInterrupt, SystemExit))


class TaskGroup:
    """Tasks started with create_task() inside `async with TaskGroup() as tg:`.

    Leaving the block waits for all of them. When one fails, the others and the body are
    cancelled and the failures are raised together in an ExceptionGroup."""

    def __init__(self):
        self._entered = self._exiting = self._aborting = False
        self._loop = self._parent_task = None
        self._tasks = set()
        # Set once this group cancelled its parent task to stop the body after a failure.
        self._parent_cancel_requested = False
        self._errors = []
        self._base_error = None
        # The future __aexit__ sleeps on until the last member task finishes.
        self._all_finished = None

    def __repr__(self):
        words = ['<TaskGroup']
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return ' '.join(words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._entered = True
        self._loop = self._loop or events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _ends_program(exc) and self._base_error is None:
            self._base_error = exc
        outside_cancel = None
        if et is exceptions.CancelledError:
            # A cancellation this group asked for (to stop the body) is absorbed, unless
            # someone else cancelled the parent as well.
            ours = self._parent_cancel_requested and not self._parent_task.uncancel()
            if not ours:
                outside_cancel = exc
        if et is not None and not self._aborting:
            self._cancel_members()
        cancelled_meanwhile = await self._wait_for_members()
        if cancelled_meanwhile is not None:
            outside_cancel = cancelled_meanwhile
        if self._base_error is not None:
            raise self._base_error
        if outside_cancel is not None and not self._errors:
            raise outside_cancel
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            failures, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', failures) from None

    async def _wait_for_members(self):
        """Sleep until every member task is done. A cancellation of the parent meanwhile
        cancels them too (once) and is returned, to be raised after they finish."""
        cancellation = None
        while self._tasks:
            self._all_finished = self._loop.create_future()
            try:
                await self._all_finished
            except exceptions.CancelledError as exc:
                if not self._aborting:
                    cancellation = exc
                    self._cancel_members()
            self._all_finished = None
        return cancellation

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            refusal = 'has not been entered'
        elif self._exiting and not self._tasks:
            refusal = 'is finished'
        elif self._aborting:
            refusal = 'is shutting down'
        else:
            refusal = None
        if refusal:
            raise RuntimeError(f"TaskGroup {self!r} {refusal}")
        member = self._loop.create_task(coro)
        if name is not None:
            member.set_name(name)
        member.add_done_callback(self._member_done)
        self._tasks.add(member)
        return member

    def _cancel_members(self):
        self._aborting = True
        for member in self._tasks:
            if not member.done():
                member.cancel()

    def _member_done(self, member):
        self._tasks.discard(member)
        if not self._tasks and self._all_finished is not None and not self._all_finished.done():
            self._all_finished.set_result(True)
        if member.cancelled() or member.exception() is None:
            return
        failure = member.exception()
        self._errors.append(failure)
        if _ends_program(failure) and self._base_error is None:
            self._base_error = failure
        if self._parent_task.done():
            # Nobody is left to raise it to: report it as the loop reports lost errors.
            self._loop.call_exception_handler({
                'message': f'Task {member!r} has errored out but its parent task '
                           f'{self._parent_task} is already completed',
                'exception': failure,
                'task': member,
            })
        elif not self._aborting and not self._parent_cancel_requested:
            # The first failure stops the others and interrupts the body of the block.
            self._cancel_members()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
