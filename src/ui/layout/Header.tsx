// The top bar: logo, the open project's name and menu, its flavour, save status and the Install button.
import { promptInstall } from "../../app/pwa/register-sw";
import { useApp } from "../../app/state";
import { ProjectMenu } from "../projects/ProjectMenu";
import { ExamplesButton } from "../examples/ExamplesButton";
import { ShareButton } from "../share/ShareButton";

const FLAVOR_LABEL = { circuitpython: "CircuitPython", micropython: "MicroPython" } as const;

export function Header() {
  const project = useApp((s) => s.project);
  const installable = useApp((s) => s.installable);
  const shared = useApp((s) => s.sharedWithOtherTab);
  return (
    <header className="app-header">
      <div className="brand">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="24" height="24" />
        <span className="brand-name">Pyco</span>
      </div>
      {project && (
        <>
          <span className="divider" aria-hidden="true" />
          <ProjectMenu />
          <span className="badge" title="The firmware this project is written for">{FLAVOR_LABEL[project.flavor]}</span>
          {shared && <span className="badge badge-warning">Also open in another tab</span>}
        </>
      )}
      <div className="header-end">
        {project && <SaveStatus />}
        <ExamplesButton />
        {project && <ShareButton />}
        {installable && (
          <button type="button" className="button" onClick={() => void promptInstall()}>Install</button>
        )}
      </div>
    </header>
  );
}

function SaveStatus() {
  const dirty = useApp((s) => Object.keys(s.dirty).length > 0);
  const saving = useApp((s) => s.saving);
  // A file replaced under unsaved edits is not saved until the user chooses (the banner above the editor).
  const failed = useApp((s) => Boolean(s.saveError) || s.conflict?.kind === "changed-elsewhere" || Object.keys(s.replaced).length > 0);
  const text = failed ? "Not saved" : saving ? "Saving…" : dirty ? "Unsaved changes" : "All changes saved";
  return (
    <span className={`save-status${failed ? " is-error" : ""}`} role="status" aria-label={`Save status: ${text}`}>
      {text}
    </span>
  );
}
