// SerialConnection with fake ports: reading, writing, and finding the board again after it resets.
import { describe, expect, it } from "vitest";
import { SerialConnection } from "./serial-connection";
import type { SerialApi, SerialPortLike } from "./serial-api";

/** A fake USB serial port whose board can be "reset" (the stream errors, the port disappears for a moment). */
class FakePort implements SerialPortLike {
  readable: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;
  written: number[] = [];
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  constructor(private readonly ids = { usbVendorId: 0x2e8a, usbProductId: 0x0005 }) {}
  async open() {
    this.readable = new ReadableStream({ start: (c) => void (this.controller = c) });
    this.writable = new WritableStream({ write: (chunk) => void this.written.push(...chunk) });
  }
  async close() {
    this.readable = null;
    this.writable = null;
  }
  getInfo() {
    return this.ids;
  }
  send(text: string) {
    this.controller!.enqueue(new TextEncoder().encode(text));
  }
  breakStream() {
    this.controller!.error(new Error("device lost"));
  }
}

function fakeApi(ports: () => SerialPortLike[]): SerialApi {
  return { kind: "web-serial", requestPort: async () => ports()[0], getPorts: async () => ports() };
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

describe("SerialConnection", () => {
  it("reads and writes bytes", async () => {
    const port = new FakePort();
    const conn = await SerialConnection.open(fakeApi(() => [port]), port);
    const received: string[] = [];
    conn.onData((c) => received.push(new TextDecoder().decode(c)));
    port.send(">>> ");
    await tick();
    await conn.write(new TextEncoder().encode("x"));
    expect(received.join("")).toBe(">>> ");
    expect(port.written).toEqual([0x78]);
    await conn.close();
  });

  it("finds the same board again after a reset and keeps listeners", async () => {
    const first = new FakePort();
    let available: SerialPortLike[] = [first];
    const conn = await SerialConnection.open(fakeApi(() => available), first, { pollMs: 10 });
    const states: string[] = [];
    conn.onStateChange((s) => states.push(s));
    const received: string[] = [];
    conn.onData((c) => received.push(new TextDecoder().decode(c)));
    available = [];
    first.breakStream();
    await tick(50);
    const second = new FakePort();
    available = [new FakePort({ usbVendorId: 0x1234, usbProductId: 1 }), second];
    await tick(60);
    second.send("MPY: soft reboot\r\n");
    await tick();
    expect(states).toEqual(["reconnecting", "connected"]);
    expect(received.join("")).toContain("soft reboot");
    await conn.close();
  });

  it("gives up with 'disconnected' when the board does not come back", async () => {
    const port = new FakePort();
    const conn = await SerialConnection.open(fakeApi(() => []), port, { reconnectWindowMs: 50, pollMs: 10 });
    port.breakStream();
    await tick(120);
    expect(conn.state).toBe("disconnected");
    await expect(conn.write(new Uint8Array([1]))).rejects.toMatchObject({ code: "not-connected" });
  });

  it("sends overlapping writes one after another, in order (fast typing)", async () => {
    const port = new FakePort();
    const conn = await SerialConnection.open(fakeApi(() => [port]), port);
    await Promise.all([..."print(1+1)"].map((c) => conn.write(new TextEncoder().encode(c))));
    expect(new TextDecoder().decode(Uint8Array.from(port.written))).toBe("print(1+1)");
    await conn.close();
  });
});
