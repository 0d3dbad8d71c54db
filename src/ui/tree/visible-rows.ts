// Flattens the drive's entries into the rows the tree shows: children only under expanded folders.
import { baseName, parentPath, type DriveEntry } from "../../storage";

export interface TreeRow {
  path: string;
  name: string;
  kind: "file" | "dir";
  size: number;
  /** 1 for the drive's top level (aria-level). */
  level: number;
  hasChildren: boolean;
}

/** `entries` arrive in depth-first order (listEntries sorts them); folders are listed before files at each level. */
export function visibleRows(entries: DriveEntry[], expanded: Record<string, true>): TreeRow[] {
  const children = new Map<string, DriveEntry[]>();
  for (const e of entries) {
    const parent = parentPath(e.path);
    const list = children.get(parent) ?? [];
    list.push(e);
    children.set(parent, list);
  }
  const rows: TreeRow[] = [];
  const walk = (folder: string, level: number) => {
    const list = [...(children.get(folder) ?? [])].sort(foldersFirst);
    for (const e of list) {
      const kids = children.get(e.path) ?? [];
      rows.push({ path: e.path, name: baseName(e.path), kind: e.kind, size: e.size, level, hasChildren: kids.length > 0 });
      if (e.kind === "dir" && expanded[e.path]) walk(e.path, level + 1);
    }
  };
  walk("", 1);
  return rows;
}

function foldersFirst(a: DriveEntry, b: DriveEntry): number {
  if (a.kind !== b.kind) return a.kind === "dir" ? -1 : 1;
  return baseName(a.path).localeCompare(baseName(b.path), undefined, { sensitivity: "base", numeric: true });
}

/** The folder new files go into: the selected folder, the selected file's folder, or the top level. */
export function targetFolder(entries: DriveEntry[], selected: string | undefined): string {
  if (!selected) return "";
  const entry = entries.find((e) => e.path === selected);
  if (!entry) return "";
  return entry.kind === "dir" ? entry.path : parentPath(entry.path);
}
