// Page object for the simulator region: toolbar, board view, parts and the board terminal, found by role and name.
import type { Locator, Page } from "playwright-core";
import type { PycoPage } from "./support/pyco-page";

export class SimulatorPage {
  readonly page: Page;

  constructor(readonly app: PycoPage) {
    this.page = app.page;
  }

  get toolbar(): Locator {
    return this.page.getByRole("toolbar", { name: "Simulator" });
  }
  button(name: "Run" | "Stop" | "Reset" | "Pause" | "Resume"): Locator {
    return this.toolbar.getByRole("button", { name, exact: true });
  }
  get power(): Locator {
    return this.page.getByTestId("sim-power");
  }
  get board(): Locator {
    return this.page.getByRole("group", { name: "Simulated Raspberry Pi Pico" });
  }
  /** The board view when the project targets another RP2040 board ("Adafruit Feather RP2040"). */
  boardNamed(name: string): Locator {
    return this.page.getByRole("group", { name: `Simulated ${name}` });
  }
  /** Chooses the board the project targets in the parts panel's "Board" select, by its name. */
  async chooseBoard(name: string): Promise<void> {
    await this.page.getByRole("region", { name: "Parts" }).getByRole("combobox", { name: "Board", exact: true }).selectOption({ label: name });
  }
  get led(): Locator {
    return this.page.getByTestId("board-led");
  }
  pin(name: string): Locator {
    return this.board.locator(`[data-pin="${name}"]`);
  }
  get terminal(): Locator {
    return this.page.getByRole("region", { name: "Board terminal" });
  }

  async run(): Promise<void> {
    await this.button("Run").click();
    await this.page.getByTestId("sim-power").filter({ hasText: "Running" }).waitFor();
  }

  async setSpeed(label: string): Promise<void> {
    await this.toolbar.getByRole("combobox", { name: "Speed" }).selectOption({ label });
  }

  async addPart(kind: "LED" | "Button" | "Potentiometer"): Promise<void> {
    await this.page.getByRole("toolbar", { name: "Add a part" }).getByRole("button", { name: `+ ${kind}` }).click();
  }

  /** The parts list (each part's live view, pins and Remove). */
  get partsList(): Locator {
    return this.page.getByRole("list", { name: "Wired parts" });
  }

  /** A part's row in the parts list, by its id (data-part). */
  partRow(id: string): Locator {
    return this.partsList.locator(`li[data-part="${id}"]`);
  }

  /** Adds a part through the "Add part" form: its kind's title, then (optionally) pins by role and an address. */
  async addPartOfKind(title: string, pins: Record<string, string> = {}, address?: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Add part" });
    if (!(await form.isVisible())) await this.page.getByText("Other parts…", { exact: true }).click();
    await form.getByRole("combobox", { name: "Part kind" }).selectOption({ label: title });
    for (const [role, pin] of Object.entries(pins)) await form.getByRole("combobox", { name: `${role} pin of the new part` }).selectOption({ label: pin });
    if (address) await form.getByRole("combobox", { name: "I2C address of the new part" }).selectOption({ label: address });
    await form.getByRole("button", { name: "Add part" }).click();
  }

  /** The colours a NeoPixel part on the board shows ("#rrggbb" each), drawn beside its pin. */
  async pixelColors(partId: string): Promise<string[]> {
    const colors = await this.board.locator(`[data-part="${partId}"] .sim-pixels`).getAttribute("data-colors");
    return colors ? colors.split(" ") : [];
  }

  async ledOn(): Promise<boolean> {
    return (await this.led.getAttribute("data-on")) === "true";
  }

  /** Waits until the on-board LED shows `on`. */
  async waitForLed(on: boolean, timeoutMs = 3000): Promise<void> {
    await this.page.waitForSelector(`[data-testid="board-led"][data-on="${on}"]`, { timeout: timeoutMs });
  }

  /** The terminal's visible lines (xterm draws only the screen; the last lines are what a test looks at). */
  async terminalText(): Promise<string> {
    const text = await this.terminal.locator(".xterm-rows").evaluate((rows) =>
      [...rows.children].map((row) => (row.textContent ?? "").replace(/\u00a0/g, " ").trimEnd()).join("\n"),
    );
    return text.trimEnd();
  }

  /**
   * Waits until the terminal shows `expected`. The column is narrow, so long lines wrap: text is compared with all
   * whitespace removed (a RegExp is tested on that flattened text too).
   */
  async waitForTerminal(expected: RegExp | string, timeoutMs = 8000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const text = await this.terminalText();
      const flat = flatten(text);
      if (typeof expected === "string" ? flat.includes(flatten(expected)) : expected.test(flat)) return flat;
      if (Date.now() > end) throw new Error(`terminal never showed ${String(expected)}; it shows:\n${text}`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Waits for the friendly REPL's prompt at the end of the output. */
  waitForPrompt(timeoutMs?: number): Promise<string> {
    return this.waitForTerminal(/>>>$/, timeoutMs);
  }

  async focusTerminal(): Promise<void> {
    await this.terminal.locator(".xterm-screen").click();
  }

  /** Types at the board's terminal, then Enter. */
  async typeLine(text: string): Promise<void> {
    await this.focusTerminal();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }

  /** Pastes text into the terminal as the browser does: one paste event carrying the clipboard's text. */
  async paste(text: string): Promise<void> {
    await this.focusTerminal();
    await this.terminal.locator(".xterm-helper-textarea").evaluate((input, pasted) => {
      const data = new DataTransfer();
      data.setData("text/plain", pasted);
      input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Replaces a project file by uploading it (the tree's upload, confirming the replacement). */
  async putFile(name: string, text: string): Promise<void> {
    await this.app.uploadFiles([{ name, mimeType: "text/x-python", buffer: Buffer.from(text) }]);
    const replace = this.page.getByRole("dialog").getByRole("button", { name: "Replace" });
    if (await replace.waitFor({ timeout: 1500 }).then(() => true, () => false)) await replace.click();
    await this.app.treeItem(name).waitFor();
  }
}

/** Text without whitespace: what stays the same however the terminal wraps it. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Times (ms, page clock) at which the on-board LED changed, watched in the page for `durationMs`. */
export async function ledEdges(sim: SimulatorPage, durationMs: number): Promise<number[]> {
  return sim.page.evaluate(async (ms) => {
    const led = document.querySelector('[data-testid="board-led"]')!;
    const edges: number[] = [];
    let last = led.getAttribute("data-on");
    const observer = new MutationObserver(() => {
      const now = led.getAttribute("data-on");
      if (now !== last) edges.push(performance.now());
      last = now;
    });
    observer.observe(led, { attributes: true });
    await new Promise((r) => setTimeout(r, ms));
    observer.disconnect();
    return edges;
  }, durationMs);
}
