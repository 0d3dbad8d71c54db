// 1-Wire bit timing on a pad (the `_onewire` primitives): reset/presence, read and write slots, driven through
// the simulated open-drain pin so that what the program sees follows the wire's level.
import { moduleHost } from "../../modules/host-ref";
import type { PicoHardware } from "../pico-hardware";

/** Standard-speed slot timings in µs (Maxim AN126). */
const RESET_LOW_US = 480;
const PRESENCE_SAMPLE_US = 70;
const RESET_RECOVERY_US = 410;
const READ_LOW_US = 1;
const READ_SAMPLE_US = 9;
const SLOT_US = 60;

export class OneWireBus {
  constructor(private readonly hw: PicoHardware, readonly pin: number) {}

  private low(): void {
    this.hw.gpio.setOutput(this.pin, 0);
    this.hw.gpio.setOutputEnable(this.pin, true);
  }

  private release(): void {
    this.hw.gpio.setOutputEnable(this.pin, false);
  }

  private wait(us: number): void {
    moduleHost().sleepUs(us);
  }

  /** A reset pulse; true when a device answers with a presence pulse (pulls the line low). */
  reset(): boolean {
    this.low();
    this.wait(RESET_LOW_US);
    this.release();
    this.wait(PRESENCE_SAMPLE_US);
    const present = this.hw.gpio.read(this.pin) === 0;
    this.wait(RESET_RECOVERY_US);
    return present;
  }

  readBit(): number {
    this.low();
    this.wait(READ_LOW_US);
    this.release();
    this.wait(READ_SAMPLE_US);
    const bit = this.hw.gpio.read(this.pin);
    this.wait(SLOT_US - READ_LOW_US - READ_SAMPLE_US);
    return bit;
  }

  writeBit(bit: number): void {
    this.low();
    this.wait(bit ? READ_LOW_US : SLOT_US);
    this.release();
    this.wait(bit ? SLOT_US : READ_LOW_US);
  }

  readByte(): number {
    let value = 0;
    for (let i = 0; i < 8; i++) value |= this.readBit() << i;
    return value;
  }

  writeByte(value: number): void {
    for (let i = 0; i < 8; i++) this.writeBit((value >> i) & 1);
  }
}

/** The Dallas/Maxim CRC-8 (polynomial x^8 + x^5 + x^4 + 1, bit-reflected) used for ROM codes and scratchpads. */
export function crc8(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    let b = byte;
    for (let i = 0; i < 8; i++) {
      const mix = (crc ^ b) & 1;
      crc >>= 1;
      if (mix) crc ^= 0x8c;
      b >>= 1;
    }
  }
  return crc;
}
