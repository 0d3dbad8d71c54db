# A small asyncio for CircuitPython, written for this example (pure Python, no other library needed).
# On CircuitPython, asyncio is not built in: it is a library in lib/. The Adafruit bundle's asyncio (with
# adafruit_ticks) can replace this folder unchanged; this one covers what the example and typical programs use:
# run, sleep, sleep_ms, create_task, gather, wait_for, Event, Lock, Task.cancel and get_event_loop().
from .core import (
    CancelledError,
    Task,
    TimeoutError,
    create_task,
    current_task,
    get_event_loop,
    new_event_loop,
    run,
    sleep,
    sleep_ms,
)
from .funcs import gather, wait_for, wait_for_ms
from .sync import Event, Lock
