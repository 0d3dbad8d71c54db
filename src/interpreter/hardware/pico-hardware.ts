// The typed hardware interface the interpreter's hardware modules use; the simulator (src/simulator) implements it.
// Names follow the RP2040 datasheet (FUNCSEL, SIO OE/OUT, PADS PUE/PDE, PWM DIV/TOP/CC, ADC channels).
import type { PicoNeopixel, PicoPioBlock } from "./pico-pio";

export type { PicoNeopixel, PicoPioBlock, NeopixelStripView, PioSmRegister } from "./pico-pio";

export type Level = 0 | 1;

/** IO_BANK0 GPIOx_CTRL.FUNCSEL values (datasheet 2.19.2). */
export const FUNCSEL = {
  SPI: 1,
  UART: 2,
  I2C: 3,
  PWM: 4,
  SIO: 5,
  PIO0: 6,
  PIO1: 7,
  GPCK: 8,
  USB: 9,
  NULL: 31,
} as const;

export const NUM_BANK0_GPIOS = 30;
export const NUM_PWM_SLICES = 8;
/** ADC input 4 is the on-chip temperature sensor; inputs 0..3 are GP26..GP29. */
export const ADC_TEMPERATURE_CHANNEL = 4;
export const ADC_BASE_PIN = 26;

/** The pads and SIO: what machine.Pin / digitalio drive and read. */
export interface PicoGpio {
  setFunction(pin: number, funcsel: number): void;
  getFunction(pin: number): number;
  /** PADS_BANK0 PUE / PDE. */
  setPulls(pin: number, up: boolean, down: boolean): void;
  getPulls(pin: number): { up: boolean; down: boolean };
  /** SIO GPIO_OE. */
  setOutputEnable(pin: number, enabled: boolean): void;
  isOutputEnabled(pin: number): boolean;
  /** SIO GPIO_OUT. */
  setOutput(pin: number, level: Level): void;
  getOutput(pin: number): Level;
  /** SIO GPIO_IN: the level on the pad. */
  read(pin: number): Level;
  /** Calls `listener` on every edge of the pad level; returns the unsubscribe function. */
  onEdge(pin: number, listener: (level: Level) => void): () => void;
}

/** The PWM slices: CSR / DIV / TOP / CC registers. */
export interface PicoPwm {
  /** DIV as a 8.4 fixed-point number times 16 (16 = divide by 1); the register keeps 12 bits. */
  setDiv16(slice: number, div16: number): void;
  getDiv16(slice: number): number;
  /** TOP (16 bits). */
  setTop(slice: number, top: number): void;
  getTop(slice: number): number;
  /** CC.A (channel 0) / CC.B (channel 1), 16 bits. */
  setCompare(slice: number, channel: 0 | 1, level: number): void;
  getCompare(slice: number, channel: 0 | 1): number;
  /** CSR.EN. */
  setEnabled(slice: number, enabled: boolean): void;
  isEnabled(slice: number): boolean;
  /** CSR.A_INV / CSR.B_INV. */
  setInvert(slice: number, channel: 0 | 1, invert: boolean): void;
  /** CSR.DIVMODE: 0 free-running; 1..3 the B pin is an input that gates (1) or clocks (2 rising, 3 falling) the counter. */
  setDivMode(slice: number, divMode: number): void;
}

export interface PicoAdc {
  /** One 12-bit conversion of input 0..4. */
  read12(channel: number): number;
}

export interface PicoClocks {
  /** clk_sys in Hz. */
  getSysHz(): number;
  /** Reprograms PLL_SYS for `hz` (the caller has checked that the PLL can make it). */
  setSysHz(hz: number): void;
  /** clk_peri in Hz (48 MHz from PLL_USB on MicroPython's rp2 port). */
  getPeriHz(): number;
}

/** A pending alarm on the board's microsecond timer. */
export interface PicoAlarm {
  cancel(): void;
}

/** TIMER: the 64-bit microsecond counter and its alarms (callbacks run on the board's clock). */
export interface PicoTimer {
  nowUs(): number;
  /** Runs `callback` when the counter reaches `atUs`. */
  alarmAt(atUs: number, callback: () => void): PicoAlarm;
}

export interface PicoWatchdog {
  /** Starts (or restarts) the watchdog: the board resets `timeoutMs` after the last feed. */
  enable(timeoutMs: number): void;
  feed(): void;
  /** Clears CTRL.ENABLE (CircuitPython's WatchDogTimer.mode = None). */
  disable(): void;
}

