// Small readers of Python source text for the default wiring: calls with their argument lists (balanced
// parentheses), keyword and positional arguments, and integer constants assigned to names.

export interface FoundCall {
  /** The argument text between the call's parentheses. */
  args: string;
  /** Where the call's name starts in the source. */
  at: number;
}

/** Every call of `name(` (a plain or dotted name ending in `name`), with its argument text. */
export function findCalls(source: string, name: string): FoundCall[] {
  const out: FoundCall[] = [];
  const re = new RegExp(`(?<![\\w])(?:[\\w.]*\\.)?${name}\\s*\\(`, "g");
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    const open = m.index + m[0].length;
    let depth = 1;
    let i = open;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === "(") depth++;
      else if (source[i] === ")") depth--;
    }
    out.push({ args: source.slice(open, i - 1), at: m.index });
  }
  return out;
}

/** Splits an argument list at top-level commas. */
export function splitArgs(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = args.slice(start).trim();
  if (last !== "") parts.push(last);
  return parts;
}

/** The text of keyword argument `name`, or of positional argument `index` when not given by keyword. */
export function argument(args: string, name: string, index?: number): string | undefined {
  const parts = splitArgs(args);
  for (const p of parts) {
    const m = /^(\w+)\s*=(?!=)\s*([\s\S]*)$/.exec(p);
    if (m && m[1] === name) return m[2].trim();
  }
  const positional = parts.filter((p) => !/^\w+\s*=(?!=)/.test(p));
  return index === undefined ? undefined : positional[index];
}

/** Integer constants assigned at the start of a line: `NAME = 0x3C`, `SDA_PIN = const(4)`. */
export function integerConstants(source: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /^\s*([A-Za-z_]\w*)\s*=\s*(?:const\s*\(\s*)?(0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)\s*\)?\s*(?:#.*)?$/gm;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) out.set(m[1], Number(m[2]));
  return out;
}

/** An integer literal or a known constant's value. */
export function intValue(text: string | undefined, constants: Map<string, number>): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (/^(0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)$/.test(t)) return Number(t);
  return constants.get(t);
}

/** A GPIO named in an argument: `board.GP4`, `board.A0`, `Pin(4)`, `machine.Pin(4, ...)`, `4`, or a constant. */
export function pinValue(text: string | undefined, constants: Map<string, number>): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const board = /^(?:board|microcontroller\.pin)\.(?:GP|GPIO)(\d+)(?:_A\d)?$/.exec(t);
  if (board) return Number(board[1]);
  const analog = /^board\.A([0-3])$/.exec(t);
  if (analog) return 26 + Number(analog[1]);
  if (t === "board.LED") return 25;
  const pin = /^(?:machine\.)?Pin\s*\(\s*([^,)]+)/.exec(t);
  if (pin) return intValue(pin[1], constants) ?? (/^["']GP?(\d+)["']$/.exec(pin[1].trim()) ? Number(/(\d+)/.exec(pin[1])![1]) : undefined);
  return intValue(t, constants);
}
