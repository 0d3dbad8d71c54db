// Serves a private copy of the build with `vite preview` on a free port for the whole e2e run, and hands its URL
// and folder to the tests (inject("baseUrl"), inject("distDir")). The copy keeps a run intact when someone else
// rebuilds dist/ in the same checkout meanwhile (new hashed chunk names would break lazy imports mid-test).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain .mjs helper shared with scripts/start.mjs, no type declarations.
import { DIST, freePort, startPreview } from "../../../scripts/app-build.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const distDir = join(mkdtempSync(join(tmpdir(), "pyco-e2e-dist-")), "dist");
  cpSync(DIST as string, distDir, { recursive: true });
  const port: number = await freePort();
  const { child, url } = (await startPreview(port, { outDir: distDir })) as { child: import("node:child_process").ChildProcess; url: string };
  project.provide("baseUrl", url);
  project.provide("distDir", distDir);
  return () => {
    child.kill("SIGTERM");
    rmSync(join(distDir, ".."), { recursive: true, force: true });
  };
}
