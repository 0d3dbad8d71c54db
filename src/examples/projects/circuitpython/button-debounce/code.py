# Button with debounce: each press of the button on GP14 toggles the LED on GP15.
# Shows: an input with the internal pull-up, and debouncing. A real switch "bounces" (flickers
# between open and closed for a few milliseconds), so a change counts only once the pin has
# read the same for DEBOUNCE seconds. (CircuitPython's keypad module can also do this for you.)
# In the simulator, hold the button with the mouse or Space.
import board
import digitalio
import time

DEBOUNCE = 0.02

button = digitalio.DigitalInOut(board.GP14)  # the button connects GP14 to GND: pressed reads False
button.switch_to_input(pull=digitalio.Pull.UP)
led = digitalio.DigitalInOut(board.GP15)
led.switch_to_output(value=False)

stable = button.value  # the debounced state
last_reading = stable
changed_at = time.monotonic()
presses = 0
print("Press the button on GP14")

while True:
    reading = button.value
    if reading != last_reading:
        # The pin moved (or bounced): start timing again.
        last_reading = reading
        changed_at = time.monotonic()
    elif reading != stable and time.monotonic() - changed_at >= DEBOUNCE:
        # Steady for long enough: a real change.
        stable = reading
        if not stable:
            presses += 1
            led.value = not led.value
            print("Pressed", presses, "times")
    time.sleep(0.001)
