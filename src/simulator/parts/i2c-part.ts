// Helpers for I2C parts: joining the bus on their SDA/SCL pins with a breakout's pull-up resistors, and the
// register-pointer protocol most sensors speak (the first byte written selects a register, then data auto-increments).
import type { I2cTarget } from "../buses/i2c-bus";
import type { PartContext, ResolvedConfig } from "./part";

/**
 * Puts `target` on the bus at the config's address. Breakout boards carry 10 kΩ pull-ups on SDA and SCL, so the
 * lines read high unless `options.pullups` is false (a bare chip). Returns the unwiring step.
 */
export function joinI2cBus(ctx: PartContext, cfg: ResolvedConfig, target: I2cTarget): () => void {
  const sda = cfg.pins.sda;
  const scl = cfg.pins.scl;
  const leave = ctx.i2c.bus(sda, scl).attach(cfg.address ?? 0, target);
  const undo = [leave];
  if (cfg.options.pullups !== false) {
    undo.push(ctx.gpio.addExternalPull(sda, 1), ctx.gpio.addExternalPull(scl, 1));
  }
  return () => undo.forEach((u) => u());
}

/** The register map of a typical I2C sensor: an 8-bit pointer that auto-increments on reads and writes. */
export abstract class RegisterTarget implements I2cTarget {
  protected pointer = 0;
  private pointerSet = false;

  start(read: boolean): boolean {
    if (!read) this.pointerSet = false;
    else this.beforeRead();
    return true;
  }

  write(byte: number): boolean {
    if (!this.pointerSet) {
      this.pointer = byte;
      this.pointerSet = true;
      return true;
    }
    this.writeRegister(this.pointer, byte);
    this.pointer = this.next(this.pointer);
    return true;
  }

  read(_ack: boolean): number {
    const value = this.readRegister(this.pointer);
    this.pointer = this.next(this.pointer);
    return value;
  }

  stop(): void {
    this.pointerSet = false;
  }

  /** A read transaction begins (a sensor latches its measurement registers here). */
  protected beforeRead(): void {}

  protected next(pointer: number): number {
    return (pointer + 1) & 0xff;
  }

  protected abstract readRegister(reg: number): number;
  protected abstract writeRegister(reg: number, value: number): void;
}
