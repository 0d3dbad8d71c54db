// Sends the wired parts' live states to the page: every part (id, kind, config) with the state of those that
// changed since the last message, NeoPixel strips the code drives on pads no strip part is wired to, and the USB
// summary. At most one message per ~33 ms, except right before a visible wait (so a blink shows every state).
import type { Rp2040 } from "../simulator/rp2040";
import type { PartSnapshot, UsbSummary } from "./worker-protocol";
import { UsbSummaryBuilder } from "./usb-summary";

export interface PartsMessage {
  parts: PartSnapshot[];
  /** Omitted when it has not changed since the previous message (and before any USB traffic). */
  usb?: UsbSummary;
}

export interface PartsPublisherOptions {
  now?: () => number;
  /** Least time between two messages while the program runs (ms). */
  intervalMs?: number;
}

const STRIP_KINDS = new Set(["neopixel-strip", "neopixel-ring"]);
/** Pixels a detected strip shows at most (a long run of garbage on a fast-toggled pin is not a strip worth drawing). */
const DETECTED_MAX_PIXELS = 1024;
const lit = (colors: readonly (readonly number[])[]) => colors.some((c) => c.some((v) => v !== 0));
/** The id of a strip found on a pad with no strip part: shown, not saved. */
export const detectedStripId = (pin: number) => `detected-strip-GP${pin}`;

export class PartsPublisher {
  private readonly dirty = new Set<string>();
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly usb: UsbSummaryBuilder;
  private publishedIds = "";
  private usbVersion = 0;
  private readonly stripVersions = new Map<number, number>();
  private lastPostMs = -Infinity;
  private lastCheckMs = -Infinity;
  /** Pads whose decoded strip has shown a colour: from then on it is drawn, dark or not. */
  private readonly detectedPins = new Set<number>();
  private readonly unsubscribe: () => void;

  constructor(private readonly chip: Rp2040, private readonly post: (message: PartsMessage) => void, options: PartsPublisherOptions = {}) {
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 33;
    this.usb = new UsbSummaryBuilder(chip.usb);
    this.unsubscribe = chip.parts.onChange((part) => this.dirty.add(part.id));
  }

  /** Sends a message now with every part's state (after power-on wiring). */
  publishAll(): void {
    this.publishedIds = "";
    this.lastCheckMs = this.lastPostMs = this.now();
    this.send(true);
  }

  /** Called at each board sync; `waitMs` is how long the board is about to wait. */
  sync(waitMs = 0): void {
    const visible = waitMs >= 15;
    const wall = this.now();
    if (!visible && (wall - this.lastCheckMs < 8 || wall - this.lastPostMs < this.intervalMs)) return;
    this.lastCheckMs = wall;
    if (!this.pollSources() && this.dirty.size === 0) return;
    this.lastPostMs = wall;
    this.send(false);
  }

  close(): void {
    this.unsubscribe();
    this.usb.close();
  }

  /** USB traffic and pad strips have version counters rather than events: true when either moved. */
  private pollSources(): boolean {
    let changed = this.usb.version !== this.usbVersion;
    for (const strip of this.detectedStrips(new Set())) {
      if (this.stripVersions.get(strip.pin) === strip.version) continue;
      this.stripVersions.set(strip.pin, strip.version);
      this.dirty.add(detectedStripId(strip.pin));
      changed = true;
    }
    return changed;
  }

  /**
   * Strips the pads' decoders found, on pads without a strip part. A strip shows once it has had a colour: a pin
   * toggled fast by other code can decode as all-zero "pixels", which is not a strip to draw.
   */
  private detectedStrips(skip: ReadonlySet<number | undefined>) {
    return this.chip.neopixels.strips().filter((s) => {
      if (skip.has(s.pin)) return false;
      if (!this.detectedPins.has(s.pin) && lit(s.colors)) this.detectedPins.add(s.pin);
      return this.detectedPins.has(s.pin);
    });
  }

  private send(everything: boolean): void {
    const wired = this.chip.parts.list();
    const stripPins = new Set(wired.filter((p) => STRIP_KINDS.has(p.kind)).map((p) => p.config().pins?.data));
    const strips = this.detectedStrips(stripPins);
    const ids = [...wired.map((p) => p.id), ...strips.map((s) => detectedStripId(s.pin))].join("\n");
    // A part wired or removed since the last message: every state goes, so the page never lacks one.
    const all = everything || ids !== this.publishedIds;
    const wanted = (id: string) => all || this.dirty.has(id);
    const parts: PartSnapshot[] = wired.map((p) => ({ id: p.id, kind: p.kind, config: p.config(), ...(wanted(p.id) ? { state: p.state() } : {}) }));
    for (const strip of strips) {
      const id = detectedStripId(strip.pin);
      const colors = strip.colors.slice(0, DETECTED_MAX_PIXELS).map((c) => [...c]);
      const count = colors.length;
      const config = { kind: "neopixel-strip", id, pins: { data: strip.pin }, options: { count } };
      const state = { count, colors, version: strip.version };
      parts.push({ id, kind: "neopixel-strip", detected: true, config, ...(wanted(id) ? { state } : {}) });
    }
    this.dirty.clear();
    this.publishedIds = ids;
    const usb = all || this.usb.version !== this.usbVersion ? this.usb.current() : null;
    this.usbVersion = this.usb.version;
    this.post(usb ? { parts, usb } : { parts });
  }
}
