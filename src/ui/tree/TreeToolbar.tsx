// Buttons above the file tree: create and upload into the current folder; act on the selected file or folder.
import { deletePath, downloadFile, moveWithDialog, newFile, newFolder, renamePath } from "../../app/actions/files";
import { uploadPicked } from "../../app/actions/transfer";
import { useApp } from "../../app/state";
import { Icon, type IconName } from "../common/Icon";
import { pickFiles } from "../common/pick-files";
import { targetFolder } from "./visible-rows";

export function TreeToolbar() {
  const selected = useApp((s) => s.selected);
  const entries = useApp((s) => s.entries);
  const entry = entries.find((e) => e.path === selected);
  const folder = targetFolder(entries, selected);
  return (
    <div className="tree-toolbar" role="group" aria-label="File actions">
      <ToolButton icon="filePlus" label="New file" onClick={() => void newFile(folder)} />
      <ToolButton icon="folderPlus" label="New folder" onClick={() => void newFolder(folder)} />
      <ToolButton icon="upload" label="Upload files" onClick={() => void pickFiles({ multiple: true }).then((f) => uploadPicked(folder, f))} />
      <ToolButton icon="folderUpload" label="Upload folder" onClick={() => void pickFiles({ folder: true, multiple: true }).then((f) => uploadPicked(folder, f))} />
      <span className="toolbar-gap" />
      <ToolButton icon="rename" label="Rename" disabled={!entry} onClick={() => entry && void renamePath(entry.path)} />
      <ToolButton icon="move" label="Move to…" disabled={!entry} onClick={() => entry && void moveWithDialog(entry.path)} />
      <ToolButton icon="download" label="Download" disabled={entry?.kind !== "file"} onClick={() => entry && void downloadFile(entry.path)} />
      <ToolButton icon="trash" label="Delete" disabled={!entry} onClick={() => entry && void deletePath(entry.path)} />
    </div>
  );
}

function ToolButton({ icon, label, onClick, disabled }: { icon: IconName; label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <Icon name={icon} />
    </button>
  );
}
