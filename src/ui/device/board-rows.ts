// The board's listing as tree rows: folders before files, each level sorted by name, children only under open folders.
import type { BoardEntry } from "../../device/files";

export interface BoardRow {
  entry: BoardEntry;
  name: string;
  depth: number;
  open: boolean;
}

export function boardRows(entries: BoardEntry[], expanded: Record<string, true>): BoardRow[] {
  const children = new Map<string, BoardEntry[]>();
  for (const entry of entries) {
    const parent = entry.path.slice(0, entry.path.lastIndexOf("/")) || "/";
    children.set(parent, [...(children.get(parent) ?? []), entry]);
  }
  const rows: BoardRow[] = [];
  const visit = (folder: string, depth: number) => {
    const level = [...(children.get(folder) ?? [])].sort((a, b) => (a.kind === b.kind ? a.path.localeCompare(b.path) : a.kind === "dir" ? -1 : 1));
    for (const entry of level) {
      const open = entry.kind === "dir" && Boolean(expanded[entry.path]);
      rows.push({ entry, name: entry.path.slice(entry.path.lastIndexOf("/") + 1), depth, open });
      if (open) visit(entry.path, depth + 1);
    }
  };
  visit("/", 0);
  return rows;
}
