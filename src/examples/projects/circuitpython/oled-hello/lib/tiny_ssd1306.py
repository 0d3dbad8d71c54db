# A short driver for 128x64 SSD1306 OLED displays on I2C, written for this example: pixels,
# lines, rectangles, circles and a 5x7 font for a few letters. (For full-featured drawing, the
# Adafruit bundle has adafruit_ssd1306 and adafruit_displayio_ssd1306.)

# 5 columns per glyph, bit 0 at the top: just the letters this example draws.
FONT = {
    "h": (0x7F, 0x08, 0x04, 0x04, 0x78),
    "e": (0x38, 0x54, 0x54, 0x54, 0x18),
    "l": (0x00, 0x41, 0x7F, 0x40, 0x00),
    "o": (0x38, 0x44, 0x44, 0x44, 0x38),
    " ": (0x00, 0x00, 0x00, 0x00, 0x00),
}


class SSD1306_I2C:
    def __init__(self, width, height, i2c, addr=0x3C):
        self.width = width
        self.height = height
        self.i2c = i2c
        self.addr = addr
        self.pages = height // 8
        # One byte is a column of 8 pixels, the layout the display uses.
        self.buffer = bytearray(self.pages * width)
        self._send(0x00, bytes((
            0xAE,  # display off while setting up
            0x20, 0x00,  # horizontal addressing: the buffer fills the screen page by page
            0xA1, 0xC8,  # flip both ways, so (0, 0) is the top-left corner
            0xA8, height - 1,  # the number of rows
            0xDA, 0x12 if height == 64 else 0x02,  # COM pins layout
            0x81, 0xFF,  # contrast
            0x8D, 0x14,  # charge pump on (internal VCC)
            0xAF,  # display on
        )))

    def _send(self, control, data):
        # busio.I2C must be locked before use: other code may share the bus.
        while not self.i2c.try_lock():
            pass
        try:
            self.i2c.writeto(self.addr, bytes((control,)) + data)  # 0x00: commands, 0x40: pixels
        finally:
            self.i2c.unlock()

    def fill(self, color):
        value = 0xFF if color else 0
        for i in range(len(self.buffer)):
            self.buffer[i] = value

    def pixel(self, x, y, color=1):
        if 0 <= x < self.width and 0 <= y < self.height:
            if color:
                self.buffer[(y // 8) * self.width + x] |= 1 << (y % 8)
            else:
                self.buffer[(y // 8) * self.width + x] &= ~(1 << (y % 8))

    def line(self, x0, y0, x1, y1, color=1):
        # Bresenham's line algorithm: whole-pixel steps, no floating point.
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.pixel(x0, y0, color)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def rect(self, x, y, w, h, color=1, fill=False):
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                if fill or yy in (y, y + h - 1) or xx in (x, x + w - 1):
                    self.pixel(xx, yy, color)

    def circle(self, cx, cy, r, color=1):
        # Midpoint circle: plot the eight symmetric points of each step.
        x, y, err = r, 0, 1 - r
        while x >= y:
            for px, py in ((x, y), (y, x), (-y, x), (-x, y), (-x, -y), (-y, -x), (y, -x), (x, -y)):
                self.pixel(cx + px, cy + py, color)
            y += 1
            if err < 0:
                err += 2 * y + 1
            else:
                x -= 1
                err += 2 * (y - x) + 1

    def text(self, string, x, y, color=1):
        for ch in string:
            for col, bits in enumerate(FONT.get(ch, FONT[" "])):
                for row in range(7):
                    if bits >> row & 1:
                        self.pixel(x + col, y + row, color)
            x += 6

    def show(self):
        self._send(0x00, bytes((0x21, 0, self.width - 1, 0x22, 0, self.pages - 1)))  # the whole screen
        self._send(0x40, self.buffer)
