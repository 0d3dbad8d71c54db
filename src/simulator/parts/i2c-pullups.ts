// Pull-up resistors on an I2C bus's SDA and SCL (what every breakout board carries): the lines read high when
// released, so busio.I2C finds its pull-ups and a scan runs, with nothing answering.
import { BasePart, type PartContext, type ResolvedConfig } from "./part";

export class I2cPullupsPart extends BasePart {
  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, [], notify);
    for (const role of ["sda", "scl"]) this.onRemove(ctx.gpio.addExternalPull(this.pin(role), 1));
  }

  state(): Record<string, unknown> {
    return {};
  }
}
