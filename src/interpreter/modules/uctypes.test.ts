// uctypes: the layout constants, sizeof of layouts, and addressof/bytearray_at sharing a buffer's bytes.
import { describe, expect, it } from "vitest";
import { Interpreter } from "../runtime/interpreter";
import { makeMemoryHost } from "../runtime/host";

function run(source: string): string {
  let out = "";
  new Interpreter(makeMemoryHost((s) => (out += s))).runModule(source);
  return out;
}

describe("uctypes", () => {
  it("encodes types as the firmware does", () => {
    expect(run(`import uctypes as u
print(u.UINT8, u.INT8, u.UINT32, u.BFUINT8, u.FLOAT32, u.FLOAT64, u.PTR, u.ARRAY, u.NATIVE)`))
      .toBe("0 134217728 536870912 -1073741824 -268435456 -134217728 536870912 -1073741824 2\n");
  });
  it("sizes layouts with native padding", () => {
    expect(run(`import uctypes as u
print(u.sizeof({"a": u.UINT32 | 0, "b": u.UINT8 | 4}), u.sizeof({"a": u.UINT32 | 0, "b": u.UINT8 | 4}, u.LITTLE_ENDIAN))
print(u.sizeof({"arr": (u.ARRAY | 0, u.UINT16 | 5), "p": (u.PTR | 12, u.UINT8)}))
print(u.sizeof(bytearray(7)))
for bad in (5, [1]):
    try:
        u.sizeof(bad)
    except TypeError as e:
        print(e)`)).toBe("8 5\n16\n7\ncan't unambiguously get sizeof scalar\nsyntax error in uctypes descriptor\n");
  });
  it("maps bytearray_at onto the buffer at an addressof() address", () => {
    expect(run(`import uctypes
b = bytearray(b"hello")
a = uctypes.addressof(b)
uctypes.bytearray_at(a + 1, 3)[0] = ord("E")
print(b, uctypes.bytes_at(a, 5), len(uctypes.bytearray_at(0, 0x1000002)))`)).toBe("bytearray(b'hEllo') b'hEllo' 16777218\n");
  });
});
