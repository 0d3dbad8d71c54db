// Python programs using the buses and the parts on a simulated board: machine I2C/SoftI2C/SPI/UART and
// CircuitPython busio/bitbangio/adafruit_bus_device, with the errors and output the firmwares give.
import { describe, expect, it } from "vitest";
import { runOnBoard } from "./probe-runner";
import type { SimulatedBoard } from "../../simulator/board";

const memoryAt = (address: number, sda = 4, scl = 5) => (board: SimulatedBoard) => {
  board.chip.parts.wire({ kind: "i2c-memory", pins: { sda, scl }, address });
};

const lines = (...l: string[]) => l.join("\n") + "\n";

describe("machine.I2C and SoftI2C", () => {
  it("scans, reads and writes memory, and fails a missing address with EIO (block) or ENODEV (soft)", () => {
    const out = runOnBoard(lines(
      "from machine import I2C, SoftI2C, Pin",
      "i2c = I2C(0)",
      "print(i2c.scan())",
      "i2c.writeto_mem(0x50, 0x10, b'\\x01\\x02')",
      "print(i2c.readfrom_mem(0x50, 0x10, 2), i2c.writeto(0x50, '\\x00'))",
      "try:\n    i2c.readfrom(0x51, 1)\nexcept OSError as e:\n    print(e)",
      "try:\n    i2c.start()\nexcept OSError as e:\n    print(e)",
      "s = SoftI2C(scl=Pin(5), sda=Pin(4))",
      "try:\n    s.readfrom(0x51, 1)\nexcept OSError as e:\n    print(e)",
      "print(s.writevto(0x50, [b'\\x20', b'', b'\\x07\\x08']), s.readfrom_mem(0x50, 0x20, 2))",
      "s.start(); print(s.write(bytes([0xa0, 0x30, 0x09]))); s.stop()",
      "buf = bytearray(1); s.readfrom_mem_into(0x50, 0x30, buf); print(buf)",
    ), "micropython", memoryAt(0x50));
    expect(out).toBe(lines(
      "[80]",
      "b'\\x01\\x02' 1",
      "[Errno 5] EIO",
      "I2C operation not supported",
      "[Errno 19] ENODEV",
      "3 b'\\x07\\x08'",
      "3",
      "bytearray(b'\\t')",
    ));
  });

  it("times out on a bare board's SoftI2C (SCL never rises) but scans empty with the block's own pull-ups", () => {
    const out = runOnBoard(lines(
      "from machine import I2C, SoftI2C, Pin",
      "print(I2C(1).scan())",
      "try:\n    SoftI2C(scl=Pin(3), sda=Pin(2)).writeto(0x50, b'x')\nexcept OSError as e:\n    print(e)",
    ), "micropython");
    expect(out).toBe(lines("[]", "[Errno 110] ETIMEDOUT"));
  });
});

