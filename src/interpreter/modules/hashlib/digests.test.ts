// Tests: SHA-256/SHA-1/MD5 against node:crypto.
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { Md5, Sha1, Sha256, type Digest } from "./digests";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

describe("digests", () => {
  const cases: [string, () => Digest][] = [["sha256", () => new Sha256()], ["sha1", () => new Sha1()], ["md5", () => new Md5()]];
  for (const [name, make] of cases) {
    it(`${name} matches node:crypto for many lengths and chunkings`, () => {
      for (const len of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 200, 1000]) {
        const data = Uint8Array.from({ length: len }, (_, i) => (i * 31 + 7) & 0xff);
        const d = make();
        d.update(data.subarray(0, len >> 1));
        d.update(data.subarray(len >> 1));
        expect(hex(d.digest())).toBe(createHash(name).update(data).digest("hex"));
      }
    });
  }
});
