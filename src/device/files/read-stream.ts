// Turns the board's printed file dump (`#F` header, base64 or hex lines, `#E <checksum>`) back into bytes as it arrives.
import { concatBytes, decodeBase64Lines, decodeHexLines } from "./encoding";
import { BoardFileError } from "./board-file-error";
import type { Checksum } from "./checksums";

export interface ReadFile {
  path: string;
  data: Uint8Array;
  /** The checksum the board computed over the bytes it sent, to compare with the bytes received. */
  checksum: Checksum;
  /** The whole file's size on the board (the bytes sent may be one range of it). */
  fileSize: number;
}

interface OpenFile {
  path: string;
  encoding: "b64" | "hex";
  size: number;
  parts: Uint8Array[];
}

export class ReadStream {
  private pending = "";
  private current: OpenFile | null = null;
  private done: ReadFile[] = [];
  /** Bytes decoded so far, across files. */
  bytesDone = 0;

  constructor(private readonly onFileStart?: (path: string, size: number) => void) {}

  /** Feeds printed text (any split); complete lines are decoded at once so progress is live. */
  push(text: string): void {
    this.pending += text;
    let newline: number;
    while ((newline = this.pending.indexOf("\n")) >= 0) {
      this.line(this.pending.slice(0, newline).replace(/\r$/, ""));
      this.pending = this.pending.slice(newline + 1);
    }
  }

  /** Every file completed; throws when the output stopped in the middle of one. */
  finish(): ReadFile[] {
    if (this.pending.trim()) this.line(this.pending.trim());
    this.pending = "";
    if (this.current) throw new BoardFileError("bad-output", `The board stopped in the middle of sending ${this.current.path}.`, this.current.path);
    return this.done;
  }

  private line(line: string): void {
    if (line.startsWith("#F\t")) return this.header(line);
    if (line.startsWith("#E\t")) return this.end(line.slice(3));
    if (!line.trim()) return;
    if (!this.current) throw new BoardFileError("bad-output", `The board printed unexpected text while sending files: ${line.slice(0, 80)}`);
    const bytes = this.current.encoding === "b64" ? decodeBase64Lines(line) : decodeHexLines(line);
    if (!bytes) throw new BoardFileError("bad-output", `The board sent a damaged line of ${this.current.path}.`, this.current.path);
    this.current.parts.push(bytes);
    this.bytesDone += bytes.length;
  }

  private header(line: string): void {
    const [, encoding, size, ...rest] = line.split("\t");
    const path = rest.join("\t");
    if ((encoding !== "b64" && encoding !== "hex") || !/^\d+$/.test(size)) throw new BoardFileError("bad-output", `The board sent a damaged file header: ${line.slice(0, 80)}`);
    this.current = { path, encoding, size: Number(size), parts: [] };
    this.onFileStart?.(path, Number(size));
  }

  private end(checksum: string): void {
    if (!this.current) throw new BoardFileError("bad-output", "The board ended a file it never started.");
    this.done.push({ path: this.current.path, data: concatBytes(this.current.parts), checksum: checksum.trim(), fileSize: this.current.size });
    this.current = null;
  }
}
