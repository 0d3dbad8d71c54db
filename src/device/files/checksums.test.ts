// Host checksums must equal what the board computes: known vectors for CRC-32 and SHA-256.
import { describe, expect, it } from "vitest";
import { algorithmOf, checksum, crc32 } from "./checksums";

const ascii = (s: string) => new TextEncoder().encode(s);

describe("checksums", () => {
  it("CRC-32 matches zlib, also when computed in pieces", () => {
    expect(crc32(ascii("123456789"))).toBe(0xcbf43926);
    expect(crc32(ascii("56789"), crc32(ascii("1234")))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("formats self-describing checksums", async () => {
    expect(await checksum("sha256", ascii("abc"))).toBe("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await checksum("crc32", ascii("123456789"))).toBe("crc32:cbf43926");
    expect(algorithmOf("crc32:00000000")).toBe("crc32");
    expect(algorithmOf("md5:00")).toBeNull();
  });
});
