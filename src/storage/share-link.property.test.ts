// Round-trip property: random projects (text and binary files, empty and zero-byte files, odd names in many
// scripts, nested empty folders, both flavours) → share link → the identical project, twice over.
import { describe, expect, it } from "vitest";
import { decodeShareFragment, encodeShareFragment, type ShareableProject } from "./share-link";
import { validateName } from "./names";

/** A small seeded generator so a failing case reproduces from its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ["a", "Z", "7", "_", "-", " ", ".", "(", ")", "[", "]", "{", "}", "!", "@", "#", "$", "%", "&", "+", "=", ",", ";", "'", "~", "^", "`",
  "é", "ü", "ñ", "ß", "Å", "ø", "ж", "λ", "日本", "한", "中文", "🙂", "∑", "código", "naïve", "LED", "main", "lib", "Sound"];

function oddName(r: () => number): string {
  for (;;) {
    let name = "";
    const length = 1 + Math.floor(r() * 8);
    for (let i = 0; i < length; i++) name += PIECES[Math.floor(r() * PIECES.length)];
    if (r() < 0.5) name += [".py", ".mpy", ".bin", ".txt", ".bmp", ".wav", ".toml", ".json"][Math.floor(r() * 8)];
    const checked = validateName(name);
    if (checked.ok && checked.value === name) return name;
  }
}

function bytesOf(r: () => number): Uint8Array {
  const kind = r();
  if (kind < 0.1) return new Uint8Array(0);
  if (kind < 0.5) {
    let text = "";
    const lines = Math.floor(r() * 60);
    for (let i = 0; i < lines; i++) text += `${"    ".repeat(Math.floor(r() * 3))}value_${i} = "${PIECES[Math.floor(r() * PIECES.length)]}" * ${Math.floor(r() * 99)}\n`;
    return new TextEncoder().encode(text);
  }
  const size = r() < 0.03 ? 100_000 : Math.floor(r() * 8_000);
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = r() * 256;
  return out;
}

function randomProject(seed: number): ShareableProject {
  const r = rng(seed);
  const entries: ShareableProject["entries"] = [];
  const taken = new Set<string>();
  const folders = [""];
  const count = Math.floor(r() * 16);
  for (let i = 0; i < count; i++) {
    const parent = folders[Math.floor(r() * folders.length)];
    const path = parent + oddName(r);
    if (taken.has(path.toLowerCase())) continue; // the drive compares names case-insensitively
    if (r() < 0.25) {
      folders.push(path + "/");
      entries.push({ path, kind: "dir" });
    } else entries.push({ path, kind: "file", data: bytesOf(r) });
    taken.add(path.toLowerCase());
  }
  if (entries.every((e) => e.kind === "dir")) entries.push({ path: "code.py", kind: "file", data: new Uint8Array(0) });
  // Project names are trimmed when stored, so the generator makes names that already are.
  let name = oddName(r).trim();
  while (!validateName(name).ok) name = oddName(r).trim();
  return { name, flavor: r() < 0.5 ? "circuitpython" : "micropython", entries };
}

/** path → bytes for files; folders by path, kept only when empty (a file inside implies its folders). */
function contents(entries: ShareableProject["entries"]): Record<string, number[] | "empty folder"> {
  const out: Record<string, number[] | "empty folder"> = {};
  for (const e of entries) {
    if (e.kind === "file") out[e.path] = Array.from(e.data ?? []);
    else if (!entries.some((o) => o.path.startsWith(e.path + "/"))) out[e.path] = "empty folder";
  }
  return out;
}

describe("share link round trip (property)", () => {
  it("100 random projects come back identical, and again after a second trip", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const project = randomProject(seed);
      const fragment = encodeShareFragment(project);
      const decoded = decodeShareFragment(fragment);
      if (!decoded.ok) throw new Error(`seed ${seed}: ${decoded.error.message}`);
      expect(decoded.value.name, `seed ${seed}`).toBe(project.name);
      expect(decoded.value.flavor, `seed ${seed}`).toBe(project.flavor);
      expect(contents(decoded.value.entries), `seed ${seed}`).toEqual(contents(project.entries));
      const again = decodeShareFragment(encodeShareFragment(decoded.value));
      if (!again.ok) throw new Error(`seed ${seed}, second trip: ${again.error.message}`);
      expect(contents(again.value.entries), `seed ${seed}, second trip`).toEqual(contents(project.entries));
    }
  });

  it("the generator really makes odd projects (binary, empty files, nested empty folders, names in many scripts)", () => {
    const all = Array.from({ length: 100 }, (_, i) => randomProject(i + 1));
    const entries = all.flatMap((p) => p.entries);
    expect(entries.some((e) => e.kind === "file" && e.data!.length === 0), "zero-byte file").toBe(true);
    expect(entries.some((e) => e.kind === "file" && e.data!.length >= 100_000), "large binary").toBe(true);
    expect(entries.some((e) => e.kind === "dir" && e.path.includes("/")), "nested folder").toBe(true);
    expect(entries.some((e) => /[^\x00-\x7f]/.test(e.path))).toBe(true);
    expect(entries.some((e) => / /.test(e.path))).toBe(true);
  });
});
