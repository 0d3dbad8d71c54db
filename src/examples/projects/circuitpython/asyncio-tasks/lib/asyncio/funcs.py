# Waiting for several tasks (gather) and for one with a time limit (wait_for).
from .core import CancelledError, Task, TimeoutError, _Park, create_task, ticks


def _as_task(awaitable):
    task = awaitable if isinstance(awaitable, Task) else create_task(awaitable)
    task._awaited = True
    return task


async def gather(*awaitables, return_exceptions=False):
    """Runs the awaitables as tasks at once; returns their results in order.

    The first exception ends the wait (unless return_exceptions, which puts exceptions among the results);
    cancelling the gather cancels the tasks still running."""
    tasks = [_as_task(a) for a in awaitables]
    failed = None
    try:
        while failed is None:
            running = [t._waiters for t in tasks if not t._done]
            if not return_exceptions:
                for t in tasks:
                    if t._done and t._error is not None:
                        failed = t
                        break
            if not running or failed is not None:
                break
            await _Park(running)  # woken when any of them finishes
    except CancelledError:
        for t in tasks:
            t.cancel()
        raise
    if failed is not None:
        raise failed._error
    return [t._error if t._error is not None else t._value for t in tasks]


async def wait_for(awaitable, timeout):
    """Waits for the awaitable at most timeout seconds (None: no limit); then cancels it and raises TimeoutError."""
    task = _as_task(awaitable)
    if timeout is None:
        return await task
    deadline = ticks() + max(0, int(timeout * 1000))
    try:
        while not task._done and ticks() < deadline:
            await _Park((task._waiters,), deadline)
    except CancelledError:
        task.cancel()
        raise
    if task._done:
        return task.result()
    task.cancel()
    try:
        await task  # let it handle the cancellation (its finally: blocks run) before reporting the timeout
    except CancelledError:
        pass
    raise TimeoutError


def wait_for_ms(awaitable, timeout):
    """wait_for with the timeout in milliseconds (a MicroPython extension)."""
    return wait_for(awaitable, timeout / 1000)
