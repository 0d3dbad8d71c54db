# PIO blink: a PIO state machine blinks the on-board LED (GP25) once a second, with no help
# from the CPU, which is free to do other work meanwhile.
# Shows: rp2.asm_pio (a PIO program written in Python) and rp2.StateMachine.
import rp2
from machine import Pin
import time


@rp2.asm_pio(set_init=rp2.PIO.OUT_LOW)
def blink_1hz():
    # At 2000 Hz each half period takes 1 + 6 + 31 * 32 = 999 cycles: about half a second.
    set(pins, 1)
    set(x, 30)          [5]
    label("on")
    nop()               [15]
    jmp(x_dec, "on")    [15]
    set(pins, 0)
    set(x, 30)          [5]
    label("off")
    nop()               [15]
    jmp(x_dec, "off")   [15]


sm = rp2.StateMachine(0, blink_1hz, freq=2000, set_base=Pin(25))
sm.active(1)
print("PIO state machine 0 is blinking the LED")

seconds = 0
while True:  # the CPU's own work
    time.sleep(1)
    seconds += 1
    print("CPU still free after", seconds, "s")
