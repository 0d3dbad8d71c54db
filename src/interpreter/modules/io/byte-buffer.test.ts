// Tests: ByteBuffer: UTF-8 aware reads and writes.
import { describe, expect, it } from "vitest";
import { ByteBuffer } from "./byte-buffer";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe("ByteBuffer", () => {
  it("reads characters and lines of UTF-8 text", () => {
    const b = new ByteBuffer(enc("aαbβ\nぁ🙐"));
    expect(dec(b.readChars(2))).toBe("aα");
    expect(dec(b.readLine(-1, true))).toBe("bβ\n");
    expect(dec(b.readChars(1))).toBe("ぁ");
    expect(dec(b.read(-1))).toBe("🙐");
    expect(b.read(5).length).toBe(0);
  });
  it("writes over, appends and zero-fills gaps", () => {
    const b = new ByteBuffer(enc("foobar"));
    b.write(enc("X"));
    expect(dec(b.contents)).toBe("Xoobar");
    b.pos = 8;
    b.write(enc("Z"));
    expect(Array.from(b.contents.subarray(6))).toEqual([0, 0, 0x5a]);
  });
});
