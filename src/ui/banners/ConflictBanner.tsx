// The banner shown when another tab has or changed this project: it states what happened and offers a choice.
import { closeProject } from "../../app/actions/projects";
import { editHereAnyway, keepMine, loadTheirs, saveOpenFilesAsNewProject } from "../../app/actions/sync";
import { useApp, type Conflict } from "../../app/state";

const TEXT: Record<Conflict["kind"], string> = {
  "open-elsewhere":
    "This project is already open in another tab. If you edit it in both, Pyco stops before one tab overwrites the other and asks you.",
  "changed-elsewhere":
    "This project was changed in another tab while you had unsaved edits here. Saving is paused until you choose which version to keep.",
  "deleted-elsewhere": "This project was deleted in another tab. Your open files are still here in the editor.",
};

const NAME: Record<Conflict["kind"], string> = {
  "open-elsewhere": "Project open in another tab",
  "changed-elsewhere": "Project changed in another tab",
  "deleted-elsewhere": "Project deleted in another tab",
};

export function ConflictBanner() {
  const conflict = useApp((s) => s.conflict);
  if (!conflict) return null;
  return (
    <div className="banner banner-warning" role="alert" aria-label={NAME[conflict.kind]}>
      <p>{TEXT[conflict.kind]}</p>
      <div className="banner-actions">{actionsFor(conflict)}</div>
    </div>
  );
}

function actionsFor(conflict: Conflict) {
  switch (conflict.kind) {
    case "open-elsewhere":
      return (
        <>
          <button type="button" className="button primary" onClick={editHereAnyway}>Edit here anyway</button>
          <button type="button" className="button" onClick={() => void closeProject()}>Close project</button>
        </>
      );
    case "changed-elsewhere":
      return (
        <>
          <button type="button" className="button primary" onClick={() => void keepMine()}>Keep this tab's version</button>
          <button type="button" className="button" onClick={() => void loadTheirs()}>Load the other tab's version</button>
        </>
      );
    case "deleted-elsewhere":
      return (
        <>
          <button type="button" className="button primary" onClick={() => void saveOpenFilesAsNewProject()}>Save open files as a new project</button>
          <button type="button" className="button" onClick={() => void closeProject()}>Close project</button>
        </>
      );
  }
}
