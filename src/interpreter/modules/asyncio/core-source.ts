// Pyco's asyncio, part 1 (Python source, frozen into the interpreter): exceptions, the task queue, Task,
// sleeping, stream polling and the run loop, with MicroPython's scheduling order and semantics.
export const ASYNCIO_CORE = String.raw`
from time import ticks_ms as _ticks, ticks_diff as _ticks_diff, ticks_add as _ticks_add
import sys as _sys
import select as _select


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


# ---- the task queue: a pairing heap ordered by wake-up time ------------------------------------
# Ties keep MicroPython's order: a pushed task with the same key as the root goes in as its first child.

def _meld(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if _ticks_diff(a._key, b._key) < 0:
        a._kids.append(b)
        b._parent = a
        return a
    b._kids.insert(0, a)
    a._parent = b
    return b


def _merge_pairs(nodes):
    heap = None
    i = 0
    n = len(nodes)
    while i < n:
        first = nodes[i]
        first._parent = None
        if i + 1 < n:
            second = nodes[i + 1]
            second._parent = None
            first = _meld(first, second)
        heap = _meld(heap, first)
        i += 2
    return heap


class TaskQueue:
    def __init__(self):
        self._root = None

    def peek(self):
        return self._root

    def push(self, task, key=None):
        task.data = None
        task._key = _ticks() if key is None else key
        self._root = _meld(task, self._root)

    def pop(self):
        task = self._root
        kids = task._kids
        task._kids = []
        self._root = _merge_pairs(kids)
        return task

    def remove(self, task):
        if task is self._root:
            self.pop()
            return
        parent = task._parent
        if parent is None:
            return
        kids = task._kids
        task._kids = []
        task._parent = None
        replacement = _merge_pairs(kids)
        at = parent._kids.index(task)
        if replacement is None:
            parent._kids.pop(at)
        else:
            parent._kids[at] = replacement
            replacement._parent = parent


# ---- tasks ----------------------------------------------------------------------------------------
# Task.state: True while running and nobody waits; a TaskQueue of waiting tasks; a callable to call when done
# (gather); None when finished with nobody having waited; False when finished and waited on.
# Task.data: what the task waits on (a queue, another Task) or the exception to throw in when resumed; once
# finished, the StopIteration or exception it ended with.

class Task:
    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None
        self.state = True
        self._key = 0
        self._kids = []
        self._parent = None

    def __await__(self):
        if not self.state:
            self.state = False
        elif self.state is True:
            self.state = TaskQueue()
        elif type(self.state) is not TaskQueue:
            raise RuntimeError("can't wait")
        if self.state:
            self.state.push(cur_task)
            cur_task.data = self
            yield
        result = self.data
        if isinstance(result, StopIteration):
            return result.args[0] if result.args else None
        raise result

    __iter__ = __await__

    def done(self):
        return not self.state

    def cancel(self):
        if not self.state:
            return False
        if self is cur_task:
            raise RuntimeError("can't cancel self")
        target = self
        while isinstance(target.data, Task):
            target = target.data
        if hasattr(target.data, "remove"):
            target.data.remove(target)
            _task_queue.push(target)
        elif _ticks_diff(target._key, _ticks()) > 0:
            _task_queue.remove(target)
            _task_queue.push(target)
        target.data = CancelledError()
        return True


# ---- sleeping --------------------------------------------------------------------------------------

def sleep_ms(t):
    wake = _ticks_add(_ticks(), max(0, t))
    _task_queue.push(cur_task, wake)
    yield


def sleep(t):
    return sleep_ms(int(t * 1000))


# ---- waiting for streams ---------------------------------------------------------------------------

class IOQueue:
    def __init__(self):
        self.poller = _select.poll()
        self.map = {}  # id(stream) -> [task reading, task (priority), task writing, stream]

    @staticmethod
    def _mask(entry):
        mask = 0
        if entry[0] is not None:
            mask |= _select.POLLIN
        if entry[1] is not None:
            mask |= _select.POLLPRI
        if entry[2] is not None:
            mask |= _select.POLLOUT
        return mask

    def _wait(self, s, slot):
        entry = self.map.get(id(s))
        if entry is None:
            entry = [None, None, None, s]
            entry[slot] = cur_task
            self.map[id(s)] = entry
            self.poller.register(s, self._mask(entry))
        else:
            entry[slot] = cur_task
            self.poller.modify(s, self._mask(entry))
        cur_task.data = self

    def _forget(self, s):
        del self.map[id(s)]
        self.poller.unregister(s)

    def queue_read(self, s):
        self._wait(s, 0)

    def queue_pri(self, s):
        self._wait(s, 1)

    def queue_write(self, s):
        self._wait(s, 2)

    def remove(self, task):
        for key in list(self.map):
            entry = self.map.get(key)
            if entry is not None and task in (entry[0], entry[1], entry[2]):
                self._forget(entry[3])

    def wait_io_event(self, dt):
        for s, ev in self.poller.ipoll(dt):
            entry = self.map[id(s)]
            if ev & (_select.POLLIN | _select.POLLERR) and entry[0] is not None:
                _task_queue.push(entry[0])
                entry[0] = None
            if ev & _select.POLLPRI and entry[1] is not None:
                _task_queue.push(entry[1], _ticks_add(_ticks(), -1000))
                entry[1] = None
            if ev & (_select.POLLOUT | _select.POLLERR) and entry[2] is not None:
                _task_queue.push(entry[2])
                entry[2] = None
            if entry[0] is None and entry[1] is None and entry[2] is None:
                self._forget(s)
            else:
                self.poller.modify(s, self._mask(entry))


# ---- the run loop ----------------------------------------------------------------------------------

def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _task_queue.push(t)
    return t


_exc_context = {"message": "Task exception wasn't retrieved", "exception": None, "future": None}


def _wait_for_next_task(main_task):
    # Sleeps (polling streams) until the head of the queue is due; False when nothing can ever run again.
    global cur_task
    dt = 1
    while dt > 0:
        dt = -1
        head = _task_queue.peek()
        if head:
            dt = max(0, _ticks_diff(head._key, _ticks()))
        elif not _io_queue.map:
            cur_task = None
            if not main_task or not main_task.state:
                return False
            dt = 3
        _io_queue.wait_io_event(dt)
    return True


def _task_finished(t, er, thrown, main_task):
    # Bookkeeping once a task's coroutine has returned or raised er (thrown: what was thrown into it, if anything).
    global cur_task
    awaited = t is main_task
    if awaited:
        cur_task = None
        if not isinstance(er, StopIteration):
            t.state = False
            raise er
        if t.state is None:
            t.state = False
    if t.state:
        if t.state is True:
            t.state = False if awaited else None
        elif callable(t.state):
            t.state(t, er)
            t.state = False
            awaited = True
        else:
            while t.state.peek():
                _task_queue.push(t.state.pop())
                awaited = True
            t.state = False
        if not awaited and not isinstance(er, (CancelledError, StopIteration)):
            # Nobody is waiting: report the exception later unless someone awaits the task first.
            _task_queue.push(t)
        t.data = er
    elif t.state is None:
        # A finished task whose exception nobody retrieved came round again: report that exception.
        t.data = thrown
        _exc_context["exception"] = thrown
        _exc_context["future"] = t
        Loop.call_exception_handler(_exc_context)


def run_until_complete(main_task=None):
    global cur_task
    while True:
        if not _wait_for_next_task(main_task):
            return None
        t = _task_queue.pop()
        cur_task = t
        try:
            exc = t.data
            if not exc:
                t.coro.send(None)
            else:
                t.data = None
                t.coro.throw(exc)
        except (CancelledError, Exception) as er:
            _task_finished(t, er, exc, main_task)
            if t is main_task:
                return er.args[0] if er.args else None


def run(coro):
    return run_until_complete(create_task(coro))


async def _stopper():
    pass


cur_task = None
_stop_task = None


class Loop:
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        global _stop_task
        _stop_task = Task(_stopper())
        run_until_complete(_stop_task)

    def run_until_complete(aw):
        return run_until_complete(_promote_to_task(aw))

    def stop():
        global _stop_task
        if _stop_task is not None:
            _task_queue.push(_stop_task)
            _stop_task = None

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=_sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=_sys.stderr)
        _sys.print_exception(context["exception"], _sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def new_event_loop():
    global _task_queue, _io_queue
    _task_queue = TaskQueue()
    _io_queue = IOQueue()
    return Loop


new_event_loop()
`;
