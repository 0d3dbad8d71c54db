// A test double of stock mpremote's serial transport: the byte sequences it sends and the Python snippets of its
// fs commands, as tools/mpremote in micropython/micropython does them, so tests can drive `pyco serve` like mpremote.
import net from "node:net";
import { decodePythonBytes } from "./transcripts";

const RAW_PROMPT = "raw REPL; CTRL-B to exit\r\n";

/** Raised where mpremote raises TransportExecError: the command printed a traceback. */
export class ExecError extends Error {
  constructor(readonly stdout: string, readonly stderr: string) {
    super(stderr);
  }
}

/** Python's repr() of bytes, as mpremote puts file chunks into `w(...)` commands. */
export function pyBytesRepr(data: Uint8Array): string {
  const hasSingle = data.includes(0x27);
  const quote = hasSingle && !data.includes(0x22) ? '"' : "'";
  let s = "b" + quote;
  for (const b of data) {
    if (b === 0x5c) s += "\\\\";
    else if (b === quote.charCodeAt(0)) s += "\\" + quote;
    else if (b === 0x09) s += "\\t";
    else if (b === 0x0a) s += "\\n";
    else if (b === 0x0d) s += "\\r";
    else if (b < 0x20 || b >= 0x7f) s += "\\x" + b.toString(16).padStart(2, "0");
    else s += String.fromCharCode(b);
  }
  return s + quote;
}

export class MpremoteDouble {
  private buffer = "";
  private waiters: (() => void)[] = [];
  private usesRawPaste = true;
  /** Every byte sent, for tests that compare sequences. */
  readonly sent: string[] = [];

  private constructor(private readonly socket: net.Socket) {
    socket.on("data", (d: Buffer) => {
      this.buffer += d.toString("latin1");
      this.waiters.splice(0).forEach((w) => w());
    });
  }

  static connect(port: number): Promise<MpremoteDouble> {
    return new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(new MpremoteDouble(socket)));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private write(s: string): void {
    this.sent.push(s);
    this.socket.write(Buffer.from(s, "latin1"));
  }

