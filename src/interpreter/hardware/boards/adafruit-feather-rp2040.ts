// Adafruit Feather RP2040 (CircuitPython adafruit_feather_rp2040, MicroPython ADAFRUIT_FEATHER_RP2040).
import type { BoardDefinition } from "./board-definition";

export const ADAFRUIT_FEATHER_RP2040: BoardDefinition = {
  id: "adafruit_feather_rp2040",
  name: "Adafruit Feather RP2040",
  shortName: "Feather RP2040",
  pins: [
    ["A0", 26], ["A1", 27], ["A2", 28], ["A3", 29],
    ["D24", 24], ["D25", 25],
    ["SCK", 18], ["MOSI", 19], ["MISO", 20],
    ["D0", 1], ["RX", 1], ["D1", 0], ["TX", 0],
    ["D4", 6],
    ["SDA", 2], ["SCL", 3],
    ["D5", 7], ["D6", 8], ["D9", 9], ["D10", 10], ["D11", 11], ["D12", 12],
    ["LED", 13], ["D13", 13],
    ["BUTTON", 4], ["BOOT", 4],
    ["NEOPIXEL", 16],
  ],
  // The STEMMA QT connector is board.I2C()'s bus (I2C1); SPI0 on the SCK/MO/MI pins; UART0 on TX/RX.
  i2c: { scl: 3, sda: 2 },
  stemmaI2c: { scl: 3, sda: 2 },
  spi: { clock: 18, mosi: 19, miso: 20 },
  uart: { tx: 0, rx: 1 },
  micropython: { build: "ADAFRUIT_FEATHER_RP2040", pins: [["LED", 13]] },
};
