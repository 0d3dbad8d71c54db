# PWM fade: the LED on GP15 slowly brightens and dims.
# Shows: machine.PWM. The pin switches on and off 1000 times a second; the share of each
# cycle it is on (the duty cycle, 0 to 65535) sets how bright the LED looks.
from machine import Pin, PWM
import time

led = PWM(Pin(15), freq=1000)
STEP = 1024

while True:
    print("Fading in")
    for duty in range(0, 65536, STEP):
        led.duty_u16(duty)
        time.sleep_ms(15)
    print("Fading out")
    for duty in range(65535, -1, -STEP):
        led.duty_u16(duty)
        time.sleep_ms(15)
