// Adafruit Metro RP2040 (CircuitPython adafruit_metro_rp2040; MicroPython has no build for it): the Arduino shape,
// D0-D13 in order, a switch swapping RX/TX on D0/D1, an SD card socket on SPI0 and STEMMA QT on GPIO16/17.
import type { BoardDefinition } from "./board-definition";

export const ADAFRUIT_METRO_RP2040: BoardDefinition = {
  id: "adafruit_metro_rp2040",
  name: "Adafruit Metro RP2040",
  shortName: "Metro RP2040",
  pins: [
    ["A0", 26], ["A1", 27], ["A2", 28], ["A3", 29],
    ["D24", 24], ["D25", 25],
    ["D0", 0], ["RX_D0_SWITCH_LEFT", 0], ["TX_D0_SWITCH_RIGHT", 0],
    ["D1", 1], ["TX_D1_SWITCH_LEFT", 1], ["RX_D1_SWITCH_RIGHT", 1],
    ["D2", 2], ["D3", 3], ["D4", 4], ["D5", 5], ["D6", 6], ["D7", 7], ["D8", 8], ["D9", 9], ["D10", 10], ["D11", 11], ["D12", 12],
    ["LED", 13], ["D13", 13],
    ["SDA", 16], ["SCL", 17],
    ["NEOPIXEL", 14],
    ["SD_CD", 15],
    ["SCK", 18], ["SDIO_CLOCK", 18],
    ["MOSI", 19], ["SDIO_COMMAND", 19],
    ["MISO", 20], ["SDIO_DATA0", 20],
    ["SDIO_DATA1", 21], ["SDIO_DATA2", 22],
    ["SD_CS", 23], ["SDIO_DATA3", 23],
  ],
  i2c: { scl: 17, sda: 16 },
  stemmaI2c: { scl: 17, sda: 16 },
  spi: { clock: 18, mosi: 19, miso: 20 },
  uart: { tx: 0, rx: 1 },
};
