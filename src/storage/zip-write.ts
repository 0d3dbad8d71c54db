// Writes a project as a zip whose root is the drive's root, ready to copy onto CIRCUITPY; empty folders included.
import { zipSync, type Zippable } from "fflate";
import type { RestoredEntry } from "./restore";

export interface ZipSource extends RestoredEntry {
  updatedAt: number;
}

const DOS_DIRECTORY = 0x10;
// Zip stores DOS dates, which only cover 1980-2107; fflate refuses anything outside its 1980-2099 range.
const MIN_DATE = Date.UTC(1980, 0, 2);
const MAX_DATE = Date.UTC(2099, 11, 30);

function zipDate(ms: number): Date {
  return new Date(Math.min(MAX_DATE, Math.max(MIN_DATE, Number.isFinite(ms) ? ms : MIN_DATE)));
}

export function buildZip(entries: readonly ZipSource[]): Uint8Array {
  const zippable: Zippable = {};
  for (const e of entries) {
    const mtime = zipDate(e.updatedAt);
    if (e.kind === "dir") zippable[`${e.path}/`] = [new Uint8Array(0), { attrs: DOS_DIRECTORY, mtime, level: 0 }];
    else zippable[e.path] = [e.data ?? new Uint8Array(0), { mtime, level: 6 }];
  }
  return zipSync(zippable);
}
