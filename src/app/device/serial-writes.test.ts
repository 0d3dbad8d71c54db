// Writes from the terminal, Ctrl-C and the protocol go out one at a time and in order, and a failure blocks nothing.
import { describe, expect, it } from "vitest";
import type { ConnectionState, DeviceConnection } from "../../device/connection";
import { DeviceError } from "../../device/device-error";
import { SerializedWrites } from "./serial-writes";

/** A port that, like Web Serial, refuses a second writer while one write is in flight. */
class OneWriterPort implements DeviceConnection {
  readonly kind = "mock" as const;
  state: ConnectionState = "connected";
  written: string[] = [];
  private busy = false;
  failNext = false;
  async write(data: Uint8Array): Promise<void> {
    if (this.busy) throw new TypeError("WritableStream is locked");
    this.busy = true;
    await new Promise((r) => setTimeout(r, 2));
    this.busy = false;
    if (this.failNext) {
      this.failNext = false;
      throw new DeviceError("disconnected", "gone");
    }
    this.written.push(new TextDecoder().decode(data));
  }
  onData() {
    return () => undefined;
  }
  onStateChange() {
    return () => undefined;
  }
  async close() {}
}

describe("SerializedWrites", () => {
  it("keeps every key typed quickly, in order", async () => {
    const port = new OneWriterPort();
    const link = new SerializedWrites(port);
    await Promise.all([..."print(1+1)\r"].map((c) => link.write(new TextEncoder().encode(c))));
    expect(port.written.join("")).toBe("print(1+1)\r");
  });

  it("reports a failed write to its caller and carries on with the next", async () => {
    const port = new OneWriterPort();
    const link = new SerializedWrites(port);
    port.failNext = true;
    const first = link.write(new TextEncoder().encode("a"));
    const second = link.write(new TextEncoder().encode("b"));
    await expect(first).rejects.toMatchObject({ code: "disconnected" });
    await second;
    expect(port.written).toEqual(["b"]);
  });
});
