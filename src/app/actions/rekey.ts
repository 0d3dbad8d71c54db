// After a rename or move: the open buffers, tabs, selection and expanded folders follow the new path.
import { isInside } from "../../storage";
import { buffersUnder } from "../editor/buffers";
import { loadMonaco } from "../editor/monaco-loader";
import { setState } from "../state";

function moved(path: string, from: string, to: string): string {
  return isInside(path, from) ? to + path.slice(from.length) : path;
}

export async function rekeyPaths(from: string, to: string): Promise<void> {
  const affected = buffersUnder(from);
  if (affected.length > 0) {
    const { monaco, languageFor } = await loadMonaco();
    for (const buffer of affected) {
      buffer.path = moved(buffer.path, from, to);
      const language = languageFor(buffer.path);
      if (buffer.model.getLanguageId() !== language) monaco.editor.setModelLanguage(buffer.model, language);
    }
  }
  setState((s) => ({
    tabs: s.tabs.map((t) => ({ ...t, path: moved(t.path, from, to) })),
    active: s.active && moved(s.active, from, to),
    selected: s.selected && moved(s.selected, from, to),
    dirty: Object.fromEntries(Object.keys(s.dirty).map((p) => [moved(p, from, to), true as const])),
    replaced: Object.fromEntries(Object.entries(s.replaced).map(([p, by]) => [moved(p, from, to), by])),
    expanded: Object.fromEntries(Object.keys(s.expanded).map((p) => [moved(p, from, to), true as const])),
  }));
}
