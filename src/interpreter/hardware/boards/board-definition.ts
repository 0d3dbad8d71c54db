// What a board is to the firmware: its CircuitPython board id and name, the `board` module's pin names in pins.c
// order, the default buses behind board.I2C()/STEMMA_I2C()/SPI()/UART(), and MicroPython's names for it.

/** A `board` entry: the name and the GPIO it is (pins.c order; aliases are further entries for the same GPIO). */
export type BoardPin = readonly [name: string, gpio: number];

export interface I2cPins {
  scl: number;
  sda: number;
}
export interface SpiPins {
  clock: number;
  mosi: number;
  miso: number;
}
export interface UartPins {
  tx: number;
  rx: number;
}

export interface BoardDefinition {
  /** CircuitPython's board id (`board.board_id`, the folder under ports/raspberrypi/boards). */
  id: string;
  /** MICROPY_HW_BOARD_NAME: "Adafruit Feather RP2040" (os.uname().machine adds " with rp2040"). */
  name: string;
  /** How the app and messages call it: "Feather RP2040". */
  shortName: string;
  /** CircuitPython's `board` pins, in pins.c order (a pin prints as the first name that maps to it). */
  pins: readonly BoardPin[];
  /** board.I2C(), when pins.c has it. */
  i2c?: I2cPins;
  /** board.STEMMA_I2C(), when pins.c has it (often the same bus as board.I2C()). */
  stemmaI2c?: I2cPins;
  /** board.SPI(), when pins.c has it. */
  spi?: SpiPins;
  /** board.UART(), when pins.c has it. */
  uart?: UartPins;
  /** MicroPython's rp2 port build for the board, when there is one. */
  micropython?: {
    /** The board folder (sys.implementation._build): "ADAFRUIT_FEATHER_RP2040". */
    build: string;
    /** `Pin.board` names (pins.csv): header pins and LED. */
    pins: readonly BoardPin[];
    /** Pins the firmware prints by another name than GPIOn (the Pico W's LED: WL_GPIO0). */
    pinNames?: Readonly<Record<number, string>>;
  };
  /** A fact of the simulation the user should know (the Pico W's wireless chip has no pads of its own here). */
  note?: string;
}

/** `count` GPIOs named prefix+n from `first` (GP0..GP22). */
export function numberedPins(prefix: string, first: number, count: number): BoardPin[] {
  return Array.from({ length: count }, (_, i): BoardPin => [`${prefix}${first + i}`, first + i]);
}
