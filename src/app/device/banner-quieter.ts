// Every file operation leaves the raw REPL with Ctrl-B, and the board answers with its banner and a new prompt. Shown
// after each listing or save, that banner buries what the person was doing; this drops it from the terminal when it
// is exactly that answer (anything else the board printed passes through untouched).

const EXIT_BANNER = /^(\r\n)*(MicroPython|Adafruit CircuitPython) [^\r\n]*\r\n(Type "help\(\)" for more information\.\r\n)?>>> $/;
/** Longer than any banner: past this, what arrived is something else. */
const MAX_BANNER = 240;
const SETTLE_MS = 1500;

export class BannerQuieter {
  private armed = false;
  private buffer = "";
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly emit: (chunk: Uint8Array) => void,
    /** True when the terminal already shows a prompt (then nothing replaces the banner). */
    private readonly atPrompt: () => boolean,
  ) {}

  /** An operation starts: the next terminal output may be its exit banner. */
  arm(): void {
    this.armed = true;
    clearTimeout(this.timer);
    // Whatever came instead of a banner is shown once things have settled.
    this.timer = setTimeout(() => this.flush(), SETTLE_MS * 20);
  }

  /**
   * The operation ended: a banner still to come arrives within moments. Resolves once it came (or after `waitMs`),
   * so what the caller does next (a soft reboot) is not mistaken for the banner's prompt.
   */
  settle(waitMs = 300): Promise<void> {
    if (!this.armed) return Promise.resolve();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SETTLE_MS);
    return new Promise((resolve) => {
      const started = Date.now();
      const check = () => (!this.armed || Date.now() - started >= waitMs ? resolve() : setTimeout(check, 10));
      check();
    });
  }

  push(chunk: Uint8Array): void {
    if (!this.armed) return this.emit(chunk);
    for (const b of chunk) this.buffer += String.fromCharCode(b);
    if (EXIT_BANNER.test(this.buffer)) {
      const prompt = this.atPrompt();
      this.reset();
      if (!prompt) this.emit(latin1("\r\n>>> "));
    } else if (this.buffer.length > MAX_BANNER || !couldBeBanner(this.buffer)) {
      this.flush();
    }
  }

  private flush(): void {
    const text = this.buffer;
    this.reset();
    if (text) this.emit(latin1(text));
  }

  private reset(): void {
    clearTimeout(this.timer);
    this.armed = false;
    this.buffer = "";
  }
}

/** A cheap prefix test: banners start with line breaks, then "MicroPython " or "Adafruit CircuitPython ". */
function couldBeBanner(text: string): boolean {
  const rest = text.replace(/^(\r\n?|\n)*/, "");
  const heads = ["MicroPython ", "Adafruit CircuitPython "];
  return heads.some((h) => (rest.length <= h.length ? h.startsWith(rest) : rest.startsWith(h)));
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}
