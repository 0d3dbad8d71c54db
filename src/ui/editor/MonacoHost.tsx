// Hosts the one Monaco editor instance and swaps the model when the active tab changes, keeping each file's
// cursor, scroll position and undo history.
import { useEffect, useRef, useState } from "react";
import type * as Monaco from "monaco-editor/editor/editor.api";
import { allBuffers, getBuffer } from "../../app/editor/buffers";
import { onEditorFocusRequest } from "../../app/editor/editor-focus";
import { onRevealRequest, takeReveal } from "../../app/editor/editor-reveal";
import { showProgramErrorMarkers } from "../../app/editor/error-markers";
import { loadMonaco } from "../../app/editor/monaco-loader";
import { followColorScheme } from "./monaco-theme";

type Editor = Monaco.editor.IStandaloneCodeEditor;

export function MonacoHost({ path, hidden }: { path: string | undefined; hidden: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor>();
  const [failed, setFailed] = useState<string>();
  const [leaveHint, setLeaveHint] = useState(false);

  useEffect(() => {
    let editorInstance: Editor | undefined;
    let stopTheme = () => {};
    let stopMarkers = () => {};
    let cancelled = false;
    loadMonaco().then(
      ({ monaco }) => {
        if (cancelled || !container.current) return;
        stopTheme = followColorScheme(monaco);
        stopMarkers = showProgramErrorMarkers(monaco);
        editorInstance = monaco.editor.create(container.current, EDITOR_OPTIONS);
        leaveWithEscapeThenTab(editorInstance, monaco.KeyCode, setLeaveHint);
        setEditor(editorInstance);
      },
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
      stopTheme();
      stopMarkers();
      editorInstance?.dispose();
    };
  }, []);

  useEffect(() => {
    if (!editor) return;
    showBuffer(editor, path);
    revealRequestedLine(editor);
  }, [editor, path]);

  // A line to reveal in the file shown now (or, once its tab is open, by the effect above).
  useEffect(() => (editor ? onRevealRequest(() => revealRequestedLine(editor)) : undefined), [editor]);

  // After showBuffer has run for the newly active tab (effects run in order), so the right model gets the focus.
  useEffect(() => (editor ? onEditorFocusRequest(() => requestAnimationFrame(() => editor.getModel() && editor.focus())) : undefined), [editor]);

  if (failed) return <p className="editor-failed" role="alert">The editor couldn't load ({failed}). Reload the page to try again.</p>;
  return (
    <>
      <div ref={container} className="monaco-host" hidden={hidden} data-editor-ready={editor ? "true" : "false"} />
      {leaveHint && !hidden && <p className="editor-leave-hint">Tab: leave the editor · Shift+Tab: go back</p>}
    </>
  );
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

/** Said after the file's name, so a screen reader user learns how to leave the editor. */
const LEAVE_HINT = "Escape then Tab leaves the editor";

/**
 * Tab indents in the editor, so keyboard users need a way out that doesn't trap them: Escape, then Tab (or
 * Shift+Tab) moves the focus on, as in other code editors on the web. Tab alone still indents.
 */
function leaveWithEscapeThenTab(editor: Editor, keys: typeof Monaco.KeyCode, showHint: (shown: boolean) => void): void {
  let armed = false;
  editor.onDidBlurEditorText(() => ((armed = false), showHint(false)));
  editor.onKeyDown((e) => {
    const leave = armed && e.keyCode === keys.Tab && !e.ctrlKey && !e.altKey && !e.metaKey;
    armed = e.keyCode === keys.Escape;
    // Sighted keyboard users see the way out once they press Escape.
    showHint(armed);
    if (!leave) return;
    e.preventDefault();
    e.stopPropagation();
    moveFocusFrom(editor.getDomNode(), e.shiftKey ? -1 : 1);
  });
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Focuses the next (or previous) focusable element outside `inside` in document order. */
function moveFocusFrom(inside: HTMLElement | null, step: 1 | -1): void {
  if (!inside) return;
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
  const outside = all.filter((el) => !inside.contains(el));
  const after = outside.filter((el) => inside.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = outside.filter((el) => inside.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  const target = step === 1 ? (after[0] ?? outside[0]) : (before[before.length - 1] ?? outside[outside.length - 1]);
  target?.focus();
}

/** Puts the cursor on the line a reveal request asks for, if it is for the file the editor shows. */
function revealRequestedLine(editor: Editor): void {
  const shown = allBuffers().find((b) => b.model === editor.getModel());
  const requested = shown ? takeReveal(shown.path) : undefined;
  if (!shown || requested === undefined) return;
  const line = Math.min(Math.max(requested, 1), shown.model.getLineCount());
  const column = shown.model.getLineFirstNonWhitespaceColumn(line) || 1;
  editor.setPosition({ lineNumber: line, column });
  editor.revealLineInCenter(line);
  editor.focus();
}

/** Remembers the view state of the model being left, then shows the buffer for `path` (or nothing). */
function showBuffer(editor: Editor, path: string | undefined): void {
  const previous = editor.getModel();
  const leaving = allBuffers().find((b) => b.model === previous);
  if (leaving) leaving.viewState = editor.saveViewState();
  const buffer = path ? getBuffer(path) : undefined;
  // Also after a rename (same model, new path): the editor's name follows the file's.
  editor.updateOptions({ ariaLabel: buffer ? `Editor: ${buffer.path}. ${LEAVE_HINT}` : "Editor" });
  if (buffer?.model === previous) return;
  editor.setModel(buffer?.model ?? null);
  if (buffer?.viewState) editor.restoreViewState(buffer.viewState);
  if (buffer) editor.focus();
}
