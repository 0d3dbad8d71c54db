// The simulated board with the real interpreter, driven through the REPL-protocol client as the IDE drives it.
import { afterEach, describe, expect, it } from "vitest";
import { ReplClient } from "../device/repl-client";
import { SimulatorConnection } from "../device/simulator-connection";
import { startWorkerBoard } from "../../tests/support/worker-board";
import type { BoardConfig } from "./board-main";
import { createMailbox, postSnapshot } from "./project-mailbox";

const WORKER = new URL("../../tests/support/python-board.worker.ts", import.meta.url);
const connections: SimulatorConnection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) await c.close();
});

function boot(config: Partial<BoardConfig> = {}, mailbox?: SharedArrayBuffer) {
  const encoder = new TextEncoder();
  const full: BoardConfig = { flavor: "micropython", files: [], timing: "fast", ...config };
  full.files = full.files.map((f) => ({ ...f, data: typeof f.data === "string" ? encoder.encode(f.data) : f.data }));
  const link = startWorkerBoard(WORKER, { config: full, mailbox });
  const connection = new SimulatorConnection(link);
  connections.push(connection);
  const terminal: string[] = [];
  const client = new ReplClient(connection, { answerTimeoutMs: 5000 });
  client.onTerminalData((c) => terminal.push(new TextDecoder().decode(c)));
  return { client, link, terminal: () => terminal.join("") };
}

const until = async (check: () => boolean, ms = 25000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe("simulated board with the real interpreter", { timeout: 60000 }, () => {
  it("boots MicroPython to the banner and runs code in the raw REPL", async () => {
    const { client, terminal } = boot();
    await until(() => terminal().includes(">>> "));
    expect(terminal()).toContain("MicroPython v1.28.0 on 2026-11-21; Raspberry Pi Pico with RP2040");
    expect(await client.exec("print(123)")).toEqual({ stdout: "123\r\n", stderr: "" });
    const failed = await client.exec("raise ValueError(7)");
    expect(failed.stderr).toBe('Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nValueError: 7\r\n');
  });

  it("keeps variables between raw REPL runs (as mpremote relies on)", async () => {
    const { client, terminal } = boot();
    await until(() => terminal().includes(">>> "));
    await client.withRawRepl(async (s) => {
      await s.exec("x = 6 * 7");
      expect((await s.exec("print(x)")).stdout).toBe("42\r\n");
    });
  });

  it("runs main.py at boot and stops it with Ctrl-C", async () => {
    const { client, terminal } = boot({ files: [{ path: "main.py", data: "import time\nprint('MAIN_PY_RAN')\nwhile True:\n    time.sleep(1)\n" as never }] });
    await until(() => terminal().includes("MAIN_PY_RAN"));
    await client.sendTerminal("\x03");
    await until(() => terminal().includes(">>> "));
    expect(terminal()).toContain('File "main.py", line 4, in <module>\r\nKeyboardInterrupt: \r\n');
  });

  it("boots CircuitPython, runs code.py and waits for a key", async () => {
    const { client, terminal } = boot({ flavor: "circuitpython", files: [{ path: "code.py", data: "print('hello from code.py')\n" as never }] });
    await until(() => terminal().includes("Press any key"));
    expect(terminal()).toContain("code.py output:\r\nhello from code.py\r\n\r\nCode done running.");
    await client.sendTerminal("\r");
    await until(() => terminal().includes(">>> "));
    expect(terminal()).toContain("Adafruit CircuitPython 10.2.1 on 2026-11-21; Raspberry Pi Pico with rp2040");
  });

  it("CircuitPython auto-reloads when a project file is saved, running the new code.py", async () => {
    const mailbox = createMailbox(1 << 20);
    const loop = "import time\nprint('version 1')\nwhile True:\n    time.sleep(0.1)\n";
    const { link, terminal } = boot({ flavor: "circuitpython", timing: "realtime", files: [{ path: "code.py", data: loop as never }] }, mailbox);
    await until(() => terminal().includes("version 1"));
    postSnapshot(mailbox, [{ path: "code.py", kind: "file", data: new TextEncoder().encode("print('version 2')\n") }]);
    link.serialHost.requestReload();
    await until(() => terminal().includes("version 2"));
    expect(terminal()).toContain("Code stopped by auto-reload. Reloading soon.\r\nsoft reboot\r\n\r\n");
    expect(terminal().indexOf("version 2")).toBeGreaterThan(terminal().indexOf("auto-reload"));
  });

  it("machine.reset() restarts the board as at power-on", async () => {
    const { client, terminal } = boot({ files: [{ path: "main.py", data: "print('booted')\n" as never }] });
    await until(() => terminal().includes(">>> "));
    await client.sendTerminal("import machine\rmachine.reset()\r");
    await until(() => terminal().split("booted").length === 3);
    expect(terminal().split("MicroPython v1.28.0").length).toBe(3);
  });
});
