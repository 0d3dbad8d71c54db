// A DeviceConnection to the simulated board running in a worker (browser Worker or Node worker thread).
import type { ConnectionState, DeviceConnection } from "./connection";
import { Emitter } from "./emitter";
import { DeviceError } from "./device-error";

/** What a board worker offers the page: bytes in, bytes out. */
export interface BoardLink {
  sendToBoard(bytes: Uint8Array): void;
  onBoardOutput(listener: (chunk: Uint8Array) => void): () => void;
  close(): void;
}

export class SimulatorConnection implements DeviceConnection {
  readonly kind = "simulator" as const;
  state: ConnectionState = "connected";
  private readonly data = new Emitter<Uint8Array>();
  private readonly states = new Emitter<ConnectionState>();
  private unsubscribe: () => void;

  constructor(private readonly link: BoardLink) {
    this.unsubscribe = link.onBoardOutput((chunk) => this.data.emit(chunk));
  }

  async write(data: Uint8Array): Promise<void> {
    if (this.state !== "connected") throw new DeviceError("not-connected", "The simulated board is not running.");
    this.link.sendToBoard(data);
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.data.on(listener);
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    return this.states.on(listener);
  }

  /** The board restarted (Reset): connections in the middle of an operation learn the link was cut. */
  markReset(): void {
    this.setState("reconnecting");
    this.setState("connected");
  }

  async close(): Promise<void> {
    this.unsubscribe();
    this.link.close();
    this.setState("disconnected");
  }

  private setState(state: ConnectionState): void {
    this.state = state;
    this.states.emit(state);
  }
}
