// What an HD44780 (ROM code A00, the common one) shows for a character code: ASCII mostly, with its own glyphs
// for ¥ → ← and the upper half's symbols people print (°, µ, Ω, the full block); codes 0–7 (and 8–15) are the
// eight custom characters in CGRAM.

const A00: Record<number, string> = {
  0x5c: "¥", 0x7e: "→", 0x7f: "←", 0xa1: "。", 0xa2: "「", 0xa3: "」", 0xa5: "・", 0xb0: "ー", 0xdf: "°",
  0xe0: "α", 0xe1: "ä", 0xe2: "β", 0xe3: "ε", 0xe4: "µ", 0xe5: "σ", 0xe6: "ρ", 0xe8: "√", 0xeb: "ˣ", 0xec: "¢",
  0xee: "ñ", 0xef: "ö", 0xf2: "θ", 0xf3: "∞", 0xf4: "Ω", 0xf5: "ü", 0xf6: "Σ", 0xf7: "π", 0xfd: "÷", 0xff: "█",
};

/** The index of the custom character a code shows, or null. */
export function customCharIndex(code: number): number | null {
  return code >= 0 && code < 16 ? code & 7 : null;
}

/** The text of a cell (a space for codes the glass shows blank or this table lacks). */
export function lcdGlyph(code: number): string {
  if (A00[code] !== undefined) return A00[code];
  if (code >= 0x20 && code < 0x7e) return String.fromCharCode(code);
  return " ";
}

/** Rows of codes from the state: `codes` when present, else the `lines` strings' char codes. */
export function lcdCodes(state: Record<string, unknown> | undefined, rows: number, columns: number): number[][] {
  const codes = Array.isArray(state?.codes) ? (state.codes as unknown[]) : null;
  const lines = Array.isArray(state?.lines) ? (state.lines as unknown[]) : [];
  return Array.from({ length: rows }, (_, r) => {
    const row = codes?.[r];
    const line = lines[r];
    return Array.from({ length: columns }, (_, c) => {
      if (Array.isArray(row) && typeof row[c] === "number") return row[c] as number;
      return typeof line === "string" && c < line.length ? line.charCodeAt(c) : 0x20;
    });
  });
}
