// Live objects of the real-board connection kept outside the store: the serial API and granted ports, the current
// connection with its REPL client and file layer, the activity tracker, and the terminal feed the Terminal shows.
import type { DeviceConnection } from "../../device/connection";
import { DeviceError } from "../../device/device-error";
import { BoardFiles } from "../../device/files";
import { ReplClient } from "../../device/repl-client";
import type { SerialApi, SerialPortLike } from "../../device/serial/serial-api";
import { ActivityTracker } from "./board-activity";
import { BannerQuieter } from "./banner-quieter";
import { SerializedWrites } from "./serial-writes";
import { setDevice } from "./device-state";

export interface UsbIds {
  usbVendorId?: number;
  usbProductId?: number;
}

/** One connected board: its connection, the REPL client over it and the file layer over that. */
export interface BoardLink {
  connection: DeviceConnection;
  client: ReplClient;
  files: BoardFiles;
  ids: UsbIds;
  /** Unsubscribes everything attached to the connection. */
  detach(): void;
}

let serialApi: SerialApi | null = null;
let grantedPorts: SerialPortLike[] = [];
let link: BoardLink | null = null;

export const activity = new ActivityTracker((snapshot) => setDevice(snapshot));

/**
 * What the board terminal shows and sends: the REPL client's terminal traffic plus the output of programs run with
 * exec. One feed for the page's life, so the terminal keeps its scrollback across reconnections.
 */
class TerminalFeed {
  private listeners = new Set<(chunk: Uint8Array) => void>();

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(data: string): void {
    if (!link) return;
    activity.input(data);
    void link.client.sendTerminal(data).catch(() => undefined);
  }

  emit(chunk: Uint8Array): void {
    this.listeners.forEach((l) => l(chunk));
  }

  /** Text from Pyco itself (a dim line), e.g. "[reconnected]". */
  note(text: string): void {
    this.emit(new TextEncoder().encode(`\r\n\x1b[2m[${text}]\x1b[0m\r\n`));
  }
}

export const terminalFeed = new TerminalFeed();

/** Board output on its way to the terminal, without the banner each file operation's exit makes the board print. */
const quieter = new BannerQuieter(
  (chunk) => {
    activity.output(chunk);
    terminalFeed.emit(chunk);
  },
  () => activity.snapshot.activity === "idle",
);

/** A protocol operation starts (`true`) or ends (`false`): see BannerQuieter. */
export function quietExitBanner(starting: boolean): Promise<void> {
  if (!starting) return quieter.settle();
  quieter.arm();
  return Promise.resolve();
}

export function setSerialApi(api: SerialApi | null): void {
  serialApi = api;
}

export function currentSerialApi(): SerialApi | null {
  return serialApi;
}

export function setGrantedPorts(ports: SerialPortLike[]): void {
  grantedPorts = ports;
}

export function grantedPort(index: number): SerialPortLike | undefined {
  return grantedPorts[index];
}

export function currentLink(): BoardLink | null {
  return link;
}

/** The connected board, or DeviceError('not-connected') for the operation to report. */
export function requireLink(): BoardLink {
  if (!link) throw new DeviceError("not-connected", "No board is connected.");
  return link;
}

/** Makes `connection` the board: a REPL client and file layer over it, its output routed to the terminal. */
export function createLink(port: DeviceConnection, ids: UsbIds): BoardLink {
  const connection = new SerializedWrites(port);
  const client = new ReplClient(connection, { answerTimeoutMs: 3000 });
  const offTerminal = client.onTerminalData((chunk) => quieter.push(chunk));
  const offStatus = client.onStatus((status) => {
    activity.circuitStatus(status);
    setDevice({ circuitStatus: status });
  });
  const created: BoardLink = {
    connection,
    client,
    files: new BoardFiles(client),
    ids,
    detach: () => {
      offTerminal();
      offStatus();
      client.dispose();
    },
  };
  link = created;
  return created;
}

export function dropLink(): void {
  link?.detach();
  link = null;
}
