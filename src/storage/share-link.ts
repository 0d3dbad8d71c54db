// Share links: a whole project in the URL fragment (`#p=1.<base64url(deflate-raw(payload))>`), never sent to a server.
// Decoding refuses anything malformed or oversized, and every project still passes through restoreProject().
import { deflateSync, Inflate } from "fflate";
import type { Flavor, Result } from "./types";
import { restoreProject, type RestoredProject } from "./restore";
import { validatePath } from "./names";
import { MAX_COMPRESSION_RATIO, MAX_IMPORT_FILES, RATIO_CHECK_BYTES, formatBytes } from "./limits";

export const SHARE_VERSION = 1;
/** Longer links get cut by some chat and mail tools; the dialog warns and offers the zip instead. */
export const CHAT_SAFE_LINK_LENGTH = 4000;
/** Browsers cope with far longer URLs, but a project this large belongs in a zip. */
export const MAX_LINK_LENGTH = 2_000_000;
/** The most a link may expand to: far above a Pico's drive. */
export const MAX_EXPANDED_BYTES = 16 * 1024 * 1024;

export interface ShareableProject {
  name: string;
  flavor: Flavor;
  wiring?: unknown;
  /** Files and folders; folder entries carry no data. */
  entries: { path: string; kind: "file" | "dir"; data?: Uint8Array }[];
}

interface PayloadHeader {
  name: string;
  flavor: Flavor;
  wiring?: unknown;
  /** [path, size] for files, [path] for (empty) folders, in order; file bytes follow the header in the same order. */
  files: ([string, number] | [string])[];
  /** What the sender left out (lib/'s libraries), folders with a trailing "/"; optional, added after the first links. */
  leftOut?: string[];
}

/** A project from a link, with what the sender left out of it (to be installed again by whoever opens it). */
export type SharedProject = RestoredProject & { leftOut: string[] };

/** At most this many left-out names travel in a link (the preview lists them; the rest are summarised). */
export const MAX_LEFT_OUT_NAMES = 200;

/** The excluded entries not inside another excluded folder: "lib/ssd1306.py", "lib/adafruit_hid/". */
function leftOutNames(entries: ShareableProject["entries"], exclude: (path: string) => boolean): string[] {
  const excludedDirs = new Set(entries.filter((e) => e.kind === "dir" && exclude(e.path)).map((e) => e.path));
  const insideExcluded = (path: string) => [...excludedDirs].some((dir) => path.startsWith(dir + "/"));
  return entries
    .filter((e) => exclude(e.path) && !insideExcluded(e.path))
    .map((e) => (e.kind === "dir" ? `${e.path}/` : e.path))
    .slice(0, MAX_LEFT_OUT_NAMES);
}

/** The left-out names from an incoming header: untrusted, so only valid project paths are kept, never an error. */
function readLeftOut(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const names: string[] = [];
  for (const item of raw.slice(0, MAX_LEFT_OUT_NAMES)) {
    if (typeof item !== "string") continue;
    const path = validatePath(item);
    if (path.ok) names.push(item.endsWith("/") ? `${path.value}/` : path.value);
  }
  return names;
}

/** Builds the fragment (without the leading '#'); `exclude` leaves out paths (e.g. standard libraries in lib/). */
export function encodeShareFragment(project: ShareableProject, exclude: (path: string) => boolean = () => false): string {
  const kept = project.entries.filter((e) => !exclude(e.path));
  const header: PayloadHeader = {
    name: project.name,
    flavor: project.flavor,
    ...(project.wiring !== undefined ? { wiring: project.wiring } : {}),
    files: kept.map((e) => (e.kind === "dir" ? [e.path] : [e.path, e.data?.length ?? 0])),
  };
  const leftOut = leftOutNames(project.entries, exclude);
  if (leftOut.length > 0) header.leftOut = leftOut;
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const body = concat([u32(headerBytes.length), headerBytes, ...kept.filter((e) => e.kind === "file").map((e) => e.data ?? new Uint8Array(0))]);
  return `p=${SHARE_VERSION}.${toBase64Url(deflateSync(body, { level: 9 }))}`;
}

