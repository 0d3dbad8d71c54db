// Project paths ("lib/foo.py") and board paths ("/lib/foo.py", or under a folder when the project lives in one).
import { boardPath } from "../files/board-files";

/** The board path for a project file; `root` is the board folder the project maps to ("/" by default). */
export function toBoardPath(projectPath: string, root = "/"): string {
  return boardPath(`${root}/${projectPath}`);
}

/** The project path for a board path under `root`, or null when it lies outside it. */
export function toProjectPath(path: string, root = "/"): string | null {
  const base = boardPath(root);
  const p = boardPath(path);
  if (base === "/") return p === "/" ? null : p.slice(1);
  return p.startsWith(base + "/") ? p.slice(base.length + 1) : null;
}

/**
 * Files the board's firmware or the computer's OS put on the drive; never part of a project, never offered for
 * download or deletion (CircuitPython's boot_out.txt, macOS and Windows housekeeping).
 */
export function isSystemPath(projectPath: string): boolean {
  const first = projectPath.split("/")[0];
  const name = projectPath.slice(projectPath.lastIndexOf("/") + 1);
  return (
    projectPath === "boot_out.txt" ||
    [".Trashes", ".fseventsd", ".Spotlight-V100", "System Volume Information"].includes(first) ||
    name === ".metadata_never_index" ||
    name === ".DS_Store" ||
    name.startsWith("._")
  );
}
