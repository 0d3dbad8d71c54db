// A generic I2C memory (24C02-style EEPROM or a device's register file): the first one or two bytes written set
// the address, then data is written or read with auto-increment. It stands in for devices a program talks to by
// address without a driver (register examples, i2c.writeto_mem/readfrom_mem snippets).
import { BasePart, type PartContext, type ResolvedConfig } from "./part";
import type { I2cTarget } from "../buses/i2c-bus";
import { joinI2cBus } from "./i2c-part";

class MemoryTarget implements I2cTarget {
  private pointer = 0;
  private addressBytesLeft = 0;

  constructor(readonly memory: Uint8Array, private readonly addressBytes: number, private readonly onWrite: () => void) {}

  start(read: boolean): boolean {
    if (!read) this.addressBytesLeft = this.addressBytes;
    return true;
  }

  write(byte: number): boolean {
    if (this.addressBytesLeft > 0) {
      // Address bytes come most significant first.
      this.pointer = this.addressBytesLeft === this.addressBytes ? byte : (this.pointer << 8) | byte;
      this.addressBytesLeft--;
      if (this.addressBytesLeft === 0) this.pointer %= this.memory.length;
      return true;
    }
    this.memory[this.pointer] = byte;
    this.pointer = (this.pointer + 1) % this.memory.length;
    this.onWrite();
    return true;
  }

  read(): number {
    const value = this.memory[this.pointer];
    this.pointer = (this.pointer + 1) % this.memory.length;
    return value;
  }

  stop(): void {
    this.addressBytesLeft = 0;
  }
}

export class I2cMemoryPart extends BasePart {
  readonly memory: Uint8Array;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, [], notify);
    const size = Math.max(1, Math.min(65536, Number(cfg.options.size ?? 256)));
    this.memory = new Uint8Array(size);
    const addressBytes = cfg.options.addressBytes === 2 ? 2 : 1;
    this.onRemove(joinI2cBus(ctx, cfg, new MemoryTarget(this.memory, addressBytes, () => this.changed())));
  }

  state(): Record<string, unknown> {
    // The first 64 bytes as hex: enough for a panel and for register examples.
    return { size: this.memory.length, hex: [...this.memory.subarray(0, 64)].map((b) => b.toString(16).padStart(2, "0")).join("") };
  }
}
