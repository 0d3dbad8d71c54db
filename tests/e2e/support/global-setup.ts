// Starts `vite preview` on a free port for the whole e2e run and hands its URL to the tests (inject("baseUrl")).
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain .mjs helper shared with scripts/start.mjs, no type declarations.
import { freePort, startPreview } from "../../../scripts/app-build.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const port: number = await freePort();
  const { child, url } = (await startPreview(port)) as { child: import("node:child_process").ChildProcess; url: string };
  project.provide("baseUrl", url);
  return () => {
    child.kill("SIGTERM");
  };
}
