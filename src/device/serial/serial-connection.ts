// A DeviceConnection over a serial port that survives board resets: it re-finds the same board by USB ids and reopens.
import type { ConnectionState, DeviceConnection } from "../connection";
import { Emitter } from "../emitter";
import { DeviceError } from "../device-error";
import type { SerialApi, SerialPortLike } from "./serial-api";

export interface SerialConnectionOptions {
  /** How long to keep looking for the board after it vanished (reset, re-plug), in ms. */
  reconnectWindowMs?: number;
  /** How often to look for it meanwhile. */
  pollMs?: number;
}

export class SerialConnection implements DeviceConnection {
  readonly kind = "serial" as const;
  state: ConnectionState = "connecting";
  private readonly data = new Emitter<Uint8Array>();
  private readonly states = new Emitter<ConnectionState>();
  private reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  private closing = false;
  private readonly ids: { usbVendorId?: number; usbProductId?: number };
  private unsubscribePlug: (() => void) | undefined;

  private constructor(private readonly api: SerialApi, private port: SerialPortLike, private readonly options: Required<SerialConnectionOptions>) {
    this.ids = port.getInfo();
  }

  /** Opens `port` and starts reading. */
  static async open(api: SerialApi, port: SerialPortLike, options: SerialConnectionOptions = {}): Promise<SerialConnection> {
    const connection = new SerialConnection(api, port, { reconnectWindowMs: options.reconnectWindowMs ?? 10000, pollMs: options.pollMs ?? 200 });
    await connection.openPort();
    connection.unsubscribePlug = api.onConnectionEvent?.((kind, p) => connection.onPlug(kind, p));
    return connection;
  }

  /** Writes go out one after another: a port's stream takes one writer at a time, so overlapping writes would throw. */
  write(data: Uint8Array): Promise<void> {
    const next = this.writes.then(() => this.writeNow(data));
    this.writes = next.catch(() => undefined);
    return next;
  }

  private writes: Promise<void> = Promise.resolve();

  private async writeNow(data: Uint8Array): Promise<void> {
    if (this.state !== "connected" || !this.port.writable) throw new DeviceError("not-connected", "The board is not connected.");
    const writer = this.port.writable.getWriter();
    try {
      await writer.write(data);
    } catch {
      throw new DeviceError("disconnected", "The board was disconnected while sending data.");
    } finally {
      writer.releaseLock();
    }
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.data.on(listener);
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    return this.states.on(listener);
  }

  async close(): Promise<void> {
    this.closing = true;
    this.unsubscribePlug?.();
    await this.reader?.cancel().catch(() => undefined);
    await this.port.close().catch(() => undefined);
    this.setState("disconnected");
  }

  /** Set while a port is being opened, so a plug event and the reconnect poll never open it twice. */
  private opening = false;

  private async openPort(): Promise<void> {
    if (this.opening) return;
    this.opening = true;
    try {
      await this.openPortOnce();
    } finally {
      this.opening = false;
    }
  }

  private async openPortOnce(): Promise<void> {
    try {
      // USB CDC ignores the baud rate, but Web Serial requires one; a large buffer keeps bursts intact.
      await this.port.open({ baudRate: 115200, bufferSize: 64 * 1024 });
    } catch (e) {
      const name = e instanceof Error ? e.name : "";
      if (name === "SecurityError" || name === "NotAllowedError") throw new DeviceError("permission", "The browser did not allow access to the board.");
      if (name !== "InvalidStateError") throw new DeviceError("not-connected", `Could not open the board's serial port (${e instanceof Error ? e.message : e}). Is another program (Thonny, a terminal) using it?`);
    }
    this.setState("connected");
    void this.readLoop();
  }

  /** Reads continuously into our own listeners (the port's own buffer is small). */
  private async readLoop(): Promise<void> {
    while (this.port.readable && !this.closing) {
      this.reader = this.port.readable.getReader();
      try {
        for (;;) {
          const { value, done } = await this.reader.read();
          if (done) break;
          if (value?.length) this.data.emit(value);
        }
      } catch {
        break; // the device went away (reset, unplug): fall through to reconnecting
      } finally {
        this.reader.releaseLock();
        this.reader = null;
      }
    }
    if (!this.closing) void this.reconnect();
  }

  /** The board reset or was unplugged: look for the same board (by USB ids) until the window closes. */
  private async reconnect(): Promise<void> {
    this.setState("reconnecting");
    await this.port.close().catch(() => undefined);
    const deadline = Date.now() + this.options.reconnectWindowMs;
    while (!this.closing && Date.now() < deadline) {
      const found = await this.findSameBoard();
      if (found) {
        this.port = found;
        try {
          await this.openPort();
          return;
        } catch {
          // Not ready yet (still enumerating); try again shortly.
        }
      }
      await new Promise((r) => setTimeout(r, this.options.pollMs));
    }
    if (!this.closing) this.setState("disconnected");
  }

  private async findSameBoard(): Promise<SerialPortLike | undefined> {
    const ports = await this.api.getPorts().catch(() => [] as SerialPortLike[]);
    return ports.find((p) => {
      const info = p.getInfo();
      return info.usbVendorId === this.ids.usbVendorId && info.usbProductId === this.ids.usbProductId;
    });
  }

  private onPlug(kind: "connect" | "disconnect", port: SerialPortLike): void {
    if (kind === "connect" && this.state === "reconnecting" && !this.opening) {
      const info = port.getInfo();
      if (info.usbVendorId === this.ids.usbVendorId && info.usbProductId === this.ids.usbProductId) {
        this.port = port;
        void this.openPort().catch(() => undefined);
      }
    }
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    this.states.emit(state);
  }
}
