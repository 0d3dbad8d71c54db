// Packs files to write into as few raw-REPL execs as fit the board: temp file, data lines, then verify-and-rename.
// Fewer execs means fewer round trips, which is what bounds a serial transfer; small files share one exec.
import { encodedLength, pythonBytesExpression, pythonString } from "./encoding";
import { tempPathFor } from "./snippets";
import type { Checksum } from "./checksums";

export interface FileToWrite {
  /** Absolute board path, e.g. "/lib/foo.py". */
  path: string;
  data: Uint8Array;
  /** The checksum the board must compute over the temp file before it may replace `path`. */
  checksum: Checksum;
}

export interface WriteLimits {
  /** Most source characters in one exec (the board compiles an exec whole, so this bounds its RAM use). */
  execChars: number;
  /** Most file bytes in one data line. */
  lineBytes: number;
  /** Whether the board can decode base64 (`_a`); otherwise every line is a bytes literal. */
  base64: boolean;
  /** Create missing parent folders first. */
  makeParents: boolean;
}

export interface WriteExec {
  source: string;
  /** File bytes this exec carries, per board path (for progress). */
  dataBytes: Map<string, number>;
  /** Files whose temp file this exec opens or writes (to clean up when it fails). */
  touches: string[];
}

interface Line {
  text: string;
  path: string;
  dataBytes: number;
}

export function planWriteExecs(files: FileToWrite[], limits: WriteLimits): WriteExec[] {
  const execs: WriteExec[] = [];
  let current: WriteExec | null = null;
  let chars = 0;
  for (const line of files.flatMap((f) => linesFor(f, limits))) {
    const size = line.text.length + 1;
    if (!current || (chars + size > limits.execChars && chars > 0)) {
      current = { source: "", dataBytes: new Map(), touches: [] };
      execs.push(current);
      chars = 0;
    }
    current.source += line.text + "\n";
    chars += size;
    current.dataBytes.set(line.path, (current.dataBytes.get(line.path) ?? 0) + line.dataBytes);
    if (!current.touches.includes(line.path)) current.touches.push(line.path);
  }
  return execs;
}

function linesFor(file: FileToWrite, limits: WriteLimits): Line[] {
  const temp = pythonString(tempPathFor(file.path));
  const lines: Line[] = [];
  const parent = file.path.slice(0, file.path.lastIndexOf("/"));
  if (limits.makeParents && parent) lines.push({ text: `_pmd(${pythonString(parent)})`, path: file.path, dataBytes: 0 });
  lines.push({ text: `_po(${temp})`, path: file.path, dataBytes: 0 });
  for (const slice of dataSlices(file.data, limits)) {
    lines.push({ text: `_w(${pythonBytesExpression(slice, limits.base64)})`, path: file.path, dataBytes: slice.length });
  }
  lines.push({ text: `_pc(${temp},${pythonString(file.path)},'${file.checksum}')`, path: file.path, dataBytes: 0 });
  return lines;
}

/** Slices of at most `lineBytes` bytes, shortened when escaping binary data would make a line much longer than that. */
function dataSlices(data: Uint8Array, limits: WriteLimits): Uint8Array[] {
  const slices: Uint8Array[] = [];
  const maxChars = Math.ceil((limits.lineBytes * 4) / 3) + 16;
  for (let offset = 0; offset < data.length; ) {
    let n = Math.min(limits.lineBytes, data.length - offset);
    while (n > 16 && encodedLength(data.subarray(offset, offset + n), limits.base64) > maxChars) n = Math.floor(n / 2);
    slices.push(data.subarray(offset, offset + n));
    offset += n;
  }
  return slices;
}
