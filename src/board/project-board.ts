// The RP2040 board a project targets: wiring.json's "board" (a CircuitPython board id such as
// "adafruit_feather_rp2040"), overridden by `pyco run/serve --board ID`; the Raspberry Pi Pico when neither says.
// Also the project's code as the default wiring reads it: the target board's pin names spelled as GPIOs.
import { DEFAULT_BOARD_ID, findBoard, unknownBoardMessage, type BoardDefinition } from "../interpreter/hardware/boards/index";

export interface WiringBoard {
  /** The board id wiring.json names (canonical CircuitPython id), or null when it names none. */
  board: string | null;
  /** What is wrong with its "board" (unknown id, not a string); null when nothing. */
  error: string | null;
}

/** The "board" field of wiring.json's text (a file that isn't JSON has no board; parseWiring reports it). */
export function wiringBoard(text: string): WiringBoard {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { board: null, error: null };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json) || !("board" in json)) return { board: null, error: null };
  const id = (json as { board: unknown }).board;
  if (typeof id !== "string") return { board: null, error: `wiring.json: "board" must be a board id such as "adafruit_feather_rp2040", not ${JSON.stringify(id)}` };
  const board = findBoard(id.trim());
  if (board === undefined) return { board: null, error: `wiring.json: ${unknownBoardMessage(id)}` };
  return { board: board.id, error: null };
}

/** A wiring.json that only names the board (`{"board": "..."}`, no "parts"): the parts come from the code. */
export function namesOnlyBoard(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === "object" && json !== null && !Array.isArray(json) && "board" in json && !("parts" in json);
  } catch {
    return false;
  }
}

/** The board to simulate: the override (already checked), else wiring.json's, else the Pico; with wiring.json's problem. */
export function projectBoard(wiringText: string | null, override?: string): { board: BoardDefinition; errors: string[] } {
  if (override !== undefined) return { board: findBoard(override) ?? findBoard(DEFAULT_BOARD_ID)!, errors: [] };
  const read = wiringText === null ? { board: null, error: null } : wiringBoard(wiringText);
  return { board: findBoard(read.board ?? DEFAULT_BOARD_ID)!, errors: read.error === null ? [] : [read.error] };
}

/**
 * The code as the default wiring (which knows the Pico's names) should read it on `board`: `board.D5` → `board.GP7`,
 * `board.I2C()` → `busio.I2C(board.GP3, board.GP2)`, `board.SPI()` → `busio.SPI(...)`. Only for finding parts;
 * the program itself runs as written.
 */
export function codeWithGpioNames(source: string, board: BoardDefinition): string {
  if (board.id === DEFAULT_BOARD_ID) return source;
  const gp = (n: number) => `board.GP${n}`;
  let out = source;
  const i2c = (pins: { scl: number; sda: number } | undefined) => (pins ? `busio.I2C(${gp(pins.scl)}, ${gp(pins.sda)})` : null);
  const calls: [string, string | null][] = [
    ["STEMMA_I2C", i2c(board.stemmaI2c)],
    ["I2C", i2c(board.i2c)],
    ["SPI", board.spi ? `busio.SPI(${gp(board.spi.clock)}, ${gp(board.spi.mosi)}, ${gp(board.spi.miso)})` : null],
  ];
  for (const [name, replacement] of calls) {
    if (replacement !== null) out = out.replace(new RegExp(`\\bboard\\.${name}\\s*\\(\\s*\\)`, "g"), replacement);
  }
  const names = new Map(board.pins);
  out = out.replace(/\bboard\.([A-Za-z_]\w*)\b(?!\s*\()/g, (whole, name: string) => {
    const gpio = names.get(name);
    return gpio === undefined ? whole : gp(gpio);
  });
  return withImportedPinsSpelled(out, names);
}

/** `from board import SCL, SDA` then `busio.I2C(SCL, SDA)`: the imported names' later uses spelled as GPIOs. */
function withImportedPinsSpelled(source: string, names: Map<string, number>): string {
  const imported = new Set<string>();
  for (const m of source.matchAll(/^\s*from\s+board\s+import\s+([^\n#]+)/gm)) {
    for (const item of m[1].replace(/[()]/g, "").split(",")) {
      const name = item.trim();
      if (/^\w+$/.test(name) && names.has(name)) imported.add(name);
    }
  }
  if (imported.size === 0) return source;
  const lines = source.split("\n").map((line) => {
    if (/^\s*from\s+board\s+import\b/.test(line)) return line;
    return line.replace(/(?<![.\w])([A-Za-z_]\w*)(?!\w)/g, (word: string) => (imported.has(word) ? `board.GP${names.get(word)}` : word));
  });
  return lines.join("\n");
}
