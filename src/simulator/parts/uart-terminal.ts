// A serial terminal on a UART's pins (a USB-serial adapter to the computer): it shows what the Pico sends on its
// TX pin and types into its RX pin, at one baud rate.
import { BasePart, type ControlValue, type PartContext, type ResolvedConfig } from "./part";

/** How much received text the terminal keeps. */
const KEEP_CHARS = 16_384;

export class UartTerminalPart extends BasePart {
  private received = "";
  private readonly baud: number;
  /** Bytes that arrived at another baud rate (shown as garbage on a real terminal). */
  framingErrors = 0;

  constructor(ctx: PartContext, cfg: ResolvedConfig, notify: () => void) {
    super(ctx, cfg, [], notify);
    this.baud = Number(cfg.options.baud ?? 9600);
    // The terminal's RX listens to the Pico's TX pin.
    this.onRemove(ctx.serial.listen(this.pin("tx"), (byte, baud) => this.receive(byte, baud)));
  }

  /** Everything received so far (latin-1 decoded), up to the last KEEP_CHARS characters. */
  text(): string {
    return this.received;
  }

  /** `set("type", byte)` sends one byte (what the page's keys arrive as), `set("type", text)` a text; no other controls. */
  override set(name: string, value: ControlValue): void {
    if (name !== "type") return;
    if (typeof value === "string") this.type(value);
    else if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 0xff) this.sendBytes(Uint8Array.of(value));
  }

  /** Sends `text` (UTF-8) to the Pico's RX pin. */
  type(text: string): void {
    this.sendBytes(new TextEncoder().encode(text));
  }

  /** Sends `bytes` to the Pico's RX pin at the terminal's baud rate, behind any still on the line. */
  sendBytes(bytes: Uint8Array): void {
    if (this.cfg.pins.rx === undefined) return;
    this.ctx.serial.send(this.cfg.pins.rx, bytes, this.baud);
  }

  clear(): void {
    this.received = "";
    this.changed();
  }

  state(): Record<string, unknown> {
    return { baud: this.baud, received: this.received, framingErrors: this.framingErrors };
  }

  private receive(byte: number, baud: number): void {
    if (Math.abs(baud - this.baud) / this.baud > 0.03) {
      this.framingErrors++;
      return;
    }
    this.received = (this.received + String.fromCharCode(byte)).slice(-KEEP_CHARS);
    this.changed();
  }
}
