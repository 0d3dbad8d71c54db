// Loads Monaco with only what Pyco needs (lean bundle): the editor API, Python/TOML/JSON/Markdown highlighting,
// find/replace, cursor undo, comment toggling, bracket matching and hovers (a program error's message).
// Imported lazily, so the app shell (project list, file tree) renders before Monaco has downloaded.
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/find/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/codicon/register";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/languages/definitions/markdown/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import { jsonConfiguration, jsonLanguage } from "./json-language";
import { tomlConfiguration, tomlLanguage } from "./toml-language";

// Workers are bundled by Vite (never fetched from a CDN) and precached by the service worker.
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

function registerMonarch(id: string, extension: string, grammar: typeof tomlLanguage, config: typeof tomlConfiguration): void {
  monaco.languages.register({ id, extensions: [extension], aliases: [id.toUpperCase(), id] });
  monaco.languages.setMonarchTokensProvider(id, grammar);
  monaco.languages.setLanguageConfiguration(id, config);
}
registerMonarch("toml", ".toml", tomlLanguage, tomlConfiguration);
registerMonarch("json", ".json", jsonLanguage, jsonConfiguration);

const LANGUAGES: Record<string, string> = { py: "python", pyi: "python", toml: "toml", json: "json", md: "markdown" };

/** Monaco's language id for a file name; everything else is plain text. */
export function languageFor(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? "plaintext" : (LANGUAGES[path.slice(dot + 1).toLowerCase()] ?? "plaintext");
}

export type MonacoApi = typeof monaco;
export { monaco };
