// The terminal's plumbing without a browser: batched, bounded output and what keys and pastes send to the board.
import { describe, expect, it } from "vitest";
import { TerminalWriter } from "./terminal-writer";
import { TerminalInput } from "./terminal-input";

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

function harness(limits = { perWrite: 16, maxBacklog: 64, keep: 24 }) {
  const frames: (() => void)[] = [];
  const writes: string[] = [];
  const pendingDone: (() => void)[] = [];
  const writer = new TerminalWriter({ write: (d, done) => (writes.push(text(d)), pendingDone.push(done)) }, (run) => frames.push(run), limits);
  const frame = () => frames.splice(0).forEach((f) => f());
  const finish = () => pendingDone.splice(0).forEach((d) => d());
  return { writer, writes, frame, finish };
}

describe("TerminalWriter", () => {
  it("writes once per frame and waits for the terminal before the next write", () => {
    const h = harness();
    h.writer.push(bytes("abc"));
    h.writer.push(bytes("def"));
    expect(h.writes).toEqual([]);
    h.frame();
    expect(h.writes).toEqual(["abcdef"]);
    h.writer.push(bytes("ghi"));
    h.frame();
    expect(h.writes).toEqual(["abcdef"]);
    h.finish();
    h.frame();
    expect(h.writes).toEqual(["abcdef", "ghi"]);
  });

  it("keeps the newest output from a flood, cut at a line break, and says what it skipped", () => {
    const h = harness();
    for (let i = 0; i < 20; i++) h.writer.push(bytes(`line ${i}\r\n`));
    h.frame();
    const all: string[] = [];
    for (let i = 0; i < 10 && h.writes.length > all.length; i++) {
      all.push(...h.writes.slice(all.length));
      h.finish();
      h.frame();
    }
    const out = h.writes.join("");
    expect(out).toMatch(/of output skipped/);
    expect(out.endsWith("line 19\r\n")).toBe(true);
    expect(out).not.toContain("line 0\r\n");
  });
});

describe("TerminalInput", () => {
  it("sends keys as they are", () => {
    const input = new TerminalInput();
    expect(input.encode("\x03")).toBe("\x03");
    expect(input.encode("\x1b[A")).toBe("\x1b[A");
    expect(input.encode("print(1)\r")).toBe("print(1)\r");
  });

  it("wraps a multi-line paste at the prompt in paste mode", () => {
    const input = new TerminalInput();
    input.noteOutput(bytes("MicroPython v1.28.0\r\n>>> "));
    expect(input.encode("for i in range(2):\r    print(i)\r")).toBe("\x05for i in range(2):\r    print(i)\r\x04");
    input.noteOutput(bytes("Enter a name: "));
    expect(input.encode("a\rb")).toBe("a\rb");
  });
});
