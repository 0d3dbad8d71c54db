// A DeviceConnection to the simulated board running in a worker (browser Worker or Node worker thread).
import type { ConnectionState, DeviceConnection } from "./connection";
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
  private dataListeners = new Set<(chunk: Uint8Array) => void>();
  private stateListeners = new Set<(state: ConnectionState) => void>();
  private unsubscribe: () => void;

  constructor(private readonly link: BoardLink) {
    this.unsubscribe = link.onBoardOutput((chunk) => this.dataListeners.forEach((l) => l(chunk)));
  }

  async write(data: Uint8Array): Promise<void> {
    if (this.state !== "connected") throw new DeviceError("not-connected", "The simulated board is not running.");
    this.link.sendToBoard(data);
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
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
    this.stateListeners.forEach((l) => l(state));
  }
}
