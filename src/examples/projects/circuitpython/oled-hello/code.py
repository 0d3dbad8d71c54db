# OLED hello: "hello" and a little drawing on a 128x64 SSD1306 display at I2C address 0x3C.
# Shows: busio.I2C on GP5 (SCL) and GP4 (SDA), and drawing pixel by pixel. The driver is
# lib/tiny_ssd1306.py, a short one written for this example (no bundle library needed).
import board
import busio
import time
from tiny_ssd1306 import SSD1306_I2C

i2c = busio.I2C(board.GP5, board.GP4)  # SCL, SDA
while not i2c.try_lock():
    pass
print("I2C devices found:", [hex(address) for address in i2c.scan()])
i2c.unlock()

oled = SSD1306_I2C(128, 64, i2c)
oled.fill(0)
oled.rect(0, 0, 128, 64)  # a frame around the screen
oled.text("hello", 50, 6)
oled.circle(64, 38, 16)  # a smiling face
oled.rect(57, 31, 3, 3, fill=True)
oled.rect(69, 31, 3, 3, fill=True)
oled.line(56, 42, 64, 47)
oled.line(64, 47, 72, 42)
oled.show()
print("Drew hello on the OLED")

# A dot runs along the bottom, to show the screen updating.
x = 2
while True:
    oled.rect(2, 58, 124, 4, color=0, fill=True)
    oled.rect(x, 58, 4, 4, fill=True)
    oled.show()
    x = 2 if x >= 120 else x + 4
    time.sleep(0.05)
