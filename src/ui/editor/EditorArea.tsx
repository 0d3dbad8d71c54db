// The centre of the workspace: banners about saving, the open-file tabs, and Monaco (or a binary file's info).
import { useApp } from "../../app/state";
import { ConflictBanner } from "../banners/ConflictBanner";
import { SaveErrorBanner } from "../banners/AppBanners";
import { ReplacedFileBanner } from "../banners/ReplacedFileBanner";
import { BinaryInfo } from "./BinaryInfo";
import { EditorTabs, tabId } from "./EditorTabs";
import { MonacoHost } from "./MonacoHost";

export function EditorArea() {
  const tabs = useApp((s) => s.tabs);
  const active = useApp((s) => s.active);
  const tab = tabs.find((t) => t.path === active);
  return (
    <main className="editor-area" aria-label="Editor area">
      <ConflictBanner />
      <SaveErrorBanner />
      <ReplacedFileBanner />
      <EditorTabs />
      <div className="editor-panel" role={tab ? "tabpanel" : undefined} aria-labelledby={tab ? tabId(tab.path) : undefined}>
        {tab?.kind === "binary" && <BinaryInfo tab={tab} />}
        {!tab && <p className="editor-empty">Open a file from the list on the left, or create one with “New file”.</p>}
        <MonacoHost path={tab?.kind === "text" ? tab.path : undefined} hidden={tab?.kind !== "text"} />
      </div>
    </main>
  );
}
