# A short driver for SSD1306 OLED displays on I2C, built on MicroPython's framebuf.
# It has the same API as micropython-lib's ssd1306 module (SSD1306_I2C), so either works.
import framebuf


class SSD1306_I2C(framebuf.FrameBuffer):
    def __init__(self, width, height, i2c, addr=0x3C, external_vcc=False):
        self.width = width
        self.height = height
        self.i2c = i2c
        self.addr = addr
        self.pages = height // 8
        # One byte is a column of 8 pixels, the layout the display uses (MONO_VLSB).
        self.buffer = bytearray(self.pages * width)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)
        self.init_display()

    def write_cmd(self, cmd):
        self.i2c.writeto(self.addr, bytes((0x80, cmd)))  # 0x80: "a command byte follows"

    def init_display(self):
        for cmd in (
            0xAE,  # display off while setting up
            0x20, 0x00,  # horizontal addressing: the buffer fills the screen page by page
            0x40,  # start at line 0
            0xA1, 0xC8,  # flip both ways, so (0, 0) is the top-left corner
            0xA8, self.height - 1,  # multiplex ratio: the number of rows
            0xD3, 0x00,  # no vertical offset
            0xDA, 0x12 if self.height == 64 else 0x02,  # COM pins layout
            0xD5, 0x80,  # clock
            0xD9, 0xF1,  # pre-charge
            0xDB, 0x30,  # VCOMH level
            0x81, 0xFF,  # contrast
            0xA4,  # show the RAM
            0xA6,  # not inverted
            0x8D, 0x14,  # charge pump on (internal VCC)
            0xAF,  # display on
        ):
            self.write_cmd(cmd)
        self.fill(0)
        self.show()

    def show(self):
        for cmd in (0x21, 0, self.width - 1, 0x22, 0, self.pages - 1):  # the whole screen
            self.write_cmd(cmd)
        self.i2c.writevto(self.addr, (b"\x40", self.buffer))  # 0x40: "display data follows"