/** Reads a fragment (with or without '#') back into a validated project; nothing is stored here. */
export function decodeShareFragment(fragment: string): Result<SharedProject> {
  const text = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  const match = /^p=(\d+)\.(.*)$/s.exec(text);
  if (!match) return fail("corrupt", "This link doesn't contain a Pyco project. It may have been cut short when it was copied.");
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return fail("unsupported", "This link was made by a newer version of Pyco. Reload the app to update it, then open the link again.");
  if (version !== SHARE_VERSION) return fail("corrupt", "This link's format isn't one Pyco knows. It may be damaged.");
  if (match[2].length > MAX_LINK_LENGTH) return fail("too-large", "This link is too long to be a Pyco project link.");
  const compressed = fromBase64Url(match[2]);
  if (!compressed) return fail("corrupt", "This link is damaged (it contains characters a Pyco link never has). Ask for the link again, or for a .zip of the project.");
  const body = inflateCapped(compressed);
  if (!body.ok) return body;
  return parsePayload(body.value);
}

/** The project's share link for a base URL (the app's own address). */
export function makeShareLink(baseUrl: string, project: ShareableProject, exclude?: (path: string) => boolean): string {
  return `${baseUrl.split("#")[0]}#${encodeShareFragment(project, exclude)}`;
}

type ShareError = "corrupt" | "too-large" | "unsupported";
function fail<T>(code: ShareError, message: string): Result<T> {
  return { ok: false, error: { code: code === "unsupported" ? "corrupt" : code, message } };
}

/** Inflates while counting: stops at MAX_EXPANDED_BYTES or a compression ratio no real project has. */
function inflateCapped(compressed: Uint8Array): Result<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > MAX_EXPANDED_BYTES) tooLarge = true;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    // Feed in slices so a bomb is caught after a slice, not after expanding everything.
    for (let i = 0; i < compressed.length && !tooLarge; i += 16384) inflater.push(compressed.subarray(i, i + 16384), i + 16384 >= compressed.length);
  } catch {
    return fail("corrupt", "This link is damaged: its contents can't be unpacked. It may have been cut short when it was copied.");
  }
  if (tooLarge) {
    return fail("too-large", `This link unpacks to more than ${formatBytes(MAX_EXPANDED_BYTES)}, far more than a project holds, so it was not opened.`);
  }
  if (total > RATIO_CHECK_BYTES && total / compressed.length > MAX_COMPRESSION_RATIO) {
    const ratio = Math.round(total / compressed.length);
    return fail("too-large", `This link unpacks to ${ratio} times its own size (${formatBytes(total)}), which no real project does: it looks like a "zip bomb", so it was not opened.`);
  }
  if (!finished) return fail("corrupt", "This link is incomplete: it was probably cut short when it was copied.");
  return { ok: true, value: concat(chunks) };
}

function parsePayload(body: Uint8Array): Result<SharedProject> {
  const damaged = fail<SharedProject>("corrupt", "This link is damaged: the project inside it is incomplete.");
  if (body.length < 4) return damaged;
  const headerLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
  if (4 + headerLength > body.length) return damaged;
  let header: PayloadHeader;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body.subarray(4, 4 + headerLength)));
  } catch {
    return damaged;
  }
  if (!header || !Array.isArray(header.files)) return damaged;
  if (header.files.length > MAX_IMPORT_FILES) return fail("too-large", `This link holds ${header.files.length} files; at most ${MAX_IMPORT_FILES} are allowed.`);
  let offset = 4 + headerLength;
  const files: { path: unknown; data?: Uint8Array }[] = [];
  for (const item of header.files) {
    if (!Array.isArray(item) || typeof item[0] !== "string") return damaged;
    if (item.length === 1) {
      files.push({ path: item[0].endsWith("/") ? item[0] : item[0] + "/" });
      continue;
    }
    const size = item[1];
    if (typeof size !== "number" || !Number.isInteger(size) || size < 0 || offset + size > body.length) return damaged;
    files.push({ path: item[0], data: body.slice(offset, offset + size) });
    offset += size;
  }
  if (offset !== body.length) return damaged;
  const restored = restoreProject({ name: header.name, flavor: header.flavor, wiring: header.wiring, files }, { source: "link" });
  return restored.ok ? { ok: true, value: { ...restored.value, leftOut: readLeftOut(header.leftOut) } } : restored;
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

/** Strict decoding: any character outside the alphabet (or an impossible length) makes the link invalid. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const group = text.slice(i, i + 4);
    for (let j = 0; j < 4; j++) {
      const v = j < group.length ? ALPHABET.indexOf(group[j]) : 0;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    const bytes = group.length - 1;
    for (let j = 0; j < bytes; j++) out[at++] = (n >> (16 - 8 * j)) & 255;
  }
  return out.subarray(0, at);
}
