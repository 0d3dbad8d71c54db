// `pyco serve --tcp HOST:PORT [--flavor ...] [--fast] [DIR]`: the simulated board's serial port over TCP (one client
// at a time, like a serial port), with DIR as its drive; what programs write to the drive is written back to DIR.
import net from "node:net";
import fs from "node:fs";
import nodePath from "node:path";
import { Worker } from "node:worker_threads";
import { createSharedSerialBuffers, SerialHostEnd } from "../board/shared-serial";
import type { BoardConfig } from "../board/board-main";
import type { DriveChange } from "../board/memory-drive";
import { boardArg } from "./args";

export interface ServeOptions {
  host: string;
  port: number;
  flavor: "micropython" | "circuitpython";
  fast: boolean;
  dir: string | null;
  /** --board ID (undefined: wiring.json's, else the Pico). */
  board?: string;
}

export const SERVE_USAGE = "usage: pyco serve --tcp HOST:PORT [--flavor circuitpython|micropython] [--board ID] [--fast] [DIR]";

export function parseServeArgs(argv: string[]): ServeOptions | string {
  const options: ServeOptions = { host: "127.0.0.1", port: 0, flavor: "micropython", fast: false, dir: null };
  let tcp = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--tcp") {
      const m = /^(.+):(\d+)$/.exec(argv[++i] ?? "");
      if (!m) return "--tcp needs HOST:PORT, e.g. 127.0.0.1:2217";
      options.host = m[1];
      options.port = Number(m[2]);
      tcp = true;
    } else if (a === "--flavor") {
      const v = argv[++i];
      if (v !== "micropython" && v !== "circuitpython") return "--flavor must be micropython or circuitpython";
      options.flavor = v;
    } else if (a === "--board") {
      const b = boardArg(argv[++i] ?? "");
      if ("error" in b) return b.error;
      options.board = b.board;
    } else if (a === "--fast") options.fast = true;
    else if (options.dir === null && !a.startsWith("--")) options.dir = a;
    else return `unexpected argument '${a}'`;
  }
  if (!tcp) return "missing --tcp HOST:PORT";
  if (options.dir !== null && !fs.statSync(options.dir, { throwIfNoEntry: false })?.isDirectory()) return `not a folder: ${options.dir}`;
  return options;
}

/** Reads DIR into drive files (skipping dot-folders such as .git). */
export function readProjectFolder(dir: string): BoardConfig["files"] {
  const files: BoardConfig["files"] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(nodePath.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        files.push({ path, kind: "dir" });
        walk(path);
      } else if (entry.isFile()) files.push({ path, data: new Uint8Array(fs.readFileSync(nodePath.join(dir, path))) });
    }
  };
  walk("");
  return files;
}

/** Applies a drive change to DIR; paths come from the board's normalised drive, so they stay inside DIR. */
export function applyDriveChange(dir: string, change: DriveChange): void {
  const inside = (p: string) => {
    const abs = nodePath.resolve(dir, p);
    if (!abs.startsWith(nodePath.resolve(dir) + nodePath.sep)) throw new Error(`refusing a path outside the project: ${p}`);
    return abs;
  };
  if (change.kind === "write") fs.writeFileSync(inside(change.path), change.data);
  else if (change.kind === "mkdir") fs.mkdirSync(inside(change.path), { recursive: true });
  else if (change.kind === "remove") fs.rmSync(inside(change.path), { recursive: true, force: true });
  else if (change.kind === "rename") fs.renameSync(inside(change.from), inside(change.to));
}

export function serve(options: ServeOptions): Promise<number> {
  const buffers = createSharedSerialBuffers();
  const hostEnd = new SerialHostEnd(buffers);
  const config: BoardConfig = { flavor: options.flavor, files: options.dir ? readProjectFolder(options.dir) : [], timing: options.fast ? "fast" : "realtime", board: options.board };
  const worker = new Worker(new URL("./serve-worker.mjs", import.meta.url), { workerData: { ...buffers, config }, resourceLimits: { stackSizeMb: 16 } });
  let client: net.Socket | null = null;
  worker.on("message", (m: { type: "serial"; bytes: Uint8Array } | { type: "drive"; change: DriveChange }) => {
    if (m.type === "serial") client?.write(m.bytes);
    else if (options.dir) {
      try {
        applyDriveChange(options.dir, m.change);
      } catch (e) {
        process.stderr.write(`pyco serve: could not save ${JSON.stringify(m.change)}: ${(e as Error).message}\n`);
      }
    }
  });
  const server = net.createServer((socket) => {
    if (client) {
      // A serial port has one user at a time.
      socket.end("pyco serve: the board is already in use by another connection\r\n");
      return;
    }
    client = socket;
    socket.setNoDelay(true);
    socket.on("data", (data: Buffer) => hostEnd.write(new Uint8Array(data)));
    socket.on("close", () => (client = null));
    socket.on("error", () => (client = null));
  });
  return new Promise((resolve) => {
    server.listen(options.port, options.host, () => {
      const address = server.address() as net.AddressInfo;
      process.stdout.write(`READY tcp ${options.host}:${address.port}\n`);
    });
    server.on("error", (e: Error) => {
      process.stderr.write(`pyco serve: ${e.message}\n`);
      resolve(1);
    });
    worker.on("error", (e: unknown) => {
      process.stderr.write(`pyco serve: the board stopped: ${e instanceof Error ? e.message : String(e)}\n`);
      server.close();
      resolve(3);
    });
    const stop = () => {
      hostEnd.close();
      server.close();
      void worker.terminate().then(() => resolve(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
