// Reads the serial transcripts recorded from real firmware (../shared/notes/transcripts) into byte strings.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const TRANSCRIPT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/notes/transcripts");

export interface TranscriptEntry {
  direction: "H>D" | "D>H";
  /** The bytes as a binary string (one char per byte). */
  data: string;
  /** True when the recording cut the entry short ("... (+N more bytes)"). */
  truncated: boolean;
}

/** Decodes a Python bytes literal body (between the quotes) to a binary string. */
export function decodePythonBytes(body: string): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n === "x") {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else out += ({ n: "\n", r: "\r", t: "\t", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", v: "\v", "0": "\0" } as Record<string, string>)[n] ?? "\\" + n;
  }
  return out;
}

export function readTranscript(name: string): TranscriptEntry[] {
  const text = fs.readFileSync(path.join(TRANSCRIPT_DIR, name), "utf8");
  const entries: TranscriptEntry[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s*\d+ms (H>D|D>H) b(['"])(.*)\2( \.\.\. \(\+\d+ more bytes.*\))?$/.exec(line);
    if (!m) continue;
    entries.push({ direction: m[1] as "H>D" | "D>H", data: decodePythonBytes(m[3]), truncated: Boolean(m[4]) });
  }
  return entries;
}

export const hostToDevice = (entries: TranscriptEntry[]) => entries.filter((e) => e.direction === "H>D").map((e) => e.data).join("");
export const deviceToHost = (entries: TranscriptEntry[]) => entries.filter((e) => e.direction === "D>H").map((e) => e.data).join("");
