// Hosts the one Monaco editor instance and swaps the model when the active tab changes, keeping each file's
// cursor, scroll position and undo history.
import { useEffect, useRef, useState } from "react";
import type * as Monaco from "monaco-editor/editor/editor.api";
import { allBuffers, getBuffer } from "../../app/editor/buffers";
import { loadMonaco } from "../../app/editor/monaco-loader";
import { followColorScheme } from "./monaco-theme";

type Editor = Monaco.editor.IStandaloneCodeEditor;

export function MonacoHost({ path, hidden }: { path: string | undefined; hidden: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor>();
  const [failed, setFailed] = useState<string>();

  useEffect(() => {
    let editorInstance: Editor | undefined;
    let stopTheme = () => {};
    let cancelled = false;
    loadMonaco().then(
      ({ monaco }) => {
        if (cancelled || !container.current) return;
        stopTheme = followColorScheme(monaco);
        editorInstance = monaco.editor.create(container.current, EDITOR_OPTIONS);
        setEditor(editorInstance);
      },
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
      stopTheme();
      editorInstance?.dispose();
    };
  }, []);

  useEffect(() => {
    if (editor) showBuffer(editor, path);
  }, [editor, path]);

  if (failed) return <p className="editor-failed" role="alert">The editor couldn't load ({failed}). Reload the page to try again.</p>;
  return <div ref={container} className="monaco-host" hidden={hidden} data-editor-ready={editor ? "true" : "false"} />;
}

const EDITOR_OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  model: null,
  automaticLayout: true,
  fontSize: 14,
  fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 4,
  insertSpaces: true,
  detectIndentation: true,
  renderWhitespace: "selection",
  smoothScrolling: true,
  padding: { top: 8 },
  ariaLabel: "Editor",
};

/** Remembers the view state of the model being left, then shows the buffer for `path` (or nothing). */
function showBuffer(editor: Editor, path: string | undefined): void {
  const previous = editor.getModel();
  const leaving = allBuffers().find((b) => b.model === previous);
  if (leaving) leaving.viewState = editor.saveViewState();
  const buffer = path ? getBuffer(path) : undefined;
  // Also after a rename (same model, new path): the editor's name follows the file's.
  editor.updateOptions({ ariaLabel: buffer ? `Editor: ${buffer.path}` : "Editor" });
  if (buffer?.model === previous) return;
  editor.setModel(buffer?.model ?? null);
  if (buffer?.viewState) editor.restoreViewState(buffer.viewState);
  if (buffer) editor.focus();
}
