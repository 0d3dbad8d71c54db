# NeoPixel rainbow: a rainbow runs along a strip of 8 NeoPixels (WS2812) on GP16.
# Shows: the built-in neopixel_write module (no library needed) and rainbowio.colorwheel.
# The strip takes 3 bytes per pixel, in green, red, blue order.
import board
import digitalio
import neopixel_write
import rainbowio
import time

COUNT = 8
BRIGHTNESS = 0.3  # NeoPixels at full power are dazzling, and draw a lot of current

pin = digitalio.DigitalInOut(board.GP16)
pin.direction = digitalio.Direction.OUTPUT
pixels = bytearray(COUNT * 3)


def set_pixel(i, color):
    """Stores a 0xRRGGBB colour for pixel i, dimmed, in the strip's GRB order."""
    r, g, b = (color >> 16) & 255, (color >> 8) & 255, color & 255
    pixels[i * 3] = int(g * BRIGHTNESS)
    pixels[i * 3 + 1] = int(r * BRIGHTNESS)
    pixels[i * 3 + 2] = int(b * BRIGHTNESS)


print("Rainbow on", COUNT, "NeoPixels on GP16")
offset = 0
while True:
    for i in range(COUNT):
        set_pixel(i, rainbowio.colorwheel(i * 256 // COUNT + offset))
    neopixel_write.neopixel_write(pin, pixels)
    offset = (offset + 4) & 255
    time.sleep(0.02)