export type ResetKind = "hard" | "soft" | "bootloader";
export type ResetCause = "power-on" | "watchdog";

export interface PicoSystem {
  /** The flash chip's 64-bit unique id. */
  uniqueId(): Uint8Array;
  /** The BOOTSEL button (read through the QSPI chip-select pad). */
  bootselPressed(): boolean;
  /** Asks the board to reset; the current program stops once the request is seen. */
  requestReset(kind: ResetKind): void;
  /** Why the board last came out of reset. */
  resetCause(): ResetCause;
}

/**
 * The I2C wires: bus events on the pads SDA/SCL, whichever controller drives them (I2C0/I2C1, or a bit-banged
 * one). A pair of pads with no part wired to it answers nothing.
 */
export interface PicoI2c {
  /** START (or repeated START) and the address byte; true when a device acknowledged the address. */
  start(sda: number, scl: number, address: number, read: boolean): boolean;
  /** One data byte written; true when the device acknowledged it. */
  write(sda: number, scl: number, byte: number): boolean;
  /** One data byte read (`ack` false on the last one); 0xFF when nobody drives SDA. */
  read(sda: number, scl: number, ack: boolean): number;
  stop(sda: number, scl: number): void;
}

/** The SPI wires: devices on a clock pad, selected by their chip-select pads. */
export interface PicoSpi {
  /** Clocks `out` out on MOSI and returns the bytes on MISO (null pins are not connected). */
  transfer(sck: number, mosi: number | null, miso: number | null, out: Uint8Array): Uint8Array;
}

/** The serial lines: what a UART sends on its TX pad and receives on its RX pad. */
export interface PicoUart {
  /** Sends bytes on the TX pad at `baud` (10 bits a byte, after what is queued); returns when the last one ends (µs). */
  send(tx: number, bytes: Uint8Array, baud: number): number;
  /** Calls `listener` for each byte arriving on the RX pad; returns the unsubscribe function. */
  onReceive(rx: number, listener: (byte: number, baud: number) => void): () => void;
}

/** What the computer on the USB port sees: HID reports and MIDI the program sends, MIDI coming back. */
export interface PicoUsb {
  /** A HID report sent by the device `device` ("keyboard", "mouse", "consumer_control", "gamepad"...). */
  hidReport(device: string, reportId: number, report: Uint8Array): void;
  /** Bytes the program wrote to the USB MIDI out port. */
  midiOut(bytes: Uint8Array): void;
  /** Takes up to `max` bytes waiting on the USB MIDI in port (sent from the computer). */
  midiIn(max: number): Uint8Array;
  /** Bytes the program wrote to the second USB serial port (usb_cdc.data). */
  cdcDataOut(bytes: Uint8Array): void;
  /** Takes up to `max` bytes the computer sent on usb_cdc.data. */
  cdcDataIn(max: number): Uint8Array;
}

/** Board state that survives resets: the RTC's setting and CircuitPython's non-volatile memory. */
export interface PicoPersistent {
  /** The RTC's offset from the host's wall clock in ms (0 until a program sets the RTC). */
  rtcOffsetMs: number;
  /** microcontroller.nvm: 4 KiB of flash kept across resets. */
  readonly nvm: Uint8Array;
}

/** The whole board as the interpreter sees it (`Host.hardware`). */
export interface PicoHardware {
  readonly gpio: PicoGpio;
  readonly pwm: PicoPwm;
  readonly adc: PicoAdc;
  readonly clocks: PicoClocks;
  readonly timer: PicoTimer;
  readonly watchdog: PicoWatchdog;
  readonly system: PicoSystem;
  /** PIO0 and PIO1. */
  readonly pio: readonly PicoPioBlock[];
  /** WS2812 strips on the pads, and machine.bitstream. */
  readonly neopixel: PicoNeopixel;
  readonly i2c: PicoI2c;
  readonly spi: PicoSpi;
  readonly uart: PicoUart;
  readonly usb: PicoUsb;
  readonly persistent: PicoPersistent;
}

/** Which PWM slice and channel drive a GPIO (datasheet 4.5.2). */
export function pwmSliceOfPin(pin: number): { slice: number; channel: 0 | 1 } {
  return { slice: (pin >> 1) & 7, channel: (pin & 1) as 0 | 1 };
}
