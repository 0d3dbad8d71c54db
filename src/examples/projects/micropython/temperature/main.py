# Internal temperature: the RP2040's own sensor, read every two seconds.
# Shows: ADC channel 4, which is wired inside the chip to a temperature sensor, and the
# datasheet's formula: 27 C gives 0.706 V, and the voltage drops 1.721 mV per degree.
from machine import ADC
import time

sensor = ADC(4)
VOLTS_PER_COUNT = 3.3 / 65535

while True:
    volts = sensor.read_u16() * VOLTS_PER_COUNT
    celsius = 27 - (volts - 0.706) / 0.001721
    print("Chip temperature: {:.1f} C".format(celsius))
    time.sleep(2)
