// Bytes literals and base64 lines checked against MicroPython itself, plus the host-side decoders.
import { beforeAll, describe, expect, it } from "vitest";
import { decodeBase64Lines, decodeHexLines, encodeBase64, encodedLength, pythonBytesExpression, pythonBytesLiteral, pythonString } from "./encoding";
import { startMicroPython, type MicroPythonRunner } from "../../../tests/support/micropython-wasm";

let mp: MicroPythonRunner;
beforeAll(async () => {
  mp = await startMicroPython();
  mp.run("import binascii\n_a=binascii.a2b_base64");
});

const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);
const text = new TextEncoder().encode("print('hi')\n\tx = \"\\\\\" # é\r\n");

/** What MicroPython makes of an expression, as hex. */
function evalHex(expr: string): string {
  return mp.run(`print(binascii.hexlify(${expr}).decode())`).trim();
}
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("Python bytes expressions", () => {
  it("a literal survives every byte value", () => {
    expect(evalHex(pythonBytesLiteral(allBytes))).toBe(hex(allBytes));
    expect(evalHex(pythonBytesLiteral(text))).toBe(hex(text));
  });

  it("picks base64 for binary data and a literal for text, and both decode to the same bytes", () => {
    const binary = pythonBytesExpression(allBytes, true);
    expect(binary.startsWith("_a(b'")).toBe(true);
    expect(evalHex(binary)).toBe(hex(allBytes));
    const source = pythonBytesExpression(text, true);
    expect(source.startsWith("b'")).toBe(true);
    expect(evalHex(source)).toBe(hex(text));
    expect(pythonBytesExpression(allBytes, false).startsWith("b'")).toBe(true);
  });

  it("predicts the encoded length without building it", () => {
    for (const data of [allBytes, text, new Uint8Array(0), allBytes.subarray(0, 7)]) {
      expect(encodedLength(data, true)).toBe(pythonBytesExpression(data, true).length);
      expect(encodedLength(data, false)).toBe(pythonBytesExpression(data, false).length);
    }
  });

  it("quotes any path as a Python string", () => {
    const path = "/lib/it's a \\ \"tab\"\there/café.py";
    expect(mp.run(`print(${pythonString(path)})`)).toBe(path + "\n");
  });
});

describe("decoding what the board prints", () => {
  it("base64 lines from b2a_base64, with \\r\\n line ends and per-line padding", () => {
    const printed = mp.run("for c in (bytes(range(256)), b'ab', b'x'):\n print(binascii.b2a_base64(c).decode(), end='')").replace(/\n/g, "\r\n");
    const expected = new Uint8Array([...allBytes, 0x61, 0x62, 0x78]);
    expect(decodeBase64Lines(printed)).toEqual(expected);
    expect(encodeBase64(allBytes)).toBe(Buffer.from(allBytes).toString("base64"));
  });

  it("hex lines, and refuses damaged input", () => {
    expect(decodeHexLines("00ff\r\n10\r\n")).toEqual(Uint8Array.of(0, 255, 16));
    expect(decodeHexLines("0g")).toBeNull();
    expect(decodeBase64Lines("QUJD\r\nQU*D\r\n")).toBeNull();
    expect(decodeBase64Lines("QUJ\r\n")).toBeNull();
  });
});
