// The root component: start-up and failure screens, then the header with the workspace or the welcome screen.
import { useEffect } from "react";
import { saveActive } from "../app/actions/editor-tabs";
import { useApp } from "../app/state";
import { ReloadRequiredBanner, UpdateBanner } from "./banners/AppBanners";
import { DialogHost } from "./dialogs/DialogHost";
import { Header } from "./layout/Header";
import { Workspace } from "./layout/Workspace";
import { Notices } from "./notices/Notices";
import { ExamplesHost } from "./examples/ExamplesHost";
import { ShareHost } from "./share/ShareHost";
import { Welcome } from "./projects/Welcome";

export function App() {
  const phase = useApp((s) => s.phase);
  const failure = useApp((s) => s.failure);
  const hasProject = useApp((s) => s.project !== undefined);
  useSaveShortcut();
  if (phase === "booting") return <div className="splash" role="status">Opening your projects…</div>;
  if (phase === "failed") return <FailureScreen message={failure ?? "Pyco couldn't start."} />;
  return (
    <div className="app">
      <Header />
      <UpdateBanner />
      <ReloadRequiredBanner />
      {hasProject ? <Workspace /> : <Welcome />}
      <DialogHost />
      <ShareHost />
      <ExamplesHost />
      <Notices />
    </div>
  );
}

function FailureScreen({ message }: { message: string }) {
  return (
    <main className="failure" role="alert">
      <h1>Pyco can't open your projects</h1>
      <p>{message}</p>
      <p>Private browsing windows and some privacy settings block the storage Pyco needs. Try a normal window.</p>
      <button type="button" className="button primary" onClick={() => location.reload()}>Reload</button>
    </main>
  );
}

/** Ctrl/Cmd-S saves the active file at once (and keeps the browser's "Save page" dialog away). */
function useSaveShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void saveActive();
      }
    };
    addEventListener("keydown", onKey, true);
    return () => removeEventListener("keydown", onKey, true);
  }, []);
}