describe("machine.SPI, SoftSPI and UART", () => {
  it("exchanges bytes with a selected SPI device and reads the idle MISO level otherwise", () => {
    const out = runOnBoard(lines(
      "from machine import SPI, SoftSPI, Pin",
      "cs = Pin(17, Pin.OUT, value=1)",
      "spi = SPI(0)",
      "print(spi.read(2, 0x55))",
      "cs(0)",
      "buf = bytearray(3)",
      "spi.write_readinto(b'\\x01\\x02\\x03', buf); print(buf)",
      "try:\n    spi.write_readinto(b'\\x01', buf)\nexcept ValueError as e:\n    print(e)",
      "soft = SoftSPI(baudrate=200000, sck=Pin(18), mosi=Pin(19), miso=Pin(16))",
      "print(soft, soft.read(1, 0x0f))",
    ), "micropython", (board) => {
      board.chip.spi.attach({ sck: 18, mosi: 19, miso: 16, cs: 17 }, { transfer: (b) => b + 0x10 });
    });
    expect(out).toBe(lines(
      "b'\\x00\\x00'",
      "bytearray(b'\\x11\\x12\\x13')",
      "buffers must be the same length",
      "SoftSPI(baudrate=166666, polarity=0, phase=0, sck=18, mosi=19, miso=16) b'\\x1f'",
    ));
  });

  it("sends UART bytes at the baud rate round a loopback wire, with the rp2 port's repr and timeouts", () => {
    const out = runOnBoard(lines(
      "from machine import UART, Pin",
      "import time",
      "u = UART(0, 9600)",
      "print(u)",
      "print(u.write('hi\\n'), u.any(), u.txdone())",
      "time.sleep_ms(5)",
      "print(u.any(), u.txdone(), u.readline(), u.read())",
      "try:\n    UART(0, tx=Pin(1))\nexcept ValueError as e:\n    print(e)",
    ), "micropython", (board) => board.chip.parts.wire({ kind: "wire", pins: { a: 0, b: 1 } }) && undefined);
    expect(out).toBe(lines(
      "UART(0, baudrate=9600, bits=8, parity=None, stop=1, tx=0, rx=1, txbuf=256, rxbuf=256, timeout=0, timeout_char=2, invert=None, irq=0)",
      "3 0 False",
      "3 True b'hi\\n' None",
      "bad TX pin",
    ));
  });

  it("reads a DHT22 with machine.dht_readinto (the dht driver's path) and keeps the RTC setting", () => {
    const out = runOnBoard(lines(
      "import machine",
      "buf = bytearray(5)",
      "machine.dht_readinto(machine.Pin(15), buf)",
      "print(((buf[0] << 8) | buf[1]) / 10, ((buf[2] << 8) | buf[3]) / 10, (sum(buf[:4]) & 255) == buf[4])",
      "try:\n    machine.dht_readinto(machine.Pin(14), buf)\nexcept OSError as e:\n    print(e)",
      "rtc = machine.RTC()",
      "rtc.datetime((2024, 2, 29, 0, 23, 59, 58, 0))",
      "print(rtc.datetime()[:3], rtc.datetime()[3])",
    ), "micropython", (board) => void board.chip.parts.wire({ kind: "dht22", pins: { data: 15 }, options: { temperature: 19.5, humidity: 55.5 } }));
    expect(out).toBe(lines("55.5 19.5 True", "[Errno 110] ETIMEDOUT", "(2024, 2, 29) 3"));
  });
});

describe("1-Wire", () => {
  it("finds two DS18B20s with the frozen ds18x20 driver and reads 85 °C until a conversion has finished", () => {
    const out = runOnBoard(lines(
      "import time, ds18x20, onewire, machine",
      "ds = ds18x20.DS18X20(onewire.OneWire(machine.Pin(12)))",
      "roms = ds.scan()",
      "print([bytes(r).hex() for r in roms])",
      "ds.convert_temp()",
      "print(ds.read_temp(roms[0]))",
      "time.sleep_ms(750)",
      "print([ds.read_temp(r) for r in roms])",
    ), "micropython", (board) => {
      board.chip.parts.wire({ kind: "ds18b20", pins: { data: 12 }, options: { temperature: -10.125 } });
      board.chip.parts.wire({ kind: "ds18b20", pins: { data: 12 }, options: { temperature: 36.6, serial: 1234567 } });
    });
    expect(out).toBe(lines("['2887d6120000008c', '28fecaad0b000015']", "85.0", "[36.5625, -10.125]"));
  });
});

