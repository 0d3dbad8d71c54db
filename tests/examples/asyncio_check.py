# Checks the CircuitPython asyncio example's own asyncio package (lib/asyncio): each line printed is compared
# with the expected output on Pyco's interpreter (CircuitPython flavour) and on MicroPython's WebAssembly build.
import asyncio

log = []


async def sleeper(name, ms, value):
    await asyncio.sleep_ms(ms)
    log.append(name)
    return value


async def order_and_results():
    results = await asyncio.gather(sleeper("c", 30, 3), sleeper("a", 10, 1), sleeper("b", 20, 2))
    print("gather", results, "order", log)


async def await_task():
    task = asyncio.create_task(sleeper("t", 5, "value"))
    print("task done before", task.done())
    print("await task", await task, task.done())


async def event():
    ev = asyncio.Event()

    async def waiter(n):
        await ev.wait()
        print("waiter", n, "woke, set", ev.is_set())

    tasks = [asyncio.create_task(waiter(1)), asyncio.create_task(waiter(2))]
    await asyncio.sleep_ms(10)
    print("setting the event")
    ev.set()
    await asyncio.gather(*tasks)
    print("event wait when set:", await ev.wait())


async def lock():
    lk = asyncio.Lock()
    inside = []

    async def worker(n):
        async with lk:
            inside.append(n)
            print("worker", n, "has the lock alone:", len(inside) == 1)
            await asyncio.sleep_ms(5)
            inside.remove(n)

    await asyncio.gather(worker(1), worker(2), worker(3))
    print("lock free:", not lk.locked())


async def timeouts():
    async def slow():
        try:
            await asyncio.sleep_ms(1000)
        except asyncio.CancelledError:
            print("slow was cancelled")
            raise
        finally:
            print("slow cleans up")

    try:
        await asyncio.wait_for(slow(), 0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print("wait_for in time:", await asyncio.wait_for(sleeper("w", 5, 42), 1))
    print("wait_for_ms in time:", await asyncio.wait_for_ms(sleeper("w", 5, 43), 100))


async def cancelling():
    async def forever():
        try:
            while True:
                await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("forever got CancelledError")
            raise

    task = asyncio.create_task(forever())
    await asyncio.sleep_ms(5)
    print("cancel:", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print("cancel again:", task.cancel())
    try:
        asyncio.current_task().cancel()
    except RuntimeError as e:
        print("cancel self:", e)


async def errors():
    async def fail(msg):
        await asyncio.sleep_ms(1)
        raise ValueError(msg)

    print("return_exceptions:", [repr(r) for r in await asyncio.gather(fail("x"), sleeper("g", 2, 5), return_exceptions=True)])
    try:
        await asyncio.gather(sleeper("g", 50, 1), fail("first"))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.create_task(fail("awaited"))
    except ValueError as e:
        print("await raised", e)

    def handler(loop, context):
        print("handler:", context["message"], repr(context["exception"]))

    asyncio.get_event_loop().set_exception_handler(handler)
    asyncio.create_task(fail("nobody awaits"))
    await asyncio.sleep_ms(10)
    asyncio.get_event_loop().set_exception_handler(None)


async def timing():
    start = asyncio.core.ticks()
    await asyncio.sleep(0.05)
    print("slept at least 50 ms:", asyncio.core.ticks() - start >= 50)
    turns = []

    async def spin(name):
        for _ in range(3):
            turns.append(name)
            await asyncio.sleep(0)

    await asyncio.gather(spin("x"), spin("y"))
    print("sleep(0) takes turns:", "".join(turns))


async def main():
    await order_and_results()
    await await_task()
    await event()
    await lock()
    await timeouts()
    await cancelling()
    await errors()
    await timing()
    return "main done"


print(asyncio.run(main()))

loop = asyncio.get_event_loop()


async def stopper():
    await asyncio.sleep_ms(10)
    print("stopping the loop")
    loop.stop()


loop.create_task(stopper())
loop.run_forever()
print("run_forever returned")
print(asyncio.run(sleeper("again", 1, "a second run works")))
