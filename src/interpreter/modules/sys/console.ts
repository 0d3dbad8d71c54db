// sys.stdin/stdout/stderr: console streams on the Host (stdout/stderr writes, blocking line-buffered stdin),
// typed TextIOWrapper (and FileIO for .buffer) as on MicroPython.
import { PyObject, type PyValue } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { newBytes } from "../../types/bytes";
import { decodeText, encodeUtf8 } from "../../types/text/utf8";
import { moduleHost, pollNow } from "../host-ref";
import { bytesLikeArg, intArg, optionalArg } from "../args";

export const consoleTextType = makeBuiltinType("TextIOWrapper");
export const consoleBinaryType = makeBuiltinType("FileIO");
consoleTextType.isBaseType = false;
consoleBinaryType.isBaseType = false;

/** Characters read from the Host but not yet consumed (shared by sys.stdin and input()). */
let pending = "";
let atEof = false;

/** Pulls one more chunk from the Host; false at end of input. A Ctrl-C while waiting surfaces through the poll. */
function fill(): boolean {
  if (atEof) return false;
  const chunk = moduleHost().readStdin();
  pollNow();
  if (chunk === null) {
    atEof = true;
    return false;
  }
  pending += chunk;
  return true;
}

/** Reads one line including its "\n" ("" at end of input). */
export function readStdinLine(): string {
  for (;;) {
    const nl = pending.indexOf("\n");
    if (nl >= 0) {
      const line = pending.slice(0, nl + 1);
      pending = pending.slice(nl + 1);
      return line;
    }
    if (!fill()) {
      const rest = pending;
      pending = "";
      return rest;
    }
  }
}

/** Reads `n` characters (all input when n < 0). */
export function readStdin(n: number): string {
  while ((n < 0 || [...pending].length < n) && fill());
  const chars = [...pending];
  const take = n < 0 ? chars.length : Math.min(n, chars.length);
  pending = chars.slice(take).join("");
  return chars.slice(0, take).join("");
}

/** Forgets buffered input (a new run). */
export function resetStdin(): void {
  pending = "";
  atEof = false;
}

export class PyConsoleStream extends PyObject {
  /** Holds `buffer` (the binary stream) for text streams, found by the generic attribute lookup. */
  $dict: Record<string, PyValue> | undefined;
  constructor(type: PyType, readonly fd: 0 | 1 | 2, buffer: PyConsoleStream | null) {
    super(type);
    if (buffer !== null) this.$dict = { buffer };
  }

  write(text: string): void {
    if (this.fd === 2) moduleHost().writeStderr(text);
    else moduleHost().writeStdout(text);
  }
}

function writeMethod(self: PyConsoleStream, data: PyValue): PyValue {
  const bytes = bytesLikeArg(data);
  self.write(typeof data === "string" ? data : decodeText(bytes, "utf-8", "replace"));
  return bytes.length;
}

function readMethod(self: PyConsoleStream, n?: PyValue): PyValue {
  const count = optionalArg([n ?? None], 0);
  const text = readStdin(count === undefined ? -1 : intArg(count));
  return self.$type === consoleBinaryType ? newBytes(encodeUtf8(text)) : text;
}

function readlineMethod(self: PyConsoleStream): PyValue {
  const line = readStdinLine();
  return self.$type === consoleBinaryType ? newBytes(encodeUtf8(line)) : line;
}

for (const type of [consoleTextType, consoleBinaryType]) {
  type.defineSlots({ repr: (self: PyConsoleStream) => `<io.${self.$type.name} ${self.fd}>` });
  defineMethods(type, {
    write: writeMethod,
    read: builtinMethod("read", 0, 1, readMethod),
    readline: builtinMethod("readline", 0, 1, readlineMethod),
    flush: () => None,
  });
}
export function makeConsoleStreams(): { stdin: PyConsoleStream; stdout: PyConsoleStream; stderr: PyConsoleStream } {
  const make = (fd: 0 | 1 | 2) => new PyConsoleStream(consoleTextType, fd, new PyConsoleStream(consoleBinaryType, fd, null));
  return { stdin: make(0), stdout: make(1), stderr: make(2) };
}
