// Reads zip archives defensively: checks the directory, declared and actual sizes, ratios and CRCs while inflating,
// so hostile or damaged zips are refused before any byte reaches the database.
import { Inflate } from "fflate";
import { crc32 } from "./crc32";
import { MAX_COMPRESSION_RATIO, MAX_IMPORT_BYTES, MAX_IMPORT_FILES, RATIO_CHECK_BYTES, formatBytes } from "./limits";
import { fail, ok } from "./result";
import type { IncomingFile, Result } from "./types";

export interface ZipLimits {
  maxFiles: number;
  maxTotalBytes: number;
  maxRatio: number;
  ratioCheckBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFiles: MAX_IMPORT_FILES,
  maxTotalBytes: MAX_IMPORT_BYTES,
  maxRatio: MAX_COMPRESSION_RATIO,
  ratioCheckBytes: RATIO_CHECK_BYTES,
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
// Small pushes bound how far one call can overshoot a limit: deflate expands at most ~1032x.
const INFLATE_CHUNK = 1024;

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

const NOT_A_ZIP = "This file isn't a zip archive (or it is damaged). Choose a .zip file exported from Pyco or made with a zip tool.";

function corrupt<T>(detail: string): Result<T> {
  return fail("corrupt", `The zip file is damaged: ${detail}. Nothing was imported.`);
}

function bomb<T>(detail: string): Result<T> {
  return fail("too-large", `${detail} It may be a "zip bomb", so nothing was imported.`);
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function readDirectory(view: DataView, limits: ZipLimits): Result<Directory> {
  if (view.byteLength < EOCD_SIZE) return fail("corrupt", NOT_A_ZIP);
  const at = findEndOfDirectory(view);
  if (at < 0) return fail("corrupt", NOT_A_ZIP);
  const disk = view.getUint16(at + 4, true);
  const cdDisk = view.getUint16(at + 6, true);
  const count = view.getUint16(at + 10, true);
  const size = view.getUint32(at + 12, true);
  const offset = view.getUint32(at + 16, true);
  if (disk !== 0 || cdDisk !== 0) return fail("corrupt", "This zip is split over several files. Make a single zip file and try again.");
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return fail("corrupt", "This zip uses the ZIP64 format, which Pyco doesn't read. Zip the project again with a standard zip tool.");
  }
  if (count > limits.maxFiles) return bomb(`The zip file has ${count} entries; at most ${limits.maxFiles} are allowed.`);
  if (offset + size > at) return corrupt("its table of contents points outside the file");
  return ok({ count, offset, size });
}

function decodeName(bytes: Uint8Array, flags: number): string {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  try {
    return utf8.decode(bytes);
  } catch {
    // Names without the UTF-8 flag come from old tools using a DOS code page; Latin-1 keeps them readable.
    if (flags & FLAG_UTF8) return new TextDecoder("utf-8").decode(bytes);
    return Array.from(bytes, (b) => String.fromCharCode(b)).join("");
  }
}

function readCentralEntry(bytes: Uint8Array, view: DataView, at: number, end: number): Result<{ entry: CentralEntry; next: number }> {
  if (at + CENTRAL_SIZE > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return corrupt("its table of contents is broken");
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
  if (next > end) return corrupt("its table of contents is cut short");
  const flags = view.getUint16(at + 8, true);
  const entry: CentralEntry = {
    flags,
    method: view.getUint16(at + 10, true),
    crc: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localOffset: view.getUint32(at + 42, true),
    name: decodeName(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength), flags),
  };
  return ok({ entry, next });
}

function checkEntryHeader(entry: CentralEntry, limits: ZipLimits): Result<void> {
  if (entry.flags & FLAG_ENCRYPTED) {
    return fail("corrupt", `"${entry.name}" in the zip is password-protected. Zip the project again without a password.`);
  }
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    return fail("corrupt", `"${entry.name}" in the zip uses a compression method Pyco can't read. Zip it again with standard (deflate) compression.`);
  }
  if (entry.size > limits.ratioCheckBytes && entry.size / Math.max(1, entry.compressedSize) > limits.maxRatio) {
    return bomb(`"${entry.name}" claims to expand ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times.`);
  }
  return ok(undefined);
}

