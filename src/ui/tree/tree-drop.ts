// Drag and drop on the tree: our own rows move inside the drive; files and folders from the computer are uploaded.
import { moveInto } from "../../app/actions/files";
import { readDroppedItems } from "../../app/actions/read-dropped";
import { uploadFiles } from "../../app/actions/transfer";

export const PYCO_PATH_TYPE = "application/x-pyco-path";

export function startDrag(e: React.DragEvent, path: string): void {
  e.dataTransfer.setData(PYCO_PATH_TYPE, path);
  e.dataTransfer.setData("text/plain", path);
  e.dataTransfer.effectAllowed = "move";
}

/** True when the drag carries something the tree accepts (a row, or files from the computer). */
export function acceptsDrag(e: React.DragEvent): boolean {
  const types = [...e.dataTransfer.types];
  return types.includes(PYCO_PATH_TYPE) || types.includes("Files");
}

/** Handles a drop into `folder` ("" is the top level). Reads the items synchronously, as the browser requires. */
export function dropInto(e: React.DragEvent, folder: string): void {
  e.preventDefault();
  const moved = e.dataTransfer.getData(PYCO_PATH_TYPE);
  if (moved) return void moveInto(moved, folder);
  if ([...e.dataTransfer.types].includes("Files")) {
    void readDroppedItems(e.dataTransfer).then((files) => uploadFiles(folder, files));
  }
}
