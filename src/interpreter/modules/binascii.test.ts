import { describe, it, expect } from "vitest";
import { hexlify, unhexlify, base64Encode, base64Decode, crc32 } from "./binascii";
import { isException } from "../runtime/errors";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);

describe("binascii", () => {
  it("hexlifies", () => {
    expect(hexlify(bytes("\x7f\x80\xff"), "")).toBe("7f80ff");
    expect(hexlify(bytes("123"), ":")).toBe("31:32:33");
    expect(text(unhexlify(bytes("7F80ff")))).toBe("\x7f\x80\xff");
  });
  it("encodes base64", () => {
    expect(["", "f", "fo", "foo", "foob", "fooba", "foobar"].map((s) => base64Encode(bytes(s)))).toEqual([
      "", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy",
    ]);
    expect(base64Encode(bytes("\x00\x00>"))).toBe("AAA+");
  });
  it("decodes base64 leniently", () => {
    for (const [input, output] of [
      ["Zm9vYmE=", "fooba"], ["Zm9v\n", "foo"], ["Zm\x009v\n", "foo"], ["Zm9v==", "foo"], ["Zm9v===YmFy", "foobar"],
      ["f4D+", "\x7f\x80\xfe"],
    ]) {
      expect(text(base64Decode(bytes(input)))).toBe(output);
    }
    for (const bad of ["abc", "abcde=", "ab*d", "ab=cdef="]) {
      try {
        base64Decode(bytes(bad));
        expect.unreachable(bad);
      } catch (e) {
        expect(isException(e) && e.$type.name).toBe("ValueError");
      }
    }
  });
  it("computes crc32", () => {
    expect(crc32(bytes("123456789"), 0)).toBe(0xcbf43926);
    expect(crc32(bytes("56789"), crc32(bytes("1234"), 0))).toBe(0xcbf43926);
  });
});
