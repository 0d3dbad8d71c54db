// A rotary encoder module (KY-040 style): A and B pulled up on the module and shorted to GND in quadrature as the
// knob turns (one detent = four transitions, A leading when turned clockwise), and an optional push switch.
import type { PadDriver } from "../gpio";
import { BasePart, type Control, type PartContext, type ResolvedConfig } from "./part";

export const ENCODER_CONTROLS: readonly Control[] = [
  { name: "position", label: "Detents turned", type: "number", step: 1, default: 0 },
  { name: "pressed", label: "Pressed", type: "boolean", default: false },
];

/** The (A, B) levels through one clockwise detent, starting from rest (both high). */
const CW_SEQUENCE: [0 | 1, 0 | 1][] = [[0, 1], [0, 0], [1, 0], [1, 1]];
/** Counter-clockwise: B leads. */
const CCW_SEQUENCE: [0 | 1, 0 | 1][] = [[1, 0], [0, 0], [0, 1], [1, 1]];
/** Time between the transitions of a detent (a brisk turn). */
const STEP_US = 1000;

export class RotaryEncoderPart extends BasePart {
  private readonly a: PadDriver;
  private readonly b: PadDriver;
  private readonly button: PadDriver | null;
  /** Detents turned so far (what the transitions already scheduled will reach). */
  private target = 0;
  private busyUntil = 0;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, ENCODER_CONTROLS, notify);
    for (const role of ["a", "b"]) this.onRemove(ctx.gpio.addExternalPull(this.pin(role), 1));
    this.a = ctx.gpio.addDriver(this.pin("a"));
    this.b = ctx.gpio.addDriver(this.pin("b"));
    this.button = cfg.pins.button === undefined ? null : ctx.gpio.addDriver(cfg.pins.button);
    if (cfg.pins.button !== undefined) this.onRemove(ctx.gpio.addExternalPull(cfg.pins.button, 1));
    this.onRemove(() => [this.a, this.b, this.button].forEach((d) => d?.remove()));
    this.target = this.num("position");
    this.press(this.values.pressed === true);
  }

  /** Turns the knob by `detents` (negative: counter-clockwise). */
  turn(detents: number): void {
    this.set("position", this.num("position") + detents);
  }

  state(): Record<string, unknown> {
    return { position: this.num("position"), pressed: this.values.pressed === true };
  }

  protected override controlChanged(name: string): void {
    if (name === "pressed") this.press(this.values.pressed === true);
    if (name === "position") this.schedule(Math.round(this.num("position")) - this.target);
  }

  private press(down: boolean): void {
    this.button?.set(down ? 0 : null);
  }

  /** Queues the transitions of `detents` detents on the virtual clock, after any still under way. */
  private schedule(detents: number): void {
    const clock = this.ctx.clock;
    let at = Math.max(clock.nowUs, this.busyUntil);
    const steps = detents > 0 ? CW_SEQUENCE : CCW_SEQUENCE;
    for (let i = 0; i < Math.abs(detents); i++) {
      for (const [a, b] of steps) {
        at += STEP_US;
        clock.at(at, () => {
          this.a.set(a === 0 ? 0 : null);
          this.b.set(b === 0 ? 0 : null);
        });
      }
    }
    this.target += detents;
    this.busyUntil = at;
  }
}
