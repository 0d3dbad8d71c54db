// Builds the web app into dist/ unless dist/ already holds a build of exactly these sources (content hash).
// Used by `npm start` and the e2e runner, so neither serves a stale build.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".pyco-build-hash");
// Everything that can change the built app. Whole folders are hashed, not only what the app imports today.
const INPUTS = ["index.html", "vite.config.ts", "package-lock.json", "tsconfig.json", "src", "public", "workers"];
const SKIP = /(^|\/)(node_modules|\.git)(\/|$)|\.test\.ts$/;

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else if (!SKIP.test(relative(ROOT, path))) {
    yield path;
  }
}

export function sourceHash() {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(join(ROOT, input))) {
      hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function isBuildFresh(hash = sourceHash()) {
  return existsSync(join(DIST, "index.html")) && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === hash;
}

/** Runs `vite build` (always when `force`), then records the source hash. Returns the exit status. */
export function buildApp({ force = false, quiet = false } = {}) {
  const hash = sourceHash();
  if (!force && isBuildFresh(hash)) {
    if (!quiet) console.log("dist/ is up to date with the sources; not rebuilding.");
    return 0;
  }
  const viteBin = join(ROOT, "node_modules", "vite", "bin", "vite.js");
  const result = spawnSync(process.execPath, [viteBin, "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) return result.status ?? 1;
  writeFileSync(STAMP, `${hash}\n`);
  return 0;
}

/**
 * Starts `vite preview` (COOP/COEP headers from vite.config.ts) on `port`, serving `outDir` (default dist/);
 * resolves when it listens.
 */
export async function startPreview(port, { stdio = "pipe", outDir = DIST } = {}) {
  const { spawn } = await import("node:child_process");
  const viteBin = join(ROOT, "node_modules", "vite", "bin", "vite.js");
  const args = [viteBin, "preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1", "--outDir", outDir];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", stdio, stdio],
  });
  const url = `http://127.0.0.1:${port}/`;
  // Generous: on a loaded shared machine loading vite alone has taken over 15 s.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("vite preview did not start within 90 s");
}

/** A free TCP port: `preferred` if it is free, otherwise one the OS picks. */
export async function freePort(preferred = 0) {
  const { createServer } = await import("node:net");
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(undefined));
      server.listen(port, "127.0.0.1", () => {
        const { port: got } = server.address();
        server.close(() => resolve(got));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}
