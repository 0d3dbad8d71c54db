// Adafruit QT Py RP2040 (CircuitPython adafruit_qtpy_rp2040, MicroPython ADAFRUIT_QTPY_RP2040): pads D0-D10, the
// analogue ones counting down from GPIO29, and a second I2C bus (SDA1/SCL1) on its STEMMA QT connector.
import type { BoardDefinition } from "./board-definition";

export const ADAFRUIT_QTPY_RP2040: BoardDefinition = {
  id: "adafruit_qtpy_rp2040",
  name: "Adafruit QT Py RP2040",
  shortName: "QT Py RP2040",
  pins: [
    ["A0", 29], ["D0", 29],
    ["A1", 28], ["D1", 28],
    ["A2", 27], ["D2", 27],
    ["A3", 26], ["D3", 26],
    ["SDA", 24], ["D4", 24],
    ["SCL", 25], ["D5", 25],
    ["TX", 20], ["D6", 20],
    ["RX", 5], ["D7", 5],
    ["SCK", 6], ["D8", 6],
    ["MISO", 4], ["D9", 4],
    ["MOSI", 3], ["D10", 3],
    ["NEOPIXEL", 12], ["NEOPIXEL_POWER", 11],
    ["BUTTON", 21],
    ["SDA1", 22], ["SCL1", 23],
  ],
  // CIRCUITPY_BOARD_I2C_PIN {{scl 25, sda 24}, {scl 23, sda 22}}: I2C() is the first, STEMMA_I2C() the second.
  i2c: { scl: 25, sda: 24 },
  stemmaI2c: { scl: 23, sda: 22 },
  spi: { clock: 6, mosi: 3, miso: 4 },
  uart: { tx: 20, rx: 5 },
  // MicroPython's build has no pins.csv for it: Pin.board is empty, pins go by number.
  micropython: { build: "ADAFRUIT_QTPY_RP2040", pins: [] },
};
