// The real Pico programs in ../shared/programs: their manifest entries, and each one laid out as a board's drive
// (code.py or main.py, lib/ with the libraries it needs as a user would copy them, its extra and data files).
import * as fs from "node:fs";
import * as path from "node:path";

export type Flavor = "circuitpython" | "micropython";

/** One program as manifest.json describes it (only the fields the suite reads). */
export interface ProgramEntry {
  path: string;
  flavor: Flavor;
  imports: string[];
  hardware: string[];
  needs_libs: string[];
  /** board attributes the program uses that a Pico's board module lacks (another board's pins). */
  non_pico_board_attrs?: string[];
  uses_displayio?: boolean;
  missing_data_files?: string[];
  missing_modules?: string[];
  /** MicroPython libraries frozen into the rp2 firmware: on a real Pico they are not in /lib. */
  frozen_libs_on_real_pico?: string[];
  extra_files?: string[];
}

interface LibraryEntry {
  name: string;
  flavor: Flavor;
  path: string;
  files: string[];
  depends_on: string[];
}

/** Where the shared programs and libraries live (override with PYCO_SHARED). */
export function sharedDir(): string {
  return process.env.PYCO_SHARED ?? path.resolve(import.meta.dirname, "../../../shared");
}

export function loadPrograms(shared = sharedDir()): ProgramEntry[] {
  const file = path.join(shared, "programs", "manifest.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { programs: ProgramEntry[] }).programs;
}

function loadLibraries(shared: string): Map<string, LibraryEntry> {
  const file = path.join(shared, "libraries", "manifest.json");
  const libs = (JSON.parse(fs.readFileSync(file, "utf8")) as { libraries: LibraryEntry[] }).libraries;
  return new Map(libs.map((l) => [`${l.flavor}/${l.name}`, l]));
}

/** The libraries to copy: what the program needs and what those depend on, minus what the firmware freezes. */
function librariesFor(entry: ProgramEntry, libs: Map<string, LibraryEntry>): LibraryEntry[] {
  const frozen = new Set(entry.frozen_libs_on_real_pico ?? []);
  const out = new Map<string, LibraryEntry>();
  const visit = (name: string) => {
    const lib = libs.get(`${entry.flavor}/${name}`);
    if (lib === undefined || out.has(name) || frozen.has(name)) return;
    out.set(name, lib);
    lib.depends_on.forEach(visit);
  };
  entry.needs_libs.forEach(visit);
  return [...out.values()];
}

function copyFile(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

/** A short, file-system-safe id for a program ("Getting_Started.../button/code.py" → "button-code"). */
export function programId(entry: ProgramEntry): string {
  const parts = entry.path.replace(/\.py$/, "").split("/");
  return parts.slice(-2).join("-").replace(/[^A-Za-z0-9_.-]/g, "_");
}

/**
 * Writes the program's drive into `dir`: the program as code.py (CircuitPython) or main.py (MicroPython), lib/
 * with its libraries' files, data files a library loads from the working directory (font5x8.bin) at the root,
 * and the program's extra files (boot.py, a helper module) beside it.
 */
export function buildProject(entry: ProgramEntry, dir: string, shared = sharedDir()): void {
  const programs = path.join(shared, "programs");
  fs.mkdirSync(path.join(dir, "lib"), { recursive: true });
  copyFile(path.join(programs, entry.path), path.join(dir, entry.flavor === "circuitpython" ? "code.py" : "main.py"));
  for (const lib of librariesFor(entry, loadLibraries(shared))) {
    for (const file of lib.files) {
      const from = path.join(shared, "libraries", lib.path, file);
      copyFile(from, path.join(dir, "lib", file));
      if (!file.endsWith(".py")) copyFile(from, path.join(dir, path.basename(file)));
    }
  }
  const programDir = path.dirname(entry.path);
  for (const extra of entry.extra_files ?? []) {
    // Manifest paths start with "<half>/programs/"; files beside the program keep their place relative to it
    // (boot.py, a helper module, fonts/x.bdf), others go to the drive's root.
    const rel = extra.replace(/^[^/]*\/programs\//, "");
    const inside = path.relative(programDir, rel);
    const target = inside.startsWith("..") ? path.basename(rel) : inside;
    copyFile(path.join(programs, rel), path.join(dir, target));
  }
}
