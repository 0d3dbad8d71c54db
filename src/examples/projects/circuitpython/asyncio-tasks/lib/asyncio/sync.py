# Synchronisation between tasks: Event (one task signals, others wait) and Lock (one task at a time).
from .core import CancelledError, _Park, _current_task_or_none, _wake


class Event:
    """A flag tasks can wait for: wait() returns once set() has been called."""

    def __init__(self):
        self._set = False
        self._waiters = []

    def is_set(self):
        return self._set

    def set(self):
        self._set = True
        for task in self._waiters[:]:
            _wake(task)

    def clear(self):
        self._set = False

    async def wait(self):
        if not self._set:
            await _Park((self._waiters,))  # only set() (or a cancel) wakes it
        return True


class Lock:
    """Held by one task at a time; `async with lock:` holds it for the block. Waiters get it in turn."""

    def __init__(self):
        self._locked = False
        self._waiters = []
        self._handed_to = None  # the waiter release() passed the lock to, until it runs

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked:
            self._locked = True
            return True
        me = _current_task_or_none()
        try:
            await _Park((self._waiters,))
        except CancelledError:
            if self._handed_to is me:  # cancelled after being given the lock: pass it on
                self._handed_to = None
                self.release()
            raise
        self._handed_to = None
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock not acquired")
        if self._waiters:
            self._handed_to = self._waiters[0]  # stays locked: the first waiter now holds it
            _wake(self._handed_to)
        else:
            self._locked = False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
