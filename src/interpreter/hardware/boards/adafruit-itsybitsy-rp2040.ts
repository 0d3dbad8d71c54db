// Adafruit ItsyBitsy RP2040 (CircuitPython adafruit_itsybitsy_rp2040, MicroPython ADAFRUIT_ITSYBITSY_RP2040).
import type { BoardDefinition } from "./board-definition";

export const ADAFRUIT_ITSYBITSY_RP2040: BoardDefinition = {
  id: "adafruit_itsybitsy_rp2040",
  name: "Adafruit ItsyBitsy RP2040",
  shortName: "ItsyBitsy RP2040",
  pins: [
    ["A0", 26], ["A1", 27], ["A2", 28], ["A3", 29],
    ["D24", 24], ["D25", 25],
    ["SCK", 18], ["MOSI", 19], ["MISO", 20],
    ["D0", 1], ["RX", 1], ["D1", 0], ["TX", 0],
    ["SDA", 2], ["SCL", 3],
    ["D2", 12], ["D3", 5], ["D4", 4], ["D5", 14], ["D7", 6], ["D9", 7], ["D10", 8], ["D11", 9], ["D12", 10],
    ["D13", 11], ["LED", 11],
    ["NEOPIXEL", 17], ["NEOPIXEL_POWER", 16],
    ["BUTTON", 13],
  ],
  // No STEMMA connector: board.I2C() only.
  i2c: { scl: 3, sda: 2 },
  spi: { clock: 18, mosi: 19, miso: 20 },
  uart: { tx: 0, rx: 1 },
  micropython: { build: "ADAFRUIT_ITSYBITSY_RP2040", pins: [["LED", 11]] },
};
