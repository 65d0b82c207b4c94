"""Binding of a synchronisation primitive to the event loop it is first used in."""

from . import events


class _LoopBoundMixin:
    # None until first used from a running loop; then that loop for good.
    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running
