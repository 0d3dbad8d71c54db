# PIO blink: a PIO state machine blinks the on-board LED (GP25) once a second, with no help
# from the CPU, which is free to do other work meanwhile.
# Shows: rp2pio.StateMachine running a PIO program. Without the adafruit_pioasm library the
# program is given as machine code: each 16-bit word is one instruction, assembled by hand
# from the line beside it (RP2040 datasheet, section 3.4).
import array
import board
import rp2pio
import time

program = array.array("H", [
    0xE001,  # set pins, 1
    0xE53E,  # set x, 30        [5]
    0xAF42,  # on: nop          [15]
    0x0F42,  # jmp x--, on      [15]
    0xE000,  # set pins, 0
    0xE53E,  # set x, 30        [5]
    0xAF42,  # off: nop         [15]
    0x0F46,  # jmp x--, off     [15]
])
# At 2000 Hz each half period takes 1 + 6 + 31 * 32 = 999 cycles: about half a second.

sm = rp2pio.StateMachine(
    program,
    frequency=2000,
    first_set_pin=board.LED,
    set_pin_count=1,
    initial_set_pin_direction=1,  # the LED pin is an output
)
print("PIO state machine is blinking the LED at", sm.frequency, "Hz")

seconds = 0
while True:  # the CPU's own work
    time.sleep(1)
    seconds += 1
    print("CPU still free after", seconds, "s")
