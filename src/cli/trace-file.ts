// `pyco run --trace FILE`: the board's events as JSON lines, written through a buffer (a trace can be megabytes).
import * as fs from "node:fs";
import type { TraceEvent } from "../simulator/trace";

const FLUSH_AT = 1 << 16;

export class TraceFile {
  private readonly fd: number;
  private buffer = "";

  constructor(path: string) {
    this.fd = fs.openSync(path, "w");
  }

  write(event: TraceEvent): void {
    this.buffer += JSON.stringify(event) + "\n";
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.buffer === "") return;
    fs.writeSync(this.fd, this.buffer);
    this.buffer = "";
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
