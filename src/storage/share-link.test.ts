// Share links: round trips of random projects, hostile links refused with a clear message, and links from every
// released version still opening (tests/fixtures/share-links).
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { deflateSync } from "fflate";
import { decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url, type ShareableProject } from "./share-link";

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../tests/fixtures/share-links");
const text = (s: string) => new TextEncoder().encode(s);

/** A small deterministic generator so failures reproduce. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

function randomProject(seed: number): ShareableProject {
  const r = rng(seed);
  const names = ["code.py", "main.py", "boot.py", "lib", "data", "é-ü ñ.txt", "Sound (1).wav", "a.mpy", "img.bmp", "x y", "settings.toml", "日本.py"];
  const entries: ShareableProject["entries"] = [];
  const used = new Set<string>();
  const count = 1 + Math.floor(r() * 12);
  for (let i = 0; i < count; i++) {
    const folder = r() < 0.3 ? "lib/" : r() < 0.2 ? "data/deep/" : "";
    const p = folder + names[Math.floor(r() * names.length)] + (r() < 0.3 ? String(i) : "");
    if (used.has(p.toLowerCase()) || [...used].some((u) => u.startsWith(p.toLowerCase() + "/") || p.toLowerCase().startsWith(u + "/"))) continue;
    used.add(p.toLowerCase());
    const binary = r() < 0.4;
    const size = Math.floor(r() * (binary ? 3000 : 800));
    const data = binary ? Uint8Array.from({ length: size }, () => Math.floor(r() * 256)) : text("print('x')\n".repeat(Math.floor(size / 11)));
    entries.push({ path: p, kind: "file", data });
  }
  if (r() < 0.5) entries.push({ path: "empty", kind: "dir" });
  return { name: `Project ${seed}`, flavor: r() < 0.5 ? "circuitpython" : "micropython", wiring: r() < 0.5 ? { parts: [{ kind: "led", pin: "GP15" }] } : undefined, entries };
}

const filesOf = (entries: { path: string; kind: string; data?: Uint8Array }[]) =>
  Object.fromEntries(entries.map((e) => [e.path, e.kind === "dir" ? "dir" : Array.from(e.data ?? [])]));

describe("share links", () => {
  it("round-trips random projects exactly (text, binary, odd names, empty folders, wiring)", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const project = randomProject(seed);
      const decoded = decodeShareFragment("#" + encodeShareFragment(project));
      expect(decoded.ok, `seed ${seed}: ${!decoded.ok && decoded.error.message}`).toBe(true);
      if (!decoded.ok) continue;
      expect(decoded.value.name).toBe(project.name);
      expect(decoded.value.flavor).toBe(project.flavor);
      expect(decoded.value.wiring).toEqual(project.wiring);
      const expected = filesOf(project.entries);
      const got = filesOf(decoded.value.entries.filter((e) => e.kind === "file" || expected[e.path] === "dir"));
      expect(got).toEqual(expected);
    }
  });

  it("can leave out lib/", () => {
    const project: ShareableProject = { name: "P", flavor: "circuitpython", entries: [{ path: "code.py", kind: "file", data: text("x") }, { path: "lib/big.mpy", kind: "file", data: new Uint8Array(5000) }] };
    const fragment = encodeShareFragment(project, (p) => p.startsWith("lib/"));
    const decoded = decodeShareFragment(fragment);
    expect(decoded.ok && decoded.value.entries.map((e) => e.path)).toEqual(["code.py"]);
  });

  it("says what was left out (folders once, with a slash), so whoever opens it knows what to install", () => {
    const project: ShareableProject = {
      name: "P",
      flavor: "circuitpython",
      entries: [
        { path: "code.py", kind: "file", data: text("x") },
        { path: "lib", kind: "dir" },
        { path: "lib/adafruit_hid", kind: "dir" },
        { path: "lib/adafruit_hid/keyboard.py", kind: "file", data: text("k") },
        { path: "lib/neopixel.mpy", kind: "file", data: new Uint8Array(10) },
      ],
    };
    const decoded = decodeShareFragment(encodeShareFragment(project, (p) => p.startsWith("lib/")));
    expect(decoded.ok && decoded.value.leftOut).toEqual(["lib/adafruit_hid/", "lib/neopixel.mpy"]);
    const whole = decodeShareFragment(encodeShareFragment(project));
    expect(whole.ok && whole.value.leftOut).toEqual([]);
  });

  it("keeps only valid paths from a crafted left-out list, without refusing the link", () => {
    const header = text(JSON.stringify({ name: "x", flavor: "micropython", files: [["main.py", 1]], leftOut: ["lib/ok.py", "../evil", 7, "con.py", "lib/dir/", { a: 1 }] }));
    const body = new Uint8Array([...new Uint8Array(new Uint32Array([header.length]).buffer), ...header, 65]);
    const decoded = decodeShareFragment("#p=1." + toBase64Url(deflateSync(body)));
    expect(decoded.ok && decoded.value.leftOut).toEqual(["lib/ok.py", "lib/dir/"]);
    const notAList = text(JSON.stringify({ name: "x", flavor: "micropython", files: [["main.py", 1]], leftOut: "lib/" }));
    const decoded2 = decodeShareFragment("#p=1." + toBase64Url(deflateSync(new Uint8Array([...new Uint8Array(new Uint32Array([notAList.length]).buffer), ...notAList, 65]))));
    expect(decoded2.ok && decoded2.value.leftOut).toEqual([]);
  });

  it.each([
    ["not a Pyco link", "hello"],
    ["truncated", "#" + encodeShareFragment(randomProject(3)).slice(0, 40)],
    ["not base64", "#p=1.abc$%^&*"],
    ["not deflate", "#p=1." + toBase64Url(text("definitely not deflate data at all"))],
    ["empty payload", "#p=1."],
  ])("refuses a %s link with a clear message", (_label, link) => {
    const r = decodeShareFragment(link);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/link/i);
  });

  it("refuses a link from a newer version, asking to reload", () => {
    const r = decodeShareFragment("#p=9." + encodeShareFragment(randomProject(4)).split(".")[1]);
    expect(!r.ok && r.error.message).toMatch(/newer version/);
  });

  it("refuses a zip bomb (a tiny link that expands enormously)", () => {
    const bomb = new Uint8Array(40 * 1024 * 1024);
    const r = decodeShareFragment("#p=1." + toBase64Url(deflateSync(bomb)));
    expect(!r.ok && r.error.code).toBe("too-large");
  });

  it("refuses paths that escape the project, forbidden names, and thousands of files", () => {
    const make = (files: unknown[]) => {
      const header = text(JSON.stringify({ name: "x", flavor: "micropython", files: files.map((p) => [p, 1]) }));
      const size = new Uint8Array(4);
      new DataView(size.buffer).setUint32(0, header.length, true);
      const body = new Uint8Array([...size, ...header, ...new Uint8Array(files.length).fill(65)]);
      return "#p=1." + toBase64Url(deflateSync(body));
    };
    for (const bad of ["../evil.py", "/etc/passwd", "lib/../../x", "a\\..\\b", "con.py", "a:b.py", "what?.py"]) {
      const r = decodeShareFragment(make([bad]));
      expect(r.ok, bad).toBe(false);
    }
    const many = decodeShareFragment(make(Array.from({ length: 10_001 }, (_, i) => `f${i}.py`)));
    expect(!many.ok && many.error.code).toBe("too-large");
  });

  it("base64url is strict", () => {
    expect(fromBase64Url("A")).toBeNull();
    expect(fromBase64Url("ab+/")).toBeNull();
    expect(Array.from(fromBase64Url(toBase64Url(Uint8Array.of(0, 255, 1, 2)))!)).toEqual([0, 255, 1, 2]);
  });

  it("opens every link kept in tests/fixtures/share-links (links made by earlier versions keep working)", () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".link"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, f.replace(/\.link$/, ".json")), "utf8"));
      const r = decodeShareFragment(fs.readFileSync(path.join(FIXTURES, f), "utf8").trim().split("#")[1]);
      expect(r.ok, f).toBe(true);
      if (!r.ok) continue;
      const { leftOut = [], ...project } = expected;
      expect({ name: r.value.name, flavor: r.value.flavor, files: filesOf(r.value.entries) }, f).toEqual(project);
      expect(r.value.leftOut, f).toEqual(leftOut);
    }
  });
});
