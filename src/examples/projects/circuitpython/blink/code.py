# Blink: the LED on GP15 turns on and off every half second.
# Shows: digitalio.DigitalInOut as an output, and time.sleep to set the pace.
import board
import digitalio
import time

led = digitalio.DigitalInOut(board.GP15)  # LED's long leg on GP15, short leg to GND (through a resistor)
led.direction = digitalio.Direction.OUTPUT

while True:
    led.value = not led.value
    print("LED on" if led.value else "LED off")
    time.sleep(0.5)
