# Button with debounce: each press of the button on GP14 toggles the LED on GP15.
# Shows: an input with the internal pull-up, and debouncing. A real switch "bounces" (flickers
# between open and closed for a few milliseconds), so a change counts only once the pin has
# read the same for DEBOUNCE_MS. In the simulator, hold the button with the mouse or Space.
from machine import Pin
import time

DEBOUNCE_MS = 20

button = Pin(14, Pin.IN, Pin.PULL_UP)  # the button connects GP14 to GND: pressed reads 0
led = Pin(15, Pin.OUT)

stable = button.value()  # the debounced state
last_reading = stable
changed_at = time.ticks_ms()
presses = 0
print("Press the button on GP14")

while True:
    reading = button.value()
    if reading != last_reading:
        # The pin moved (or bounced): start timing again.
        last_reading = reading
        changed_at = time.ticks_ms()
    elif reading != stable and time.ticks_diff(time.ticks_ms(), changed_at) >= DEBOUNCE_MS:
        # Steady for long enough: a real change.
        stable = reading
        if stable == 0:
            presses += 1
            led.toggle()
            print("Pressed", presses, "times")
    time.sleep_ms(1)
