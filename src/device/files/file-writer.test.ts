// The writer's control flow against a scripted board: results streamed in tiny pieces, a MemoryError answered with
// smaller execs, cleanup after a board error but not after a lost link.
import { describe, expect, it } from "vitest";
import { FileSession, type RawSession } from "./file-session";
import { writeFiles } from "./file-writer";
import { DeviceError } from "../device-error";
import type { ExecOptions, ExecResult } from "../repl-client";

const TB = 'Traceback (most recent call last):\r\n  File "<stdin>", line 2, in <module>\r\n';

/** Answers each exec with `answer(source)`; stdout is streamed one character at a time. */
function scripted(answer: (source: string, index: number) => ExecResult | Error): RawSession & { sources: string[] } {
  const sources: string[] = [];
  return {
    sources,
    async exec(source: string, options: ExecOptions = {}) {
      sources.push(source);
      const result = answer(source, sources.length - 1);
      if (result instanceof Error) throw result;
      for (const ch of result.stdout) options.onStdout?.(ch);
      return result;
    },
  };
}

/** A board that writes every file it is asked to, printing W lines. */
const okBoard = (source: string): ExecResult => ({ stdout: [...source.matchAll(/^_pc\('[^']*','([^']*)'/gm)].map((m) => `W\t${m[1]}\r\n`).join(""), stderr: "" });

const file = (path: string, n: number) => ({ path, data: new Uint8Array(n).fill(65), checksum: "sha256:x" });
const limits = { execChars: 8000, lineBytes: 500, base64: true, makeParents: true };
const timeouts = { baseMs: 1000, slowestBytesPerSecond: 1000 };

describe("writeFiles", () => {
  it("reports each file once, even when the W lines arrive split", async () => {
    const raw = scripted(okBoard);
    const written: string[] = [];
    await writeFiles(new FileSession(raw, timeouts), [file("/a.py", 10), file("/lib/long name.py", 10)], limits, { onFileWritten: (p) => written.push(p) });
    expect(written).toEqual(["/a.py", "/lib/long name.py"]);
  });

  it("retries with smaller execs after a MemoryError, skipping files already in place", async () => {
    const raw = scripted((source, i) => (i === 0 ? { stdout: "W\t/a.py\r\n", stderr: `${TB}MemoryError: memory allocation failed, allocating 6000 bytes\r\n` } : okBoard(source)));
    const written: string[] = [];
    await writeFiles(new FileSession(raw, timeouts), [file("/a.py", 10), file("/b.bin", 20000)], limits, { onFileWritten: (p) => written.push(p) });
    expect(written).toEqual(["/a.py", "/b.bin"]);
    // The exec after the MemoryError cleans up /b.bin's temp file; the retry never writes /a.py again.
    expect(raw.sources[1]).toContain("os.remove('/.b.bin.pyco-tmp')");
    expect(raw.sources[1]).not.toContain("/.a.py.pyco-tmp");
    expect(raw.sources.slice(2).join("")).not.toContain("'/a.py'");
    expect(Math.max(...raw.sources.slice(2).map((s) => s.length))).toBeLessThanOrEqual(limits.execChars / 2);
  });

  it("removes the temp file after a board error and names the failing file", async () => {
    const raw = scripted((source) => (source.includes("_po(") ? { stdout: "W\t/a.py\r\n", stderr: `${TB}OSError: [Errno 28] ENOSPC\r\n` } : { stdout: "", stderr: "" }));
    const error = await writeFiles(new FileSession(raw, timeouts), [file("/a.py", 10), file("/b.py", 10)], limits, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: "no-space", path: "/b.py" });
    expect((error as Error).message).toMatch(/^Could not write \/b\.py: the board's flash is full/);
    expect(raw.sources[1]).toContain("os.remove('/.b.py.pyco-tmp')");
    expect(raw.sources[1]).not.toContain("/.a.py.pyco-tmp");
  });

  it("does not talk to a board whose link dropped; the error says what was being done", async () => {
    const raw = scripted(() => new DeviceError("disconnected", "The board was disconnected during the operation."));
    const error = await writeFiles(new FileSession(raw, timeouts), [file("/a.py", 10)], limits, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "disconnected", message: "Could not write /a.py: the board was disconnected during the operation." });
    expect(raw.sources).toHaveLength(1);
  });
});
