// What the terminal sends to a board: keys as a serial terminal sends them, and a multi-line paste at the `>>> `
// prompt wrapped in paste mode (Ctrl-E … Ctrl-D) so the REPL takes it as one block, not line by line.

const CTRL_E = "\x05";
const CTRL_D = "\x04";

export class TerminalInput {
  /** The last few characters the board printed: enough to know whether it shows a prompt. */
  private tail = "";

  noteOutput(chunk: Uint8Array): void {
    let text = "";
    for (let i = Math.max(0, chunk.length - 8); i < chunk.length; i++) text += String.fromCharCode(chunk[i]);
    this.tail = (this.tail + text).slice(-8);
  }

  /** True when the board's output ends with the friendly REPL's prompt. */
  get atPrompt(): boolean {
    return this.tail.endsWith(">>> ");
  }

  /** Turns the terminal's data (a key, an escape sequence, or pasted text) into the bytes for the board. */
  encode(data: string): string {
    if (!isPaste(data)) return data;
    // The terminal already turned line breaks into \r, as a serial terminal sends Enter.
    const text = data.replace(/\r?\n/g, "\r");
    return this.atPrompt ? CTRL_E + text + CTRL_D : text;
  }
}

/** Typed keys arrive one at a time (or as one escape sequence); a paste arrives whole. */
function isPaste(data: string): boolean {
  return data.length > 1 && /[\r\n]./.test(data) && !data.startsWith("\x1b");
}
