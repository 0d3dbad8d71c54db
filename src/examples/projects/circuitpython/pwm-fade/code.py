# PWM fade: the LED on GP15 slowly brightens and dims.
# Shows: pwmio.PWMOut. The pin switches on and off 1000 times a second; the share of each
# cycle it is on (duty_cycle, 0 to 65535) sets how bright the LED looks.
import board
import pwmio
import time

led = pwmio.PWMOut(board.GP15, frequency=1000, duty_cycle=0)
STEP = 1024

while True:
    print("Fading in")
    for duty in range(0, 65536, STEP):
        led.duty_cycle = duty
        time.sleep(0.015)
    print("Fading out")
    for duty in range(65535, -1, -STEP):
        led.duty_cycle = duty
        time.sleep(0.015)
