// Monaco themes that match the app's colours, switched with the system's light/dark preference.
import type { MonacoApi } from "../../app/editor/monaco-setup";

const DARK = "pyco-dark";
const LIGHT = "pyco-light";
let defined = false;

function define(monaco: MonacoApi): void {
  if (defined) return;
  defined = true;
  monaco.editor.defineTheme(DARK, {
    base: "vs-dark",
    inherit: true,
    rules: [{ token: "key", foreground: "9CDCFE" }],
    colors: { "editor.background": "#16191d", "editorGutter.background": "#16191d", "editor.lineHighlightBackground": "#1f2329" },
  });
  monaco.editor.defineTheme(LIGHT, {
    base: "vs",
    inherit: true,
    rules: [{ token: "key", foreground: "0451A5" }],
    colors: { "editor.background": "#ffffff", "editor.lineHighlightBackground": "#f3f6f8" },
  });
}

/** Applies the theme for the current colour scheme and follows changes; returns a stop function. */
export function followColorScheme(monaco: MonacoApi): () => void {
  define(monaco);
  const query = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => monaco.editor.setTheme(query.matches ? DARK : LIGHT);
  apply();
  query.addEventListener("change", apply);
  return () => query.removeEventListener("change", apply);
}
