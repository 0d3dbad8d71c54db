// A jumper wire between two GPIOs (a UART loopback from TX to RX, one pin driving another): serial data crosses in
// both directions, and a pin driven as an output by the chip drives the other end.
import { GpioFunction, type PadDriver } from "../gpio";
import { BasePart, type PartContext, type ResolvedConfig } from "./part";

export class JumperWirePart extends BasePart {
  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, [], notify);
    const a = this.pin("a");
    const b = this.pin("b");
    this.onRemove(ctx.serial.connect(a, b));
    this.onRemove(ctx.serial.connect(b, a));
    this.mirror(a, b);
    this.mirror(b, a);
  }

  state(): Record<string, unknown> {
    return { a: this.cfg.pins.a, b: this.cfg.pins.b };
  }

  /** While `from` is an SIO output, `to` sees its level. */
  private mirror(from: number, to: number): void {
    const gpio = this.ctx.gpio;
    const driver: PadDriver = gpio.addDriver(to);
    this.onRemove(() => driver.remove());
    const follow = () => driver.set(gpio.isOutputEnabled(from) && gpio.getFunction(from) === GpioFunction.SIO ? gpio.getOutput(from) : null);
    this.onRemove(gpio.onChange(from, follow));
    follow();
  }
}
