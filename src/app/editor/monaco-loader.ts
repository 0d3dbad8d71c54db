// The one place that loads Monaco: a cached dynamic import, started early at boot so the editor appears sooner.
import type { MonacoApi } from "./monaco-setup";

interface Loaded {
  monaco: MonacoApi;
  languageFor: (path: string) => string;
}

let loading: Promise<Loaded> | undefined;

export function loadMonaco(): Promise<Loaded> {
  loading ??= import("./monaco-setup").then((m) => ({ monaco: m.monaco, languageFor: m.languageFor }));
  return loading;
}
