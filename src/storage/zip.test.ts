// Tests for zip export/import: round trips with binary files, and hostile or damaged zips leaving the database unchanged.
import "fake-indexeddb/auto";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ProjectStore } from "./project-store";
import { openTestStore, snapshot, text } from "./test-support";
import type { Result } from "./types";
import { readZip } from "./zip-read";

let store: ProjectStore;

beforeEach(async () => {
  store = (await openTestStore()).store;
});

afterEach(() => store.close());

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function randomBytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Offsets of each central-directory record, so tests can forge headers the way an attacker would. */
function centralRecords(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    out.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function patch32(zip: Uint8Array, at: number, v: number): Uint8Array {
  const copy = zip.slice();
  new DataView(copy.buffer).setUint32(at, v, true);
  return copy;
}

function patch16(zip: Uint8Array, at: number, v: number): Uint8Array {
  const copy = zip.slice();
  new DataView(copy.buffer).setUint16(at, v, true);
  return copy;
}

const MPY = new Uint8Array([0x4d, 0x06, 0x00, 0x1f, 0x00, 0xff, 0x80, 0x0a, 0x0d, 0x00]);
const BMP = (() => {
  const b = randomBytes(300, 7);
  b.set([0x42, 0x4d, 0x2c, 0x01, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0]);
  return b;
})();

describe("zip round trip", () => {
  it("exports the drive at the zip's root with folders, and imports it back byte for byte", async () => {
    const p = value(await store.createProject("circuitpython", "Display"));
    value(await store.writeFile(p.id, "lib/neopixel.mpy", MPY));
    value(await store.writeFile(p.id, "images/logo.bmp", BMP, { createParents: true }));
    value(await store.mkdir(p.id, "fonts/empty"));
    value(await store.writeFile(p.id, "notes/ünïcode ✓.txt", "héllo", { createParents: true }));
    const zip = value(await store.exportZip(p.id));

    const names = Object.keys(unzipSync(zip)).sort();
    expect(names).toEqual([
      "code.py", "fonts/", "fonts/empty/", "images/", "images/logo.bmp", "lib/", "lib/neopixel.mpy",
      "notes/", "notes/ünïcode ✓.txt", "settings.toml",
    ]);

    const q = value(await store.importZip("Display.zip", zip));
    expect(q).toMatchObject({ name: "Display 2", flavor: "circuitpython", revision: 1 });
    const strip = (es: { path: string; kind: string; size: number }[]) => es.map(({ path, kind, size }) => ({ path, kind, size }));
    expect(strip(await store.listEntries(q.id))).toEqual(strip(await store.listEntries(p.id)));
    expect(await store.readFile(q.id, "lib/neopixel.mpy")).toEqual(MPY);
    expect(await store.readFile(q.id, "images/logo.bmp")).toEqual(BMP);
    expect(await store.readText(q.id, "code.py")).toBe(await store.readText(p.id, "code.py"));
  });

  it("reads zips made by other tools (stored and deflated entries)", () => {
    const zip = zipSync({ "a.txt": [text("stored"), { level: 0 }], "b.bin": [randomBytes(5000), { level: 9 }] });
    const files = value(readZip(zip));
    expect(files.map((f) => f.path)).toEqual(["a.txt", "b.bin"]);
    expect(files[1]!.data).toEqual(randomBytes(5000));
  });

  it("unwraps a single top-level folder and drops macOS junk", async () => {
    const zip = zipSync({
      "myproj/code.py": text("print('hi')"),
      "myproj/lib/x.py": text("X = 1"),
      "myproj/.DS_Store": new Uint8Array([0, 0, 0, 1]),
      "__MACOSX/myproj/._code.py": new Uint8Array([0, 5, 22, 7]),
    });
    const p = value(await store.importZip("myproj.zip", zip));
    expect(p.name).toBe("myproj");
    expect((await store.listEntries(p.id)).map((e) => e.path)).toEqual(["code.py", "lib", "lib/x.py"]);
  });

  it("does not unwrap lib/", async () => {
    const p = value(await store.importZip("libs", zipSync({ "lib/a.py": text("A") })));
    expect((await store.listEntries(p.id)).map((e) => e.path)).toEqual(["lib", "lib/a.py"]);
  });

  it.each([
    [{ "main.py": text("") }, "micropython"],
    [{ "main.py": text(""), "code.py": text("") }, "circuitpython"],
    [{ "code.py": text("") }, "circuitpython"],
    [{ "boot.py": text(""), "lib/main.py": text("") }, "circuitpython"],
  ])("detects the flavor of %j", async (files, flavor) => {
    const p = value(await store.importZip("x", zipSync(files as Zippable)));
    expect(p.flavor).toBe(flavor);
  });
});

describe("hostile and damaged zips", () => {
  beforeEach(async () => {
    const p = value(await store.createProject("circuitpython", "Existing"));
    value(await store.writeFile(p.id, "code.py", "precious work"));
  });

  async function expectRefused(zip: Uint8Array, code: string, message: RegExp) {
    const before = await snapshot(store);
    const r = await store.importZip("evil.zip", zip);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
    expect(await snapshot(store)).toEqual(before);
  }

  it.each([
    ["../evil.py", /outside the project/],
    ["lib/../../evil.py", /outside the project/],
    ["/etc/passwd", /absolute path/],
    ["C:/Windows/evil.py", /absolute path/],
    ["lib\\..\\..\\evil.py", /backslash/],
    ["lib/a:b.py", /":"/],
    ["trailing./x.py", /ends with a dot/],
    ["con.py", /reserved device name/],
  ])("refuses the path %j and stores nothing", async (name, message) => {
    const zip = zipSync({ "code.py": text("ok"), [name]: text("evil") });
    await expectRefused(zip, "invalid-name", message);
  });

  it("refuses names that clash on a FAT drive", async () => {
    await expectRefused(zipSync({ "Code.py": text("1"), "code.py": text("2") }), "exists", /same name/);
    await expectRefused(zipSync({ "lib": text("file"), "lib/x.py": text("2") }), "exists", /same name/);
  });

  it.each([
    ["text", text("print('this is not a zip')")],
    ["empty", new Uint8Array(0)],
    ["png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(40).fill(0)])],
    ["random", randomBytes(4096, 3)],
  ])("refuses non-zip bytes (%s)", async (_label, data) => {
    await expectRefused(data, "corrupt", /isn't a zip archive/);
  });

  it("refuses a truncated zip", async () => {
    const zip = zipSync({ "code.py": randomBytes(2000) });
    await expectRefused(zip.subarray(0, zip.length - 30), "corrupt", /isn't a zip|damaged/);
    await expectRefused(zip.subarray(1000), "corrupt", /damaged/);
  });

  it("refuses an entry whose checksum is wrong", async () => {
    const zip = zipSync({ "code.py": [text("print('hello')"), { level: 0 }] });
    const damaged = zip.slice();
    damaged[30 + "code.py".length + 2] ^= 0xff;
    await expectRefused(damaged, "corrupt", /checksum/);
  });

  it("refuses an entry that inflates past its declared size", async () => {
    const zip = zipSync({ "code.py": randomBytes(1000), "big.bin": new Uint8Array(100_000) });
    const lie = patch32(zip, centralRecords(zip)[1]! + 24, 1000);
    await expectRefused(lie, "too-large", /more than the .* declares/);
  });

  it("refuses a high-ratio zip bomb before inflating it", async () => {
    await expectRefused(zipSync({ "zeros.bin": new Uint8Array(4 * 1024 * 1024) }), "too-large", /zip bomb/);
  });

  it("refuses a zip that declares more than 64 MB in total", async () => {
    const names: Zippable = {};
    for (let i = 0; i < 5; i++) names[`f${i}.bin`] = [randomBytes(100, i), { level: 0 }];
    let zip: Uint8Array = zipSync(names);
    for (const at of centralRecords(zip)) {
      zip = patch32(zip, at + 20, 15 * 1024 * 1024);
      zip = patch32(zip, at + 24, 15 * 1024 * 1024);
    }
    await expectRefused(zip, "too-large", /more than 64\.0 MB/);
  });

  it("checks the actual total while inflating", () => {
    const zip = zipSync({ "a.bin": randomBytes(600, 1), "b.bin": randomBytes(600, 2) });
    const r = readZip(zip, { maxFiles: 10, maxTotalBytes: 1000, maxRatio: 200, ratioCheckBytes: 1 << 20 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("too-large");
  });

  it("refuses more than 10,000 entries", async () => {
    const many: Zippable = {};
    for (let i = 0; i <= 10_000; i++) many[`f${i}.txt`] = [new Uint8Array(0), { level: 0 }];
    await expectRefused(zipSync(many), "too-large", /10001 entries; at most 10000/);
  });

  it("refuses encrypted entries and unknown compression methods", async () => {
    const zip = zipSync({ "code.py": text("x") });
    const at = centralRecords(zip)[0]!;
    await expectRefused(patch16(zip, at + 8, 1), "corrupt", /password/);
    await expectRefused(patch16(zip, at + 10, 12), "corrupt", /compression method/);
  });

  it("refuses a zip with no files", async () => {
    await expectRefused(zipSync({ "empty/": new Uint8Array(0) }), "not-found", /no files/);
    await expectRefused(zipSync({}), "not-found", /no files/);
  });
});
