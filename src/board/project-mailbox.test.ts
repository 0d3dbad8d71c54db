// The project mailbox: snapshots cross to the board intact, each taken once, and oversized ones are refused.
import { describe, expect, it } from "vitest";
import { createMailbox, postSnapshot, MailboxReader } from "./project-mailbox";

describe("project mailbox", () => {
  it("carries a snapshot of text, binary files and folders, once", () => {
    const box = createMailbox(1 << 16);
    const reader = new MailboxReader(box);
    expect(reader.take()).toBeNull();
    const files = [
      { path: "code.py", kind: "file" as const, data: new TextEncoder().encode("print('v2')\n") },
      { path: "lib", kind: "dir" as const },
      { path: "lib/x.mpy", kind: "file" as const, data: Uint8Array.of(0, 255, 7) },
    ];
    expect(postSnapshot(box, files)).toBe(true);
    const got = reader.take();
    expect(got?.map((e) => [e.path, e.kind, e.data && Array.from(e.data)])).toEqual([
      ["code.py", "file", Array.from(files[0].data!)],
      ["lib", "dir", undefined],
      ["lib/x.mpy", "file", [0, 255, 7]],
    ]);
    expect(reader.take()).toBeNull();
  });

  it("refuses a snapshot larger than the mailbox", () => {
    const box = createMailbox(1024);
    expect(postSnapshot(box, [{ path: "big.bin", kind: "file", data: new Uint8Array(4096) }])).toBe(false);
  });
});
