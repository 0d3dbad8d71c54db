// The REPL-protocol client against a board in a worker thread speaking the firmware's byte stream, with faults injected.
import { afterEach, describe, expect, it } from "vitest";
import { ReplClient } from "./repl-client";
import { SimulatorConnection, type BoardLink } from "./simulator-connection";
import type { ConnectionState, DeviceConnection } from "./connection";
import { DeviceError } from "./device-error";
import { startWorkerBoard } from "../../tests/support/worker-board";

const BOARD = new URL("../../tests/support/table-board.worker.ts", import.meta.url);
const opened: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const c of opened.splice(0)) await c.close();
});

function connect(transform?: (chunk: Uint8Array) => Uint8Array[]): { client: ReplClient; connection: DeviceConnection; link: BoardLink } {
  const link = startWorkerBoard(BOARD);
  const inner = new SimulatorConnection(link);
  const connection = transform ? new FaultyConnection(inner, transform) : inner;
  opened.push(connection);
  return { client: new ReplClient(connection, { answerTimeoutMs: 3000 }), connection, link };
}

/** Passes the board's bytes through a fault: split, dropped, duplicated, delayed. */
class FaultyConnection implements DeviceConnection {
  readonly kind = "mock" as const;
  private stateListeners = new Set<(s: ConnectionState) => void>();
  constructor(private readonly inner: DeviceConnection, private readonly transform: (chunk: Uint8Array) => Uint8Array[]) {
    inner.onStateChange((s) => this.stateListeners.forEach((l) => l(s)));
  }
  get state() {
    return this.inner.state;
  }
  write(data: Uint8Array) {
    return this.inner.write(data);
  }
  onData(listener: (chunk: Uint8Array) => void) {
    return this.inner.onData((chunk) => {
      for (const piece of this.transform(chunk)) setTimeout(() => listener(piece), 1);
    });
  }
  onStateChange(listener: (s: ConnectionState) => void) {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }
  close() {
    return this.inner.close();
  }
  /** Simulates the board resetting: the link drops. */
  cut() {
    this.stateListeners.forEach((l) => l("reconnecting"));
  }
}

const bytewise = (chunk: Uint8Array) => Array.from(chunk, (b) => Uint8Array.of(b));

describe("ReplClient", () => {
  it("runs code in the raw REPL (raw-paste) and returns stdout and the traceback", async () => {
    const { client } = connect();
    expect(await client.exec("print(123)")).toEqual({ stdout: "123\r\n", stderr: "" });
    const failed = await client.exec("raise ValueError(7)");
    expect(failed.stdout).toBe("");
    expect(failed.stderr).toContain("ValueError: 7");
  });

  it("sends large code within the raw-paste window", async () => {
    const { client } = connect();
    const long = "x" + "y".repeat(5000);
    expect((await client.exec(`print('${long}')`)).stdout).toBe(long + "\r\n");
  });

  it("copes with a slow device that answers one byte at a time", async () => {
    const { client } = connect(bytewise);
    expect((await client.exec("print(42)")).stdout).toBe("42\r\n");
  });

  it("ignores garbage before the prompt and strips title sequences split across reads", async () => {
    let first = true;
    const statuses: string[] = [];
    const { client } = connect((chunk) => {
      const out = first ? [new TextEncoder().encode("\x00\xffgarbage>>> \x1b]0;\u{1F40D}Do"), new TextEncoder().encode("ne | 10.2.1\x1b\\"), chunk] : bytewise(chunk);
      first = false;
      return out;
    });
    client.onStatus((s) => statuses.push(s));
    expect((await client.exec("print(7)")).stdout).toBe("7\r\n");
    expect(statuses).toContain("Done");
  });

  it("retries entering the raw REPL when a byte of the prompt is lost", async () => {
    let dropped = false;
    const { client } = connect((chunk) => {
      const text = new TextDecoder().decode(chunk);
      if (!dropped && text.includes("raw REPL")) {
        dropped = true;
        return [chunk.subarray(0, 5), chunk.subarray(6)];
      }
      return [chunk];
    });
    expect((await client.exec("print(1)")).stdout).toBe("1\r\n");
    expect(dropped).toBe(true);
  });

  it("fails with a clear error, not a hang, when duplicated bytes corrupt the framing", async () => {
    const { client } = connect((chunk) => [chunk, chunk]);
    const outcome = await client.exec("print(5)").then(
      (r) => r,
      (e: unknown) => e,
    );
    if (outcome instanceof DeviceError) expect(outcome.message).toMatch(/board/i);
    else expect((outcome as { stdout: string }).stdout).toContain("5");
  });

  it("reports a board reset in the middle of a transfer as a disconnection", async () => {
    const link = startWorkerBoard(BOARD);
    const faulty = new FaultyConnection(new SimulatorConnection(link), (c) => [c]);
    opened.push(faulty);
    const client = new ReplClient(faulty, { answerTimeoutMs: 3000 });
    const running = client.exec("while True: pass");
    setTimeout(() => faulty.cut(), 150);
    await expect(running).rejects.toMatchObject({ code: "disconnected" });
  });

  it("interrupts a running program with Ctrl-C", async () => {
    const { client } = connect();
    // Interrupt once the program reports it runs (a fixed delay is flaky on a loaded machine).
    const result = await client.exec("while True: pass", { onStdout: (t) => void (t.includes("started") && client.interrupt()) });
    expect(result.stderr).toContain("KeyboardInterrupt");
  });
});
