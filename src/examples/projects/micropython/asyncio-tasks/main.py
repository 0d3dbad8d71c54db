# asyncio with two tasks: one blinks the LED on GP15, the other counts seconds, both at once.
# Shows: async functions, asyncio.sleep handing time to the other task, and asyncio.gather.
from machine import Pin
import asyncio

led = Pin(15, Pin.OUT)


async def blink(period_ms):
    while True:
        led.toggle()
        await asyncio.sleep_ms(period_ms)  # while this task waits, the other one runs


async def count():
    n = 0
    while True:
        n += 1
        print("Tick", n)
        await asyncio.sleep(1)


async def main():
    print("Two tasks: blink every 0.25 s, count every second")
    await asyncio.gather(blink(250), count())


asyncio.run(main())