describe("CircuitPython busio and bitbangio", () => {
  it("needs the lock, reports a missing device as ENODEV, slices buffers, and refuses a second object on a block", () => {
    const out = runOnBoard(lines(
      "import board, busio",
      "i2c = busio.I2C(board.GP5, board.GP4)",
      "try:\n    i2c.scan()\nexcept RuntimeError as e:\n    print(e)",
      "print(i2c.try_lock(), i2c.try_lock(), i2c.frequency)",
      "print([hex(a) for a in i2c.scan()], i2c.probe(0x50), i2c.probe(0x51))",
      "try:\n    i2c.writeto(0x51, b'x')\nexcept OSError as e:\n    print(e)",
      "i2c.writeto(0x50, b'\\x00abcd')",
      "buf = bytearray(4)",
      "i2c.writeto_then_readfrom(0x50, b'\\x01\\x02', buf, out_end=1, in_start=1)",
      "print(buf)",
      "try:\n    i2c.readfrom_into(0x50, buf, start=4)\nexcept ValueError as e:\n    print(e)",
      "try:\n    busio.I2C(board.GP1, board.GP0)\nexcept ValueError as e:\n    print(e)",
      "i2c.deinit()",
      "try:\n    i2c.try_lock()\nexcept ValueError as e:\n    print(e)",
    ), "circuitpython", memoryAt(0x50));
    expect(out).toBe(lines(
      "Function requires lock",
      "True False 100000",
      "['0x50'] True False",
      "[Errno 19] No such device",
      "bytearray(b'\\x00bcd')",
      "Buffer must be at least length 1",
      "I2C peripheral in use",
      "Object has been deinitialized and can no longer be used. Create a new object.",
    ));
  });

  it("probes with adafruit_bus_device (built in), and bit-bangs I2C on any pins", () => {
    const out = runOnBoard(lines(
      "import board, busio, bitbangio",
      "from adafruit_bus_device.i2c_device import I2CDevice",
      "i2c = board.STEMMA_I2C()",
      "try:\n    I2CDevice(i2c, 0x51)\nexcept ValueError as e:\n    print(e)",
      "dev = I2CDevice(i2c, 0x50)",
      "with dev:\n    dev.write(b'\\x05xyz')\n    buf = bytearray(2)\n    dev.write_then_readinto(b'\\x06', buf)\n    print(buf)",
      "bb = bitbangio.I2C(board.GP3, board.GP2)",
      "bb.try_lock(); print(bb.scan()); bb.unlock()",
      "try:\n    bitbangio.I2C(board.GP11, board.GP10)\nexcept Exception as e:\n    print(type(e).__name__, e)",
    ), "circuitpython", (board) => {
      memoryAt(0x50)(board);
      memoryAt(0x60, 2, 3)(board);
    });
    expect(out).toBe(lines(
      "No I2C device at address: 0x51",
      "bytearray(b'yz')",
      "[96]",
      "TimeoutError Clock stretch too long",
    ));
  });

  it("moves bytes over busio.SPI and busio.UART, with CircuitPython's checks", () => {
    const out = runOnBoard(lines(
      "import board, busio, time",
      "spi = busio.SPI(board.GP18, board.GP19, board.GP16)",
      "spi.try_lock()",
      "spi.configure(baudrate=1000000)",
      "buf = bytearray(2)",
      "spi.write_readinto(b'\\x01\\x02', buf); print(buf, spi.frequency)",
      "try:\n    spi.configure(polarity=2)\nexcept ValueError as e:\n    print(e)",
      "try:\n    busio.SPI(board.GP2, board.GP3)\nexcept ValueError as e:\n    print('ok', e)",
      "u = busio.UART(board.GP0, board.GP1, baudrate=115200, timeout=0.05)",
      "print(u.write(b'abc'), u.read(5), u.in_waiting)",
      "print(u.read(1))",
      "try:\n    busio.UART(board.GP12, board.GP13)\nexcept ValueError as e:\n    print(e)",
    ), "circuitpython", (board) => {
      board.chip.spi.attach({ sck: 18, mosi: 19, miso: 16 }, { transfer: (b) => b * 2 });
      board.chip.parts.wire({ kind: "wire", pins: { a: 0, b: 1 } });
    });
    expect(out).toBe(lines(
      "bytearray(b'\\x02\\x04') 992063",
      "polarity must be 0-1",
      "ok SPI peripheral in use",
      "3 b'abc' 0",
      "None",
      "UART peripheral in use",
    ));
  });
});
