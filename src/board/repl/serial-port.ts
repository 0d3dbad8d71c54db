// The board side of the serial link: a blocking byte source and a byte sink, as the firmware's stdio sees USB CDC.

/** Thrown by `readByte` when the link is closed (the session is ending); the REPL loop unwinds on it. */
export class SerialClosed extends Error {
  constructor() {
    super("serial link closed");
  }
}

export interface BoardSerial {
  /** Blocks until a byte from the host is available. Throws SerialClosed when the link closes. */
  readByte(): number;
  /** Sends bytes to the host (strings are sent as UTF-8). */
  write(data: string | Uint8Array): void;
}

/** A scripted serial link for tests: input given up front (or fed later), output collected. */
export class ScriptedSerial implements BoardSerial {
  private input: number[] = [];
  private output: number[] = [];
  private readonly encoder = new TextEncoder();

  constructor(input: string | Uint8Array = "") {
    this.feed(input);
  }

  feed(data: string | Uint8Array): void {
    const bytes = typeof data === "string" ? latin1Bytes(data) : data;
    for (const b of bytes) this.input.push(b);
  }

  readByte(): number {
    const b = this.input.shift();
    if (b === undefined) throw new SerialClosed();
    return b;
  }

  /** Takes a byte only if one is waiting (what an interrupt check does). */
  peekAll(): number[] {
    return this.input;
  }

  write(data: string | Uint8Array): void {
    for (const b of typeof data === "string" ? this.encoder.encode(data) : data) this.output.push(b);
  }

  /** Everything written so far, as a binary string (one char per byte), and clears it. */
  takeOutput(): string {
    const s = String.fromCharCode(...this.output);
    this.output = [];
    return s;
  }
}

/** A binary string (each char one byte, as in the transcripts) to bytes. */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
