// Sizes the terminal's rows and columns to its element (what xterm's fit add-on does, without the extra package).
import type { Terminal } from "@xterm/xterm";

interface CellSize {
  width: number;
  height: number;
}

/** xterm's measured cell size; it is internal, so a measurement of the font is the fallback. */
function cellSize(term: Terminal, element: HTMLElement): CellSize | null {
  const core = (term as unknown as { _core?: { _renderService?: { dimensions?: { css?: { cell?: CellSize } } } } })._core;
  const cell = core?._renderService?.dimensions?.css?.cell;
  if (cell && cell.width > 0 && cell.height > 0) return cell;
  const canvas = document.createElement("canvas").getContext("2d");
  if (!canvas) return null;
  const size = term.options.fontSize ?? 13;
  canvas.font = `${size}px ${term.options.fontFamily ?? "monospace"}`;
  const width = canvas.measureText("W".repeat(20)).width / 20;
  return width > 0 && element ? { width, height: Math.ceil(size * (term.options.lineHeight ?? 1) * 1.2) } : null;
}

export function fitTerminal(term: Terminal, element: HTMLElement): void {
  const cell = cellSize(term, element);
  if (!cell) return;
  const style = getComputedStyle(element);
  const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 14; // scrollbar
  const height = element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const cols = Math.max(20, Math.floor(width / cell.width));
  const rows = Math.max(4, Math.floor(height / cell.height));
  if (cols !== term.cols || rows !== term.rows) term.resize(cols, rows);
}
