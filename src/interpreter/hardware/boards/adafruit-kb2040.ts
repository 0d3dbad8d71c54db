// Adafruit KB2040 (CircuitPython adafruit_kb2040; MicroPython has no build for it): a Pro Micro-shaped board with
// D0-D13, a STEMMA QT connector on D12/D13 and a boot button usable as BUTTON on D11.
import type { BoardDefinition } from "./board-definition";

export const ADAFRUIT_KB2040: BoardDefinition = {
  id: "adafruit_kb2040",
  name: "Adafruit KB2040",
  shortName: "KB2040",
  pins: [
    ["A0", 26], ["A1", 27], ["A2", 28], ["A3", 29],
    ["CLK", 18], ["SCK", 18], ["MOSI", 19], ["MISO", 20],
    ["TX", 0], ["D0", 0], ["RX", 1], ["D1", 1],
    ["D2", 2], ["D3", 3], ["D4", 4], ["D5", 5], ["D6", 6], ["D7", 7], ["D8", 8], ["D9", 9], ["D10", 10],
    ["BUTTON", 11], ["D11", 11],
    ["SDA", 12], ["D12", 12],
    ["SCL", 13], ["D13", 13],
    ["NEOPIXEL", 17],
  ],
  i2c: { scl: 13, sda: 12 },
  stemmaI2c: { scl: 13, sda: 12 },
  spi: { clock: 18, mosi: 19, miso: 20 },
  uart: { tx: 0, rx: 1 },
};
