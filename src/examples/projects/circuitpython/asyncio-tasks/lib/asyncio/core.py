# The scheduler: tasks, the queue of tasks waiting for a time, sleeping, and the run loop.
# How it works: a coroutine is a generator underneath. Awaiting one of the small "park" objects below makes the
# coroutine hand control back to the loop once; before it does, the park object files the running task where it
# will be found again: in the time queue (sleep), in a list of waiters (a task, an Event, a Lock), or both
# (wait_for's timeout). The loop resumes the earliest task whose time has come, sleeping the board until then.
import sys

try:
    from time import monotonic_ns as _clock_ns  # CircuitPython
except ImportError:
    from time import time_ns as _clock_ns  # MicroPython and others, so this package runs there too
from time import sleep as _board_sleep


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


_START_NS = _clock_ns()


def ticks():
    """Milliseconds since this module was imported (an integer, so it never loses precision)."""
    return (_clock_ns() - _START_NS) // 1000000


# ---- the time queue: tasks in the order they are due; equal times keep the order they came in ----------

_due = []


def _queue_at(task, when):
    task._when = when
    i = len(_due)
    while i > 0 and _due[i - 1]._when > when:
        i -= 1
    _due.insert(i, task)
    task._lists.append(_due)


def _unpark(task):
    """Takes the task out of every queue and waiter list it sits in."""
    for waiting in task._lists:
        if task in waiting:
            waiting.remove(task)
    task._lists = []


def _wake(task):
    """Makes a parked task run as soon as the tasks already due have run."""
    _unpark(task)
    _queue_at(task, ticks())


class _Park:
    """Awaitable: files the running task in `lists` (and the time queue at `when`), then yields to the loop once."""

    def __init__(self, lists, when=None):
        self._lists = lists
        self._when = when
        self._parked = False

    def __iter__(self):
        return self

    def __await__(self):  # CircuitPython's await looks for __await__, MicroPython's iterates
        return self

    def __next__(self):
        if self._parked:
            raise StopIteration
        self._parked = True
        task = _current
        if task is None:
            raise RuntimeError("no running event loop")
        for waiting in self._lists:
            waiting.append(task)
            task._lists.append(waiting)
        if self._when is not None:
            _queue_at(task, self._when)
        task._parked = True
        return None


def sleep_ms(t):
    """Pauses the running task for t milliseconds (a MicroPython extension)."""
    return _Park((), ticks() + max(0, int(t)))


def sleep(t):
    """Pauses the running task for t seconds, letting the other tasks run."""
    return sleep_ms(t * 1000)


# ---- tasks ---------------------------------------------------------------------------------------------


class Task:
    """A coroutine scheduled to run; await it for its result."""

    def __init__(self, coro):
        self.coro = coro
        self._lists = []  # the queues this task is parked in
        self._waiters = []  # tasks waiting for this one to finish
        self._parked = False
        self._done = False
        self._value = None
        self._error = None
        self._throw = None  # an exception to raise in the coroutine when it next runs
        self._awaited = False  # someone will look at its result, so a failure isn't reported by the loop

    def __repr__(self):
        return "<Task>"

    def done(self):
        return self._done

    def cancelled(self):
        return self._done and isinstance(self._error, CancelledError)

    def result(self):
        if not self._done:
            raise RuntimeError("task not done")
        if self._error is not None:
            raise self._error
        return self._value

    def cancel(self):
        """Raises CancelledError inside the task the next time it runs; False if it has already finished."""
        if self._done:
            return False
        if self is _current:
            raise RuntimeError("can't cancel self")
        self._throw = CancelledError()
        _wake(self)
        return True

    def __iter__(self):
        self._awaited = True
        return _Join(self)

    __await__ = __iter__

    def _finish(self, value, error):
        self._done = True
        self._value = value
        self._error = error
        waiters = self._waiters
        self._waiters = []
        for task in waiters[:]:
            _wake(task)
        if error is not None and not waiters and not self._awaited and not isinstance(error, CancelledError):
            _loop.call_exception_handler({"message": "Task exception wasn't retrieved", "exception": error, "future": self})


class _Join:
    """What `await task` iterates: parks until the task is done, then gives its value (or raises its error)."""

    def __init__(self, task):
        self._task = task

    def __iter__(self):
        return self

    def __await__(self):
        return self

    def __next__(self):
        task = self._task
        if task._done:
            if task._error is not None:
                raise task._error
            raise StopIteration(task._value)
        return _Park((task._waiters,)).__next__()


def create_task(coro):
    """Schedules a coroutine to run as a task; returns the Task."""
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    task = Task(coro)
    _queue_at(task, ticks())
    return task


def current_task():
    if _current is None:
        raise RuntimeError("no running event loop")
    return _current


def _current_task_or_none():
    return _current


# ---- the run loop --------------------------------------------------------------------------------------

_current = None
_stopping = False


def _step(task):
    """Runs the task until it next awaits something that parks it (or until it ends)."""
    global _current
    _current = task
    task._parked = False
    error = task._throw
    task._throw = None
    try:
        if error is None:
            task.coro.send(None)
        else:
            task.coro.throw(error)
    except StopIteration as stop:
        task._finish(stop.value, None)
    except (CancelledError, Exception) as e:
        task._finish(None, e)
    else:
        if not task._parked:  # a bare yield (old-style coroutine): treat it as sleep(0)
            _queue_at(task, ticks())
    finally:
        _current = None


def _run_until(main):
    """Runs due tasks until `main` is done (or, with no main task, until stop() is called)."""
    global _stopping
    _stopping = False
    while not (main._done if main is not None else _stopping):
        if not _due:
            _board_sleep(0.01)  # nothing is due and nothing can wake a task: wait as the firmware would
            continue
        task = _due[0]
        wait = task._when - ticks()
        if wait > 0:
            _board_sleep(wait / 1000)
            continue
        _unpark(task)
        _step(task)


def run(coro):
    """Runs the coroutine as the main task until it finishes; returns its value or raises its exception."""
    return _loop.run_until_complete(coro)


class Loop:
    """The event loop, as get_event_loop() returns it (one per program, like MicroPython's)."""

    _handler = None

    def create_task(self, coro):
        return create_task(coro)

    def run_until_complete(self, awaitable):
        task = awaitable if isinstance(awaitable, Task) else create_task(awaitable)
        task._awaited = True
        _run_until(task)
        return task.result()

    def run_forever(self):
        _run_until(None)

    def stop(self):
        global _stopping
        _stopping = True

    def close(self):
        pass

    def set_exception_handler(self, handler):
        Loop._handler = handler

    def get_exception_handler(self):
        return Loop._handler

    def default_exception_handler(self, context):
        print(context["message"])
        print("future:", context["future"], "coro=", context["future"].coro)
        _print_exception(context["exception"])

    def call_exception_handler(self, context):
        if Loop._handler is not None:
            Loop._handler(self, context)
        else:
            self.default_exception_handler(context)


def _print_exception(error):
    if hasattr(sys, "print_exception"):  # MicroPython
        sys.print_exception(error)
    else:  # CircuitPython (this three-argument form works on CircuitPython 8 and 9 alike)
        import traceback

        traceback.print_exception(type(error), error, error.__traceback__)


_loop = Loop()


def get_event_loop():
    return _loop


def new_event_loop():
    """Forgets every scheduled task and returns the loop."""
    global _due
    _due = []
    return _loop
