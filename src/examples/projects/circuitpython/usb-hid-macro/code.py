# USB keyboard macro: pressing the button on GP14 makes the Pico type "Hello from Pico!" on
# the computer it is plugged into, as a USB keyboard would.
# Shows: usb_hid.devices and raw keyboard reports, with no library. A report is 8 bytes:
# modifier keys (bit 1 is left Shift), a reserved byte, then up to six key codes held down.
# An all-zero report releases every key. In the simulator the USB panel shows the keys typed.
import board
import digitalio
import time
import usb_hid

keyboard = None
for device in usb_hid.devices:
    if device.usage_page == 0x01 and device.usage == 0x06:  # "Generic Desktop: Keyboard"
        keyboard = device

SHIFT = 0x02
RELEASE = bytes(8)


def key_code(ch):
    """The HID key code and modifier for a character (letters, digits, space, ! and Enter)."""
    if "a" <= ch <= "z":
        return ord(ch) - ord("a") + 0x04, 0
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 0x04, SHIFT
    if "1" <= ch <= "9":
        return ord(ch) - ord("1") + 0x1E, 0
    return {"0": (0x27, 0), " ": (0x2C, 0), "!": (0x1E, SHIFT), "\n": (0x28, 0)}[ch]


def type_text(text):
    for ch in text:
        code, modifier = key_code(ch)
        keyboard.send_report(bytes((modifier, 0, code, 0, 0, 0, 0, 0)))  # press
        keyboard.send_report(RELEASE)  # release, so the same letter twice types twice


button = digitalio.DigitalInOut(board.GP14)
button.switch_to_input(pull=digitalio.Pull.UP)  # pressed reads False
was_pressed = False
print("Press the button on GP14 to type the macro")

while True:
    pressed = not button.value
    if pressed and not was_pressed:
        type_text("Hello from Pico!\n")
        print("Typed the macro")
    was_pressed = pressed
    time.sleep(0.02)  # also a simple debounce: bounces shorter than 20 ms are not seen
