// Keyboard support for the tree, as the ARIA tree pattern describes (arrows, Home/End, Enter, F2, Delete).
import { deletePath, renamePath } from "../../app/actions/files";
import { openFile } from "../../app/actions/editor-tabs";
import { requestEditorFocus } from "../../app/editor/editor-focus";
import { setState } from "../../app/state";
import { parentPath } from "../../storage";
import type { TreeRow } from "./visible-rows";

export interface TreeKeyContext {
  rows: TreeRow[];
  current: TreeRow | undefined;
  expanded: Record<string, true>;
  toggle: (path: string, open: boolean) => void;
  openMenu: (row: TreeRow) => void;
}

function select(path: string | undefined): void {
  if (path === undefined) return;
  setState({ selected: path });
  document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)?.focus();
}

/** Returns true when the key was handled. */
export function handleTreeKey(e: React.KeyboardEvent, ctx: TreeKeyContext): boolean {
  const { rows, current, expanded } = ctx;
  const index = current ? rows.indexOf(current) : -1;
  if (e.key === "ArrowDown") select(rows[Math.min(index + 1, rows.length - 1)]?.path);
  else if (e.key === "ArrowUp") select(rows[Math.max(index - 1, 0)]?.path);
  else if (e.key === "Home") select(rows[0]?.path);
  else if (e.key === "End") select(rows[rows.length - 1]?.path);
  else if (!current) return false;
  else if (e.key === "ArrowRight" && current.kind === "dir") {
    if (!expanded[current.path]) ctx.toggle(current.path, true);
    else select(rows[index + 1]?.level === current.level + 1 ? rows[index + 1]!.path : current.path);
  } else if (e.key === "ArrowLeft") {
    if (current.kind === "dir" && expanded[current.path]) ctx.toggle(current.path, false);
    else if (current.level > 1) select(parentPath(current.path));
  } else if (e.key === "Enter" || e.key === " ") {
    if (current.kind === "dir") ctx.toggle(current.path, !expanded[current.path]);
    else void openFile(current.path).then(requestEditorFocus);
  } else if (e.key === "F2") void renamePath(current.path);
  else if (e.key === "Delete") void deletePath(current.path);
  else if (e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) ctx.openMenu(current);
  else return false;
  return true;
}
