// The project's drive as an ARIA tree: click or Enter opens a file, drag to move or upload, right-click for actions.
import { useCallback, useMemo, useState } from "react";
import { openFile } from "../../app/actions/editor-tabs";
import { deletePath, downloadFile, moveWithDialog, newFile, newFolder, renamePath } from "../../app/actions/files";
import { setState, useApp } from "../../app/state";
import { isTextPath, parentPath } from "../../storage";
import { Icon } from "../common/Icon";
import { MenuPopup, type MenuItem } from "../common/Menu";
import { acceptsDrag, dropInto, startDrag } from "./tree-drop";
import { handleTreeKey } from "./tree-keys";
import { TreeToolbar } from "./TreeToolbar";
import { visibleRows, type TreeRow } from "./visible-rows";

interface ContextMenuState {
  row?: TreeRow;
  x: number;
  y: number;
}

export function FileTree() {
  const entries = useApp((s) => s.entries);
  const expanded = useApp((s) => s.expanded);
  const selected = useApp((s) => s.selected);
  const [menu, setMenu] = useState<ContextMenuState>();
  const [dropTarget, setDropTarget] = useState<string>();
  const rows = useMemo(() => visibleRows(entries, expanded), [entries, expanded]);
  const current = rows.find((r) => r.path === selected);
  const toggle = useCallback((path: string, open: boolean) => {
    setState((s) => {
      const next = { ...s.expanded };
      if (open) next[path] = true;
      else delete next[path];
      return { expanded: next };
    });
  }, []);
  const openMenuFor = (row: TreeRow) => {
    const rect = document.querySelector(`[data-path="${CSS.escape(row.path)}"]`)?.getBoundingClientRect();
    setMenu({ row, x: (rect?.left ?? 0) + 24, y: rect?.bottom ?? 0 });
  };
  const closeMenu = useCallback(() => setMenu(undefined), []);
  return (
    <nav className="sidebar" aria-label="Files">
      <div className="sidebar-heading">
        <h2>Files</h2>
      </div>
      <TreeToolbar />
      <div
        className={`tree-scroll${dropTarget === "" ? " is-drop-target" : ""}`}
        onDragOver={(e) => acceptsDrag(e) && (e.preventDefault(), setDropTarget(""))}
        onDragLeave={() => setDropTarget(undefined)}
        onDrop={(e) => (setDropTarget(undefined), dropInto(e, ""))}
        onContextMenu={(e) => (e.preventDefault(), setMenu({ x: e.clientX, y: e.clientY }))}
      >
        <ul
          role="tree"
          aria-label="Project files"
          className="tree"
          onKeyDown={(e) => handleTreeKey(e, { rows, current, expanded, toggle, openMenu: openMenuFor }) && e.preventDefault()}
        >
          {rows.map((row, i) => (
            <Row
              key={row.path}
              row={row}
              focusable={row === current || (!current && i === 0)}
              selected={row === current}
              expanded={Boolean(expanded[row.path])}
              dropTarget={dropTarget === row.path}
              onToggle={toggle}
              onDropTarget={setDropTarget}
              onMenu={(r, x, y) => setMenu({ row: r, x, y })}
            />
          ))}
        </ul>
        {rows.length === 0 && <p className="tree-empty">No files yet. Create one, or drop files here.</p>}
      </div>
      {menu && <MenuPopup items={menuItems(menu.row)} label="File actions" at={{ x: menu.x, y: menu.y }} onClose={closeMenu} />}
    </nav>
  );
}

interface RowProps {
  row: TreeRow;
  focusable: boolean;
  selected: boolean;
  expanded: boolean;
  dropTarget: boolean;
  onToggle: (path: string, open: boolean) => void;
  onDropTarget: (path: string | undefined) => void;
  onMenu: (row: TreeRow, x: number, y: number) => void;
}

function Row({ row, focusable, selected, expanded, dropTarget, onToggle, onDropTarget, onMenu }: RowProps) {
  const dirty = useApp((s) => Boolean(s.dirty[row.path]));
  const isDir = row.kind === "dir";
  const activate = () => {
    setState({ selected: row.path });
    if (isDir) onToggle(row.path, !expanded);
    else void openFile(row.path);
  };
  return (
    <li
      role="treeitem"
      aria-level={row.level}
      aria-expanded={isDir ? expanded : undefined}
      aria-selected={selected}
      aria-label={row.name}
      data-path={row.path}
      tabIndex={focusable ? 0 : -1}
      className={`tree-row${selected ? " is-selected" : ""}${dropTarget ? " is-drop-target" : ""}`}
      style={{ paddingInlineStart: `${(row.level - 1) * 14 + 6}px` }}
      draggable
      onClick={activate}
      onFocus={() => !selected && setState({ selected: row.path })}
      onDragStart={(e) => startDrag(e, row.path)}
      onDragOver={(e) => acceptsDrag(e) && (e.preventDefault(), e.stopPropagation(), onDropTarget(row.path))}
      onDrop={(e) => (e.stopPropagation(), onDropTarget(undefined), dropInto(e, isDir ? row.path : parentPath(row.path)))}
      onContextMenu={(e) => (e.preventDefault(), e.stopPropagation(), setState({ selected: row.path }), onMenu(row, e.clientX, e.clientY))}
    >
      <span className={`twisty${isDir ? "" : " is-hidden"}${expanded ? " is-open" : ""}`} aria-hidden="true">
        <Icon name="chevron" size={12} />
      </span>
      <Icon name={isDir ? "folder" : isTextPath(row.path) ? "file" : "binary"} />
      <span className="tree-name">{row.name}</span>
      {dirty && <span className="dirty-dot" title="Unsaved changes" aria-hidden="true" />}
    </li>
  );
}

function menuItems(row: TreeRow | undefined): MenuItem[] {
  const folder = !row ? "" : row.kind === "dir" ? row.path : parentPath(row.path);
  const create: MenuItem[] = [
    { label: "New file…", onSelect: () => void newFile(folder) },
    { label: "New folder…", onSelect: () => void newFolder(folder) },
  ];
  if (!row) return create;
  return [
    ...create,
    { label: "Rename…", onSelect: () => void renamePath(row.path), section: true },
    { label: "Move to…", onSelect: () => void moveWithDialog(row.path) },
    ...(row.kind === "file" ? [{ label: "Download", onSelect: () => void downloadFile(row.path) }] : []),
    { label: "Delete", onSelect: () => void deletePath(row.path), danger: true, section: true },
  ];
}
