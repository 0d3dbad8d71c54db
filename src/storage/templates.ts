// Starter files for new projects (a blinking on-board LED) and the default project names.
import { MAX_NAME_LENGTH } from "./names";
import type { Flavor } from "./types";

export interface TemplateEntry {
  path: string;
  kind: "file" | "dir";
  text?: string;
}

const CIRCUITPYTHON_CODE = `# Blink the Pico's on-board LED (CircuitPython).
import time

import board
import digitalio

led = digitalio.DigitalInOut(board.LED)
led.direction = digitalio.Direction.OUTPUT

while True:
    led.value = not led.value
    time.sleep(0.5)
`;

const CIRCUITPYTHON_SETTINGS = `# settings.toml holds values your code reads with os.getenv("NAME").
# Keep secrets here rather than in code.py. Remove the "# " to use a line, for example:
# CIRCUITPY_WIFI_SSID = "your-network-name"
# CIRCUITPY_WIFI_PASSWORD = "your-network-password"
# CIRCUITPY_WEB_API_PASSWORD = "choose-a-password"
# MY_GREETING = "Hello from the Pico"
`;

const MICROPYTHON_MAIN = `# Blink the Pico's on-board LED (MicroPython).
import time

from machine import Pin

led = Pin("LED", Pin.OUT)

while True:
    led.toggle()
    time.sleep(0.5)
`;

const TEMPLATES: Record<Flavor, TemplateEntry[]> = {
  circuitpython: [
    { path: "code.py", kind: "file", text: CIRCUITPYTHON_CODE },
    { path: "lib", kind: "dir" },
    { path: "settings.toml", kind: "file", text: CIRCUITPYTHON_SETTINGS },
  ],
  micropython: [
    { path: "main.py", kind: "file", text: MICROPYTHON_MAIN },
    { path: "lib", kind: "dir" },
  ],
};

/** The files a new project of this flavor starts with (fresh copies, safe to change). */
export function templateFor(flavor: Flavor): TemplateEntry[] {
  return TEMPLATES[flavor].map((e) => ({ ...e }));
}

/** The file the board runs at start-up, which the editor opens first. */
export function entryFileFor(flavor: Flavor): string {
  return flavor === "circuitpython" ? "code.py" : "main.py";
}

export function defaultProjectName(flavor: Flavor): string {
  return flavor === "circuitpython" ? "CircuitPython project" : "MicroPython project";
}

/**
 * "base", then "base 2", "base 3"...: the first not in `taken` (compared case-insensitively, so the names
 * also work as folder names on a FAT drive).
 */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (n) => n.toLowerCase()));
  const first = withSuffix(base, "");
  if (!used.has(first.toLowerCase())) return first;
  for (let i = 2; ; i++) {
    const candidate = withSuffix(base, ` ${i}`);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Shortens `base` so that base + suffix is still a valid name (at most 255 characters, no trailing dot or space). */
function withSuffix(base: string, suffix: string): string {
  const room = MAX_NAME_LENGTH - suffix.length;
  const trimmed = base.length > room ? base.slice(0, room).replace(/[. ]+$/, "") : base;
  return trimmed + suffix;
}