/** Reads and checks the whole table of contents before anything is inflated. */
function readEntries(bytes: Uint8Array, view: DataView, limits: ZipLimits): Result<CentralEntry[]> {
  const dir = readDirectory(view, limits);
  if (!dir.ok) return dir;
  const entries: CentralEntry[] = [];
  let at = dir.value.offset;
  let declaredTotal = 0;
  for (let i = 0; i < dir.value.count; i++) {
    const read = readCentralEntry(bytes, view, at, dir.value.offset + dir.value.size);
    if (!read.ok) return read;
    const checked = checkEntryHeader(read.value.entry, limits);
    if (!checked.ok) return checked;
    declaredTotal += read.value.entry.size;
    if (declaredTotal > limits.maxTotalBytes) {
      return bomb(`The zip file would unpack to more than ${formatBytes(limits.maxTotalBytes)}, more than a project may hold.`);
    }
    entries.push(read.value.entry);
    at = read.value.next;
  }
  return ok(entries);
}

function entryData(view: DataView, entry: CentralEntry): Result<Uint8Array> {
  const at = entry.localOffset;
  if (at + LOCAL_SIZE > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    return corrupt(`the data of "${entry.name}" is missing`);
  }
  const start = at + LOCAL_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) return corrupt(`"${entry.name}" is cut short`);
  return ok(new Uint8Array(view.buffer, view.byteOffset + start, entry.compressedSize));
}

class TooBig extends Error {}

/** Inflates while counting: stops as soon as the output passes what the directory declared or the budget. */
function inflateCounted(entry: CentralEntry, compressed: Uint8Array, budget: number, limits: ZipLimits): Result<Uint8Array> {
  const limit = Math.min(entry.size, budget);
  const out = new Uint8Array(limit);
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    if (produced + chunk.length > limit) throw new TooBig();
    out.set(chunk, produced);
    produced += chunk.length;
  });
  try {
    for (let i = 0; i < compressed.length; i += INFLATE_CHUNK) {
      const end = Math.min(compressed.length, i + INFLATE_CHUNK);
      inflater.push(compressed.subarray(i, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (!(e instanceof TooBig)) return corrupt(`"${entry.name}" can't be decompressed`);
    if (limit < entry.size) return bomb(`The zip file unpacks to more than ${formatBytes(limits.maxTotalBytes)}.`);
    return bomb(`"${entry.name}" unpacks to more than the ${formatBytes(entry.size)} its zip header declares.`);
  }
  if (produced !== entry.size) return corrupt(`"${entry.name}" is shorter than declared`);
  return ok(out);
}

function extract(view: DataView, entry: CentralEntry, budget: number, limits: ZipLimits): Result<Uint8Array> {
  const compressed = entryData(view, entry);
  if (!compressed.ok) return compressed;
  let data: Result<Uint8Array>;
  if (entry.method === METHOD_STORED) {
    if (entry.compressedSize !== entry.size) return corrupt(`the sizes of "${entry.name}" don't match`);
    data = ok(compressed.value.slice());
  } else {
    data = inflateCounted(entry, compressed.value, budget, limits);
  }
  if (data.ok && crc32(data.value) !== entry.crc) return corrupt(`"${entry.name}" fails its checksum`);
  return data;
}

/**
 * Unpacks a zip into `{ path, data }` items (folders as paths ending in "/"). Paths are returned as stored;
 * restoreEntries() judges them. Every limit is checked here, both against the declared sizes and while inflating.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<IncomingFile[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readEntries(bytes, view, limits);
  if (!entries.ok) return entries;
  const files: IncomingFile[] = [];
  let budget = limits.maxTotalBytes;
  for (const entry of entries.value) {
    if (entry.name.endsWith("/")) {
      files.push({ path: entry.name, data: new Uint8Array(0) });
      continue;
    }
    const data = extract(view, entry, budget, limits);
    if (!data.ok) return data;
    budget -= data.value.byteLength;
    files.push({ path: entry.name, data: data.value });
  }
  return ok(files);
}
