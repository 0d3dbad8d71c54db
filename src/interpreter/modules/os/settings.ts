// CircuitPython's settings.toml: the top-level `key = value` lines os.getenv() reads (strings and integers).
import type { PyValue } from "../../runtime/object";
import { moduleHost } from "../host-ref";
import { parseTomlValue } from "./toml-value";

/** The value of `key` in /settings.toml, or undefined when the file or key is missing or not a simple value. */
export function settingsValue(key: string): PyValue | undefined {
  const fs = moduleHost().fs;
  if (fs === null || fs.stat("/settings.toml")?.kind !== "file") return undefined;
  const text = new TextDecoder().decode(fs.readFile("/settings.toml"));
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line.startsWith("[")) break; // only the top-level table counts
    const eq = line.indexOf("=");
    if (line.startsWith("#") || eq < 0) continue;
    if (line.slice(0, eq).trim() !== key) continue;
    return parseTomlValue(line.slice(eq + 1).trim());
  }
  return undefined;
}
