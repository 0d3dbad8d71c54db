// The Share dialog's logic: link length and the chat warning, the QR limit, and leaving lib/ out.
import { describe, expect, it } from "vitest";
import { CHAT_SAFE_LINK_LENGTH, decodeShareFragment, type ShareableProject } from "../../storage";
import { describeLength, describeSize, isInsideLib, libContents, QR_MAX_LENGTH, shareLinkInfo } from "./share-model";

const BASE = "https://pyco.example/app/";
const text = (s: string) => new TextEncoder().encode(s);

function project(extra: ShareableProject["entries"] = []): ShareableProject {
  return {
    name: "Weather station",
    flavor: "circuitpython",
    wiring: { version: 1, parts: [{ id: "part1", kind: "led", pin: 15 }] },
    entries: [
      { path: "code.py", kind: "file", data: text("import board\nprint('hi')\n") },
      { path: "lib", kind: "dir" },
      { path: "lib/adafruit_bus_device", kind: "dir" },
      { path: "lib/adafruit_bus_device/i2c_device.mpy", kind: "file", data: new Uint8Array(3000).map((_, i) => (i * 7919) % 251) },
      { path: "lib/adafruit_ssd1306.mpy", kind: "file", data: new Uint8Array([0x43, 6, 0, 0x1f, 1, 2, 3]) },
      ...extra,
    ],
  };
}

/** Source text that compresses like real code does (not a repeated line, which deflate squeezes to nothing). */
function sourceOfSize(bytes: number): string {
  let out = "";
  for (let i = 0; out.length < bytes; i++) {
    out += `def handler_${i}(value_${i % 17}, limit=${(i * 7919) % 1000}):\n    return value_${i % 17} * ${(i * 104729) % 997} > limit  # check ${i}\n`;
  }
  return out.slice(0, bytes);
}

describe("shareLinkInfo", () => {
  it("makes a link that opens as the same project, with its length", () => {
    const info = shareLinkInfo(BASE, project(), false);
    expect(info.link.startsWith(`${BASE}#p=1.`)).toBe(true);
    expect(info.length).toBe(info.link.length);
    expect(info.leftOut).toBe(0);
    const opened = decodeShareFragment(info.link.slice(info.link.indexOf("#")));
    expect(opened.ok && opened.value.entries.map((e) => e.path)).toEqual([
      "code.py", "lib", "lib/adafruit_bus_device", "lib/adafruit_bus_device/i2c_device.mpy", "lib/adafruit_ssd1306.mpy",
    ]);
    expect(opened.ok && opened.value.wiring).toEqual(project().wiring);
  });

  it("drops the base URL's own fragment", () => {
    expect(shareLinkInfo(`${BASE}#p=old`, project(), false).link.split("#")).toHaveLength(2);
  });

  it("warns only above the chat-safe length", () => {
    const small = shareLinkInfo(BASE, project(), true);
    expect(small.length).toBeLessThanOrEqual(CHAT_SAFE_LINK_LENGTH);
    expect(small.mayBeCut).toBe(false);
    const big = shareLinkInfo(BASE, project([{ path: "big.py", kind: "file", data: text(sourceOfSize(30_000)) }]), false);
    expect(big.length).toBeGreaterThan(CHAT_SAFE_LINK_LENGTH);
    expect(big.mayBeCut).toBe(true);
    expect(big.fitsQr).toBe(false);
  });

  it("says whether the link fits in a QR code", () => {
    const info = shareLinkInfo(BASE, project(), true);
    expect(info.fitsQr).toBe(info.length <= QR_MAX_LENGTH);
    expect(info.fitsQr).toBe(true);
  });

  it("leaves out everything inside lib/ when asked, keeping lib/ itself, and the link gets shorter", () => {
    const full = shareLinkInfo(BASE, project(), false);
    const lean = shareLinkInfo(BASE, project(), true);
    expect(lean.leftOut).toBe(3);
    expect(lean.length).toBeLessThan(full.length);
    const opened = decodeShareFragment(lean.link.slice(lean.link.indexOf("#")));
    expect(opened.ok && opened.value.entries.map((e) => e.path)).toEqual(["code.py", "lib"]);
  });
});

describe("lib/ helpers", () => {
  it("knows what is inside lib/, as the FAT drive compares names", () => {
    expect(isInsideLib("lib/x.py")).toBe(true);
    expect(isInsideLib("LIB/Driver.mpy")).toBe(true);
    expect(isInsideLib("lib")).toBe(false);
    expect(isInsideLib("library.py")).toBe(false);
    expect(isInsideLib("src/lib/x.py")).toBe(false);
  });

  it("lists what lib/ holds directly, folders with a slash", () => {
    expect(libContents(project())).toEqual(["adafruit_bus_device/", "adafruit_ssd1306.mpy"]);
    expect(libContents({ name: "x", flavor: "micropython", entries: [{ path: "main.py", kind: "file", data: text("") }] })).toEqual([]);
  });
});

describe("wording", () => {
  it("describes lengths and sizes", () => {
    expect(describeLength(1)).toBe("1 character");
    expect(describeLength(12345)).toBe("12,345 characters");
    expect(describeSize(1)).toBe("1 byte");
    expect(describeSize(900)).toBe("900 bytes");
    expect(describeSize(10 * 1024)).toBe("10.0 KB");
    expect(describeSize(3 * 1024 * 1024)).toBe("3.0 MB");
  });
});
