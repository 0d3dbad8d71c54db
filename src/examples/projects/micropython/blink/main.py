# Blink: the LED on GP15 turns on and off every half second.
# Shows: machine.Pin as an output, and time.sleep to set the pace.
from machine import Pin
import time

led = Pin(15, Pin.OUT)  # LED's long leg on GP15, short leg to GND (through a resistor on a real board)

while True:
    led.toggle()
    print("LED on" if led.value() else "LED off")
    time.sleep(0.5)
