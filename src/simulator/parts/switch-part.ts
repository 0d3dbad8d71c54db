// Base for switch parts: one driver on the pin, set from the part's control whenever it changes.
import type { PadDriver } from "../gpio";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";

export abstract class SwitchPart extends BasePart {
  protected readonly driver: PadDriver;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void, controls: readonly Control[], role: string) {
    super(ctx, cfg, controls, notify);
    this.driver = ctx.gpio.addDriver(this.pin(role));
    this.onRemove(() => this.driver.remove());
    this.apply();
  }

  protected override controlChanged(): void {
    this.apply();
  }

  protected abstract apply(): void;
}
