# OLED hello: "hello" and a little drawing on a 128x64 SSD1306 display at I2C address 0x3C.
# Shows: machine.I2C on GP4 (SDA) and GP5 (SCL), and drawing with framebuf (text, lines,
# rectangles, ellipses). The driver is lib/ssd1306.py, a short one written for this example.
from machine import I2C, Pin
from ssd1306 import SSD1306_I2C
import time

i2c = I2C(0, sda=Pin(4), scl=Pin(5), freq=400_000)
print("I2C devices found:", [hex(address) for address in i2c.scan()])

oled = SSD1306_I2C(128, 64, i2c)
oled.fill(0)
oled.rect(0, 0, 128, 64, 1)  # a frame around the screen
oled.text("hello", 44, 6, 1)
oled.ellipse(64, 38, 16, 16, 1)  # a smiling face
oled.fill_rect(57, 31, 3, 3, 1)
oled.fill_rect(69, 31, 3, 3, 1)
oled.line(56, 42, 64, 47, 1)
oled.line(64, 47, 72, 42, 1)
oled.show()
print("Drew hello on the OLED")

# A dot runs along the bottom, to show the screen updating.
x = 2
while True:
    oled.fill_rect(2, 58, 124, 4, 0)
    oled.fill_rect(x, 58, 4, 4, 1)
    oled.show()
    x = 2 if x >= 120 else x + 4
    time.sleep_ms(50)
