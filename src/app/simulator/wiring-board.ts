// wiring.json's "board" as the app edits it: the board the shown wiring targets, and the file's text with the field
// set or removed, everything else kept.
import { DEFAULT_BOARD_ID, findBoard, type BoardDefinition } from "../../interpreter/hardware/boards/index";

/** The board the shown wiring targets (the Pico when wiring.json names none). */
export function shownBoard(board: string | undefined): BoardDefinition {
  return findBoard(board ?? DEFAULT_BOARD_ID) ?? findBoard(DEFAULT_BOARD_ID)!;
}

/**
 * wiring.json's text with "board" set to `board` (undefined: removed), everything else as it was. No file yet: a
 * file naming only the board, so the parts still come from the code. Null when the text isn't a JSON object or list.
 */
export function withBoard(text: string | null, board: string | undefined): string | null {
  if (text === null) return board === undefined ? null : `{\n  "board": ${JSON.stringify(board)}\n}\n`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (Array.isArray(json)) json = { parts: json };
  if (typeof json !== "object" || json === null) return null;
  const { board: _old, ...rest } = json as Record<string, unknown>;
  const fields = board === undefined ? rest : { ...rest, board };
  return `${formatWiring(fields)}\n`;
}

/** The panel's layout: one top-level field a line, parts one a line. */
function formatWiring(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).map(([key, value]) => {
    if (key === "parts" && Array.isArray(value)) {
      const parts = value.map((p) => `    ${JSON.stringify(p)}`);
      return `  "parts": ${parts.length === 0 ? "[]" : `[\n${parts.join(",\n")}\n  ]`}`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${lines.join(",\n")}\n}`;
}
