# Potentiometer to LED: turning the knob on GP26 sets the brightness of the LED on GP15.
# Shows: machine.ADC (read_u16 gives 0 to 65535 for 0 V to 3.3 V) feeding machine.PWM.
# In the simulator, drag the potentiometer's knob or use the arrow keys on it.
from machine import ADC, Pin, PWM
import time

knob = ADC(Pin(26))  # wiper to GP26 (ADC0), ends to 3V3 and GND
led = PWM(Pin(15), freq=1000)
shown = None  # the last percentage printed

while True:
    value = knob.read_u16()
    led.duty_u16(value)
    percent = value * 100 // 65535
    if shown is None or abs(percent - shown) >= 2:  # print only real changes, not ADC noise
        shown = percent
        print("Knob at", percent, "%")
    time.sleep_ms(50)
