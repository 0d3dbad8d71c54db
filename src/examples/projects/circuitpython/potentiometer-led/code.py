# Potentiometer to LED: turning the knob on GP26 sets the brightness of the LED on GP15.
# Shows: analogio.AnalogIn (value is 0 to 65535 for 0 V to 3.3 V) feeding pwmio.PWMOut.
# In the simulator, drag the potentiometer's knob or use the arrow keys on it.
import analogio
import board
import pwmio
import time

knob = analogio.AnalogIn(board.GP26)  # wiper to GP26 (A0), ends to 3V3 and GND
led = pwmio.PWMOut(board.GP15, frequency=1000)
shown = None  # the last percentage printed

while True:
    value = knob.value
    led.duty_cycle = value
    percent = value * 100 // 65535
    if shown is None or abs(percent - shown) >= 2:  # print only real changes, not ADC noise
        shown = percent
        print("Knob at", percent, "%")
    time.sleep(0.05)
