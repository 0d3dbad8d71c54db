// Pyco's asyncio, part 2 (Python source, appended to part 1): Event, ThreadSafeFlag, Lock, wait_for, gather
// and streams.
export const ASYNCIO_EXTRAS = String.raw`

class Event:
    def __init__(self):
        self.state = False
        self.waiting = TaskQueue()

    def is_set(self):
        return self.state

    def set(self):
        while self.waiting.peek():
            _task_queue.push(self.waiting.pop())
        self.state = True

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            self.waiting.push(cur_task)
            cur_task.data = self.waiting
            yield
        return True


import io as _io


class ThreadSafeFlag(_io.IOBase):
    # Set from interrupt handlers or scheduled callbacks; asyncio polls it like a stream. Clears on wait().
    def __init__(self):
        self.state = 0

    def ioctl(self, req, flags):
        if req == 3:  # MP_STREAM_POLL
            return self.state * flags
        return -1

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    def wait(self):
        if not self.state:
            _io_queue.queue_read(self)
            yield
        self.state = 0


class Lock:
    # state: 0 unlocked, 1 locked, or the Task chosen to take the lock next.
    def __init__(self):
        self.state = 0
        self.waiting = TaskQueue()

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting.peek():
            self.state = self.waiting.pop()
            _task_queue.push(self.state)
        else:
            self.state = 0

    def acquire(self):
        if self.state != 0:
            self.waiting.push(cur_task)
            cur_task.data = self.waiting
            try:
                yield
            except CancelledError as er:
                if self.state == cur_task:
                    self.state = 1
                    self.release()
                raise er
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        return self.release()


async def _wait_for_runner(waiter, aw):
    try:
        result = await aw
        status = True
    except BaseException as er:
        result = None
        status = er
    if waiter.data is None:
        if waiter.cancel():
            waiter.data = CancelledError(status, result)


async def wait_for(aw, timeout, sleep=sleep):
    aw = _promote_to_task(aw)
    if timeout is None:
        return await aw
    runner = create_task(_wait_for_runner(cur_task, aw))
    try:
        await sleep(timeout)
    except CancelledError as er:
        status = er.args[0] if er.args else None
        if status is None:
            runner.cancel()
            raise er
        if status is True:
            return er.args[1]
        raise status
    runner.cancel()
    await runner
    raise TimeoutError


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout, sleep_ms)


class _GatherWait:
    @staticmethod
    def remove(t):
        pass


def gather(*aws, return_exceptions=False):
    def done(t, er):
        nonlocal state
        if gather_task.data is not _GatherWait:
            return
        if not return_exceptions and not isinstance(er, StopIteration):
            state = er
        else:
            state -= 1
            if state:
                return
        _task_queue.push(gather_task)

    ts = [_promote_to_task(aw) for aw in aws]
    state = 0
    for t in ts:
        if t.state is True:
            t.state = done
            state += 1
        elif not t.state:
            if not isinstance(t.data, StopIteration) and not return_exceptions:
                state = -len(ts)
        else:
            raise RuntimeError("can't gather")
    gather_task = cur_task
    cancel_all = False
    if state > 0:
        gather_task.data = _GatherWait
        try:
            yield
        except CancelledError as er:
            cancel_all = True
            state = er
    for i in range(len(ts)):
        t = ts[i]
        if t.state is done:
            t.state = True
            if cancel_all:
                t.cancel()
        elif isinstance(t.data, StopIteration):
            ts[i] = t.data.args[0] if t.data.args else None
        elif return_exceptions:
            ts[i] = t.data
        elif isinstance(state, int):
            state = t.data
    if state:
        raise state
    return ts


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    aclose = wait_closed

    def read(self, n=-1):
        r = b""
        while True:
            _io_queue.queue_read(self.s)
            yield
            r2 = self.s.read(n)
            if r2 is not None:
                if n >= 0:
                    return r2
                if not len(r2):
                    return r
                r += r2

    def readinto(self, buf):
        _io_queue.queue_read(self.s)
        yield
        return self.s.readinto(buf)

    def readexactly(self, n):
        r = b""
        while n:
            _io_queue.queue_read(self.s)
            yield
            r2 = self.s.read(n)
            if r2 is not None:
                if not len(r2):
                    raise EOFError
                r += r2
                n -= len(r2)
        return r

    def readline(self):
        line = b""
        while True:
            _io_queue.queue_read(self.s)
            yield
            part = self.s.readline()
            if part is None:
                continue
            line += part
            if not part or line[-1] == 10:
                return line

    def write(self, buf):
        if not self.out_buf:
            ret = self.s.write(buf)
            if ret == len(buf):
                return
            if ret is not None:
                buf = buf[ret:]
        self.out_buf += buf

    def drain(self):
        if not self.out_buf:
            return (yield from sleep_ms(0))
        data = self.out_buf
        off = 0
        while off < len(data):
            _io_queue.queue_write(self.s)
            yield
            ret = self.s.write(data[off:])
            if ret is not None:
                off += ret
        self.out_buf = b""

    async def awrite(self, buf, off=0, sz=-1):
        if off != 0 or sz != -1:
            if sz == -1:
                sz = len(buf)
            buf = buf[off : off + sz]
        self.write(buf)
        await self.drain()

    awritestr = awrite


StreamReader = Stream
StreamWriter = Stream


def open_connection(host, port, ssl=None, server_hostname=None):
    import socket

    raise OSError(95)  # EOPNOTSUPP: the simulated board has no network


async def start_server(cb, host, port, backlog=5, ssl=None):
    import socket

    raise OSError(95)
`;
