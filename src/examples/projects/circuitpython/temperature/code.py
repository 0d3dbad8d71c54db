# Internal temperature: the RP2040's own sensor, read every two seconds.
# Shows: microcontroller.cpu.temperature, which reads the chip's sensor and converts it to
# degrees Celsius for you.
import microcontroller
import time

while True:
    celsius = microcontroller.cpu.temperature
    print("Chip temperature: {:.1f} C".format(celsius))
    time.sleep(2)
