// A character LCD (HD44780, 16×2, 20×4...): the glass in its backlight colour (option `color`: "green" or "blue"),
// one cell per character, custom characters drawn from their 5×8 dots, and the cursor when it is on.
import { customCharIndex, lcdCodes, lcdGlyph } from "./lcd-glyphs";
import { optionNumber, stateFlag, stateNumber, type PartViewProps } from "./types";

export function LcdView({ state, config, label }: PartViewProps) {
  const columns = Math.max(1, Math.min(40, stateNumber(state, "columns", optionNumber(config, "columns", 16))));
  const rows = Math.max(1, Math.min(4, stateNumber(state, "rows", optionNumber(config, "rows", 2))));
  const codes = lcdCodes(state, rows, columns);
  const backlight = state === undefined || state.backlight !== false;
  const cursor = readCursor(state?.cursor);
  const blink = stateFlag(state, "blink");
  const custom = Array.isArray(state?.customChars) ? (state.customChars as unknown[]) : [];
  // Custom characters are pictures: "□" stands for them in the text read out.
  const text = codes.map((row) => row.map((code) => (customCharIndex(code) === null ? lcdGlyph(code) : "□")).join("").trimEnd());
  const theme = config.options?.color === "blue" ? "blue" : "green";
  return (
    <div className={`part-view part-lcd part-lcd-${theme}`} data-backlight={backlight ? "true" : "false"}>
      <div className="part-lcd-glass" role="img" aria-label={`${label}: ${text.map((t) => `“${t}”`).join(", ")}`} style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
        {codes.flatMap((row, r) =>
          row.map((code, c) => {
            const here = cursor !== null && cursor.row === r && cursor.col === c;
            const index = customCharIndex(code);
            return (
              <span key={`${r}-${c}`} className={`part-lcd-cell${here ? " part-lcd-cursor" : ""}${here && blink ? " part-lcd-blink" : ""}`}>
                {index === null ? lcdGlyph(code) : <CustomChar dots={custom[index]} />}
              </span>
            );
          }),
        )}
      </div>
    </div>
  );
}

function readCursor(value: unknown): { row: number; col: number } | null {
  if (!value || typeof value !== "object") return null;
  const { row, col } = value as Record<string, unknown>;
  return typeof row === "number" && typeof col === "number" ? { row, col } : null;
}

/** Eight rows of five dots (bit 4 leftmost), as the program stored them in CGRAM. */
function CustomChar({ dots }: { dots: unknown }) {
  const rows = Array.isArray(dots) ? dots : [];
  return (
    <svg className="part-lcd-custom" viewBox="0 0 5 8" aria-hidden="true">
      {rows.slice(0, 8).flatMap((bits, y) =>
        [0, 1, 2, 3, 4].filter((x) => typeof bits === "number" && bits & (0x10 >> x)).map((x) => <rect key={`${x}-${y}`} x={x + 0.05} y={y + 0.05} width={0.9} height={0.9} />),
      )}
    </svg>
  );
}
