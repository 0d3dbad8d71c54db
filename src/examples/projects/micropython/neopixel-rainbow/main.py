# NeoPixel rainbow: a rainbow runs along a strip of 8 NeoPixels (WS2812) on GP16.
# Shows: the built-in neopixel module. Each pixel takes an (r, g, b) colour; write() sends
# them all down the strip's one data wire.
from machine import Pin
import neopixel
import time

COUNT = 8
BRIGHTNESS = 0.3  # NeoPixels at full power are dazzling, and draw a lot of current

strip = neopixel.NeoPixel(Pin(16), COUNT)


def wheel(pos):
    """A colour around the colour wheel: 0..255 goes red, green, blue and back to red."""
    pos = pos & 255
    if pos < 85:
        r, g, b = 255 - pos * 3, pos * 3, 0
    elif pos < 170:
        pos -= 85
        r, g, b = 0, 255 - pos * 3, pos * 3
    else:
        pos -= 170
        r, g, b = pos * 3, 0, 255 - pos * 3
    return (int(r * BRIGHTNESS), int(g * BRIGHTNESS), int(b * BRIGHTNESS))


print("Rainbow on", COUNT, "NeoPixels on GP16")
offset = 0
while True:
    for i in range(COUNT):
        strip[i] = wheel(i * 256 // COUNT + offset)
    strip.write()
    offset = (offset + 4) & 255
    time.sleep_ms(20)
