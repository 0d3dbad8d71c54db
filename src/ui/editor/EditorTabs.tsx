// The row of open files above the editor: click to switch, the × (or middle click) saves and closes.
import { activateTab, closeTab } from "../../app/actions/editor-tabs";
import { useApp, type OpenTab } from "../../app/state";
import { baseName } from "../../storage";
import { Icon } from "../common/Icon";

export function tabId(path: string): string {
  return `tab-${path.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

export function EditorTabs() {
  const tabs = useApp((s) => s.tabs);
  const active = useApp((s) => s.active);
  if (tabs.length === 0) return null;
  return (
    <div className="editor-tabs" role="tablist" aria-label="Open files" onKeyDown={(e) => switchWithArrows(e, tabs, active)}>
      {tabs.map((tab) => <Tab key={tab.path} tab={tab} active={tab.path === active} />)}
    </div>
  );
}

function Tab({ tab, active }: { tab: OpenTab; active: boolean }) {
  const dirty = useApp((s) => Boolean(s.dirty[tab.path]));
  const replaced = useApp((s) => Boolean(s.replaced[tab.path]));
  const name = baseName(tab.path);
  return (
    <div ref={active ? scrollIntoView : undefined} className={`editor-tab${active ? " is-active" : ""}`} onAuxClick={(e) => e.button === 1 && void closeTab(tab.path)}>
      <button
        type="button"
        role="tab"
        id={tabId(tab.path)}
        aria-selected={active}
        tabIndex={active ? 0 : -1}
        title={tab.path}
        className="editor-tab-label"
        onClick={() => activateTab(tab.path)}
      >
        {name}
        {tab.origin === "board" && <span className="tab-origin">on board</span>}
        {replaced && <span className="tab-replaced">replaced</span>}
        {dirty && <span className="dirty-dot" aria-label="unsaved changes" />}
      </button>
      <button type="button" className="icon-button editor-tab-close" aria-label={`Close ${name}`} title={`Close ${name}`} onClick={() => void closeTab(tab.path)}>
        <Icon name="close" size={12} />
      </button>
    </div>
  );
}

/** The active tab is always visible in the row, however many files are open. */
function scrollIntoView(tab: HTMLDivElement | null): void {
  tab?.scrollIntoView({ block: "nearest", inline: "nearest" });
}

function switchWithArrows(e: React.KeyboardEvent, tabs: OpenTab[], active: string | undefined): void {
  if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
  const index = tabs.findIndex((t) => t.path === active);
  const next = tabs[(index + (e.key === "ArrowRight" ? 1 : -1) + tabs.length) % tabs.length];
  if (!next) return;
  activateTab(next.path);
  requestAnimationFrame(() => document.getElementById(tabId(next.path))?.focus());
}
