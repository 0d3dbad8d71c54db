// The one connection interface for real boards (Web Serial / WebUSB) and the simulated board.

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "disconnected";

export interface DeviceConnection {
  readonly kind: "serial" | "simulator" | "mock";
  readonly state: ConnectionState;
  /** Sends bytes to the board; rejects with DeviceError('disconnected') when the link is gone. */
  write(data: Uint8Array): Promise<void>;
  /** Every chunk the board sends, in order; returns the unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
  close(): Promise<void>;
}
