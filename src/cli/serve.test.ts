// `pyco serve`: the simulated board over TCP, driven like mpremote drives a board; its drive is the project folder.
import { afterEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ReplClient } from "../device/repl-client";
import type { ConnectionState, DeviceConnection } from "../device/connection";

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill("SIGTERM")));

/** Starts `pyco serve` and resolves with the port it printed in its READY line. */
function startServe(dir: string, extra: string[] = []): Promise<number> {
  const child = spawn(process.execPath, [path.join(repo, "node_modules/tsx/dist/cli.mjs"), path.join(repo, "src/cli/pyco.ts"), "serve", "--tcp", "127.0.0.1:0", ...extra, dir], { cwd: repo });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /READY tcp 127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`pyco serve exited with ${code}: ${out}`)));
  });
}

/** A DeviceConnection over a TCP socket (what mpremote's socket:// transport is). */
class TcpConnection implements DeviceConnection {
  readonly kind = "mock" as const;
  state: ConnectionState = "connected";
  private listeners = new Set<(c: Uint8Array) => void>();
  constructor(private readonly socket: net.Socket) {
    socket.on("data", (d: Buffer) => this.listeners.forEach((l) => l(new Uint8Array(d))));
  }
  static open(port: number): Promise<TcpConnection> {
    return new Promise((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => resolve(new TcpConnection(s)));
    });
  }
  async write(data: Uint8Array) {
    this.socket.write(data);
  }
  onData(l: (c: Uint8Array) => void) {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  onStateChange() {
    return () => undefined;
  }
  async close() {
    this.socket.destroy();
  }
}

describe("pyco serve", () => {
  it("serves the board's REPL over TCP with the folder as its drive, and saves writes back", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-serve-"));
    fs.writeFileSync(path.join(dir, "main.py"), "print('main ran')\n");
    fs.mkdirSync(path.join(dir, "lib"));
    fs.writeFileSync(path.join(dir, "lib", "helper.py"), "def twice(x):\n    return 2 * x\n");
    const port = await startServe(dir, ["--fast"]);
    const connection = await TcpConnection.open(port);
    const client = new ReplClient(connection, { answerTimeoutMs: 5000 });
    const listing = await client.exec("import os\nprint(sorted(os.listdir('/')))");
    expect(listing.stdout).toBe("['lib', 'main.py']\r\n");
    expect((await client.exec("import helper\nprint(helper.twice(21))")).stdout).toBe("42\r\n");
    await client.exec("f = open('data.txt', 'wb')\nf.write(b'\\x00\\x01hello')\nf.close()\nos.mkdir('logs')");
    await new Promise((r) => setTimeout(r, 300));
    expect([...fs.readFileSync(path.join(dir, "data.txt"))]).toEqual([0, 1, ...Buffer.from("hello")]);
    expect(fs.statSync(path.join(dir, "logs")).isDirectory()).toBe(true);
    await connection.close();
  }, 30000);

  it("lets one client at a time use the port, like a serial port", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyco-serve-"));
    const port = await startServe(dir, ["--fast"]);
    const first = await TcpConnection.open(port);
    const second = net.connect(port, "127.0.0.1");
    const refused = await new Promise<string>((resolve) => {
      let text = "";
      second.on("data", (d: Buffer) => (text += d.toString()));
      second.on("close", () => resolve(text));
    });
    expect(refused).toContain("already in use");
    await first.close();
  }, 30000);
});
