import { describe, it, expect } from "vitest";
import "../../types/containers/install";
import { calcsize, pack, unpack, unpackFromBuffer, packIntoBuffer } from "./index";
import { PyBytes, newBytes } from "../../types/bytes";
import { newByteArray, PyByteArray } from "../../types/bytearray";
import { PyTuple } from "../../types/tuple";
import { PyFloat } from "../../types/float";
import { toHalfBits } from "./half-float";

const b = (...xs: number[]) => newBytes(new Uint8Array(xs));
const bytesOf = (v: any) => Array.from((v as PyBytes).data);
const items = (v: any) => (v as PyTuple).items;

describe("struct", () => {
  it("sizes with native alignment", () => {
    expect(calcsize("<bI")).toBe(5);
    expect(calcsize("100sI")).toBe(104);
    expect(calcsize("97sI")).toBe(104);
    expect(calcsize(">bxI3xH")).toBe(11);
    expect(calcsize("0s1s0H2H")).toBe(6);
  });
  it("packs and unpacks", () => {
    expect(items(unpack("<bI", b(0x80, 0, 0, 1, 0)))).toEqual([-128, 65536]);
    expect(bytesOf(pack(">bI", -128, 256))).toEqual([0x80, 0, 0, 1, 0]);
    expect(bytesOf(pack("<6sH", b(0x66, 0x6f, 0x6f), 10000))).toEqual([0x66, 0x6f, 0x6f, 0, 0, 0, 0x10, 0x27]);
    expect(items(unpack("<Q", b(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)))).toEqual([18446744073709551615n]);
    expect(bytesOf(pack("<q", -2n + (1n << 70n) - (1n << 70n)))).toEqual([0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(() => unpack("I", b(0, 0, 0))).toThrow();
    expect(() => pack("z", 1)).toThrow();
    expect(() => calcsize("1")).toThrow();
    expect(items(unpackFromBuffer("<b", b(...Array.from("0123456789", (c) => c.charCodeAt(0))), -4))).toEqual([54]);
    expect((items(unpack("<d", pack("<d", new PyFloat(1.5))))[0] as PyFloat).value).toBe(1.5);
  });
  it("packs into buffers", () => {
    const buf = newByteArray(new TextEncoder().encode(">>>123<<<"));
    packIntoBuffer("<bbb", buf, -6, 0x44, 0x45, 0x46);
    expect(new TextDecoder().decode((buf as PyByteArray).data)).toBe(">>>DEF<<<");
  });
  it("rounds half floats like CPython", () => {
    expect(toHalfBits(1e-7)).toBe(0x0002);
    expect(toHalfBits(1e-6)).toBe(0x0011);
    expect(toHalfBits(1e-3)).toBe(0x1419);
    expect(toHalfBits(1e15)).toBe(0x7c00);
  });
});
