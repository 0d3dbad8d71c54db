// The simulated RP2040 chip: clock, GPIO, PWM, ADC, watchdog and board-level state wired together (one per board session).
import { VirtualClock } from "./clock";
import { GpioBank } from "./gpio";
import { PwmBlock } from "./pwm";
import { Adc } from "./adc";
import { Watchdog } from "./watchdog";
import { BoardSystem } from "./system";
import { EdgeClock } from "./edge-clock";
import { PioBlock } from "./pio/pio-block";
import { NeopixelBank } from "./parts/neopixels";
import { I2cWiring } from "./buses/i2c-bus";
import { SpiWiring } from "./buses/spi-bus";
import { SerialWires } from "./buses/serial-wires";
import { UsbHostPort } from "./usb";
import { PartRegistry } from "./parts/registry";
import { PART_KINDS } from "./parts/kinds";

/** CircuitPython's microcontroller.nvm size on the RP2040 (CIRCUITPY_INTERNAL_NVM_SIZE). */
export const NVM_SIZE = 4096;

export const DEFAULT_SYS_CLOCK_HZ = 125_000_000;
/** clk_peri runs from PLL_USB at 48 MHz on MicroPython's rp2 port. */
export const DEFAULT_PERI_CLOCK_HZ = 48_000_000;
export const LED_PIN = 25;

export class Rp2040 {
  readonly clock = new VirtualClock();
  readonly gpio = new GpioBank();
  sysClockHz = DEFAULT_SYS_CLOCK_HZ;
  periClockHz = DEFAULT_PERI_CLOCK_HZ;
  readonly pwm = new PwmBlock(this.gpio, () => this.sysClockHz);
  readonly adc = new Adc();
  readonly system = new BoardSystem();
  readonly watchdog = new Watchdog(this.clock, () => {
    this.system.resetCause = "watchdog";
    this.system.requestReset("watchdog");
  });
  /** The wires between the chip and its parts: I2C buses by pin pair, SPI devices, serial lines. */
  readonly i2c = new I2cWiring();
  readonly spi = new SpiWiring(this.gpio);
  readonly serial = new SerialWires(this.clock);
  /** The computer on the USB port (HID and MIDI the program sends). */
  readonly usb = new UsbHostPort(() => this.clock.nowUs);
  /** What survives resets: the RTC setting and the erased-flash contents of microcontroller.nvm. */
  readonly persistent = { rtcOffsetMs: 0, nvm: new Uint8Array(NVM_SIZE).fill(0xff) };
  /** Sub-µs stamps for pad edges made by PIO programs and bit-banged streams. */
  readonly edgeClock = new EdgeClock(this.clock);
  readonly pio: readonly [PioBlock, PioBlock] = [this.pioBlock(0), this.pioBlock(1)];
  /** WS2812 strips on any pad (decoded from the pad's waveform). */
  readonly neopixels = new NeopixelBank(this.gpio, this.clock, this.edgeClock);
  /** The parts wired to the board (displays, sensors, switches...); declared last, as they use the rest. */
  readonly parts = new PartRegistry(
    {
      gpio: this.gpio, clock: this.clock, adc: this.adc, pwm: this.pwm, i2c: this.i2c, spi: this.spi,
      serial: this.serial, sysClockHz: () => this.sysClockHz, neopixels: this.neopixels,
    },
    PART_KINDS,
  );

  private pioBlock(index: 0 | 1): PioBlock {
    return new PioBlock({ index, clock: this.clock, gpio: this.gpio, edgeClock: this.edgeClock, sysClockHz: () => this.sysClockHz });
  }
}