  private async readUntil(ending: string, timeoutMs = 10000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const at = this.buffer.indexOf(ending);
      if (at >= 0) {
        const data = this.buffer.slice(0, at + ending.length);
        this.buffer = this.buffer.slice(at + ending.length);
        return data;
      }
      if (Date.now() > end) throw new Error(`mpremote: timed out waiting for ${JSON.stringify(ending)}; got ${JSON.stringify(this.buffer.slice(-200))}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  private async read(n: number): Promise<string> {
    while (this.buffer.length < n) await new Promise<void>((r) => this.waiters.push(r));
    const data = this.buffer.slice(0, n);
    this.buffer = this.buffer.slice(n);
    return data;
  }

  /** enter_raw_repl(soft_reset=True): Ctrl-C, flush, Ctrl-A, Ctrl-D soft reset, wait for the raw prompt. */
  async enterRawRepl(softReset = true): Promise<void> {
    this.write("\r\x03");
    await new Promise((r) => setTimeout(r, 100));
    this.buffer = "";
    this.write("\r\x01");
    if (softReset) {
      await this.readUntil(RAW_PROMPT + ">");
      this.write("\x04");
      await this.readUntil("soft reboot\r\n");
    }
    await this.readUntil(RAW_PROMPT);
  }

  exitRawRepl(): void {
    this.write("\r\x02");
  }

  /** exec_raw_no_follow + follow: the prompt, raw-paste (or plain raw), then stdout and stderr. */
  async execRaw(command: string | Uint8Array): Promise<{ stdout: string; stderr: string }> {
    const bytes = typeof command === "string" ? Buffer.from(command, "utf8").toString("latin1") : Buffer.from(command).toString("latin1");
    await this.readUntil(">");
    let pasted = false;
    if (this.usesRawPaste) {
      this.write("\x05A\x01");
      const reply = await this.read(2);
      if (reply === "R\x01") {
        await this.rawPasteWrite(bytes);
        pasted = true;
      } else {
        if (reply !== "R\x00") await this.readUntil("w REPL; CTRL-B to exit\r\n>");
        this.usesRawPaste = false;
      }
    }
    if (!pasted) {
      for (let i = 0; i < bytes.length; i += 256) this.write(bytes.slice(i, i + 256));
      this.write("\x04");
      const ok = await this.read(2);
      if (ok !== "OK") throw new Error(`mpremote: could not exec command (response: ${JSON.stringify(ok)})`);
    }
    const stdout = (await this.readUntil("\x04")).slice(0, -1);
    const stderr = (await this.readUntil("\x04")).slice(0, -1);
    return { stdout: Buffer.from(stdout, "latin1").toString("utf8"), stderr: Buffer.from(stderr, "latin1").toString("utf8") };
  }

  private async rawPasteWrite(command: string): Promise<void> {
    const header = await this.read(2);
    const window = header.charCodeAt(0) | (header.charCodeAt(1) << 8);
    let remain = window;
    let i = 0;
    while (i < command.length) {
      while (remain === 0 || this.buffer.length > 0) {
        const b = await this.read(1);
        if (b === "\x01") remain += window;
        else if (b === "\x04") {
          this.write("\x04");
          return;
        } else throw new Error(`mpremote: unexpected read during raw paste: ${JSON.stringify(b)}`);
      }
      const chunk = command.slice(i, Math.min(i + remain, command.length));
      this.write(chunk);
      remain -= chunk.length;
      i += chunk.length;
    }
    this.write("\x04");
    await this.readUntil("\x04");
  }

  async exec(command: string | Uint8Array): Promise<string> {
    const { stdout, stderr } = await this.execRaw(command);
    if (stderr) throw new ExecError(stdout, stderr);
    return stdout;
  }

  /** eval(): `print(repr(expr))`; the caller parses the Python literal it prints. */
  async evalRepr(expression: string): Promise<string> {
    return (await this.exec(`print(repr(${expression}))`)).trim();
  }

  // ---------- fs commands (the snippets mpremote sends) ----------

  async fsListdir(src = ""): Promise<string> {
    return this.exec(`import os\nfor f in os.ilistdir(${src ? pyStrRepr(src) : ""}):\n print(repr(f), end=',')`);
  }

  async fsStat(src: string): Promise<string> {
    await this.exec("import os");
    return this.evalRepr(`os.stat(${pyStrRepr(src)})`);
  }

  async fsPrintfile(src: string, chunkSize = 256): Promise<string> {
    return this.exec(`with open(${pyStrRepr(src)}) as f:\n while 1:\n  b=f.read(${chunkSize})\n  if not b:break\n  print(b,end='')`);
  }

  async fsReadfile(src: string, chunkSize = 256): Promise<Uint8Array> {
    await this.exec(`f=open(${pyStrRepr(src)},'rb')\nr=f.read`);
    const out: number[] = [];
    for (;;) {
      const literal = await this.evalRepr(`r(${chunkSize})`);
      const chunk = decodePythonBytes(literal.slice(2, -1));
      if (chunk.length === 0) break;
      for (const c of chunk) out.push(c.charCodeAt(0));
    }
    await this.exec("f.close()");
    return Uint8Array.from(out);
  }

  async fsWritefile(dest: string, data: Uint8Array, chunkSize = 256): Promise<void> {
    await this.exec(`f=open(${pyStrRepr(dest)},'wb')\nw=f.write`);
    for (let i = 0; i < data.length; i += chunkSize) await this.exec("w(" + pyBytesRepr(data.subarray(i, i + chunkSize)) + ")");
    await this.exec("f.close()");
  }

  fsMkdir(path: string): Promise<string> {
    return this.exec(`import os\nos.mkdir(${pyStrRepr(path)})`);
  }

  fsRmfile(path: string): Promise<string> {
    return this.exec(`import os\nos.remove(${pyStrRepr(path)})`);
  }

  async fsHashfile(path: string, algo = "sha256", chunkSize = 256): Promise<string> {
    await this.exec(`import hashlib\nh = hashlib.${algo}()`);
    await this.exec(
      `buf = memoryview(bytearray(${chunkSize}))\nwith open(${pyStrRepr(path)}, 'rb') as f:\n while True:\n  n = f.readinto(buf)\n  if n == 0:\n   break\n  h.update(buf if n == ${chunkSize} else buf[:n])\n`,
    );
    return this.evalRepr("h.digest()");
  }
}

/** Python's repr() of a str (enough for paths). */
export function pyStrRepr(s: string): string {
  return "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
}
