// Loads Monaco with only what Pyco needs (lean bundle): the editor API, Python/TOML/JSON/Markdown, find and undo.
// Imported lazily, so the app shell (project list, file tree) renders before Monaco has downloaded.
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/find/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/languages/definitions/markdown/register";
import "monaco-editor/languages/features/json/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/languages/features/json/json.worker?worker";
import { tomlConfiguration, tomlLanguage } from "./toml-language";

// Workers are bundled by Vite (never fetched from a CDN) and precached by the service worker.
self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === "json" ? new JsonWorker() : new EditorWorker()),
};

monaco.languages.register({ id: "toml", extensions: [".toml"], aliases: ["TOML", "toml"] });
monaco.languages.setMonarchTokensProvider("toml", tomlLanguage);
monaco.languages.setLanguageConfiguration("toml", tomlConfiguration);

const LANGUAGES: Record<string, string> = { py: "python", pyi: "python", toml: "toml", json: "json", md: "markdown" };

/** Monaco's language id for a file name; everything else is plain text. */
export function languageFor(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? "plaintext" : (LANGUAGES[path.slice(dot + 1).toLowerCase()] ?? "plaintext");
}

export type MonacoApi = typeof monaco;
export { monaco };
