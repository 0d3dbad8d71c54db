// Writes to a board one after another. A Web Serial port takes one writer at a time (getWriter() throws while another
// write holds the lock), and terminal keys, Ctrl-C and protocol traffic come from different places; queueing them
// here keeps every byte, in order.
import type { ConnectionState, DeviceConnection } from "../../device/connection";

export class SerializedWrites implements DeviceConnection {
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly inner: DeviceConnection) {}

  get kind(): DeviceConnection["kind"] {
    return this.inner.kind;
  }

  get state(): ConnectionState {
    return this.inner.state;
  }

  write(data: Uint8Array): Promise<void> {
    // A failed write does not block the ones after it; its caller still sees the failure.
    const next = this.last.then(() => this.inner.write(data), () => this.inner.write(data));
    this.last = next.catch(() => undefined);
    return next;
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.inner.onData(listener);
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    return this.inner.onStateChange(listener);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
