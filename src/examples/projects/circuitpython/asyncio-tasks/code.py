# asyncio with two tasks: one blinks the LED on GP15, the other counts seconds, both at once.
# Shows: async functions, asyncio.sleep handing time to the other task, and asyncio.gather.
# CircuitPython has no built-in asyncio: it is a library in lib/. This project brings a small one of
# its own (lib/asyncio/); the Adafruit bundle's asyncio (with adafruit_ticks) can replace it unchanged.
import asyncio
import board
import digitalio

led = digitalio.DigitalInOut(board.GP15)
led.direction = digitalio.Direction.OUTPUT


async def blink(period):
    while True:
        led.value = not led.value
        await asyncio.sleep(period)  # while this task waits, the other one runs


async def count():
    n = 0
    while True:
        n += 1
        print("Tick", n)
        await asyncio.sleep(1)


async def main():
    print("Two tasks: blink every 0.25 s, count every second")
    await asyncio.gather(blink(0.25), count())


asyncio.run(main())
