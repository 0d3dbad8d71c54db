// The real board's zustand slice: serializable state only (the serial port, REPL client and file layer live in
// device-services.ts). Components read it; the device actions change it.
import { create } from "zustand";
import type { BoardEntry, BoardInfo } from "../../device/files";
import type { SyncPlan } from "../../device/sync";
import type { DeviceProblem } from "./device-messages";

/** Where Run sends the project: the simulated Pico or a board on USB. */
export type Target = "simulator" | "board";

/** `idle`: never connected in this page; the rest follow the connection's own states. */
export type LinkState = "idle" | "connecting" | "connected" | "reconnecting" | "disconnected";

/**
 * What the board is doing, from what it printed: `idle` at a prompt (or "Press any key"), `running` a program,
 * `unknown` right after connecting, before the board has answered.
 */
export type Activity = "unknown" | "idle" | "running";

/** A port the browser already lets this site open (navigator.serial.getPorts()). */
export interface GrantedPort {
  index: number;
  label: string;
}

export interface TransferState {
  path: string;
  bytesDone: number;
  bytesTotal: number;
  bytesPerSecond: number;
  /** Deleting counts files, not bytes (bytesDone / bytesTotal are then file counts). */
  unit?: "files";
}

/** The one operation on the board now (the UI disables the others): a transfer, or a program run with exec. */
export interface OperationState {
  kind: "transfer" | "program";
  /** "Uploading the project", "Running blink.py"… */
  label: string;
  progress?: TransferState;
}

/** A plan waiting for the person's review before anything is written. */
export interface SyncReview {
  plan: SyncPlan;
  /** Soft-reboot the board after the upload (Run), or just upload. */
  runAfter: boolean;
}

export interface BoardFilesView {
  entries: BoardEntry[];
  expanded: Record<string, true>;
  selected?: string;
}

export interface DeviceState {
  target: Target;
  link: LinkState;
  /** What this browser offers: Web Serial, WebUSB (for the polyfill), or neither. */
  webSerial: boolean;
  webUsb: boolean;
  /** The person's choices for the next Connect. */
  useWebUsb: boolean;
  showAllPorts: boolean;
  granted: GrantedPort[];
  /** The connected board as the USB ids name it, until its info arrives. */
  portLabel?: string;
  info?: BoardInfo;
  activity: Activity;
  /** CircuitPython's status from its terminal title ("code.py", "Done", "REPL"). */
  circuitStatus?: string;
  /** CircuitPython printed "Press any key to enter the REPL". */
  pressAnyKey: boolean;
  operation?: OperationState;
  problem?: DeviceProblem;
  /** A short, good-news line (reconnected, uploaded…). */
  notice?: string;
  files?: BoardFilesView;
  review?: SyncReview;
}

export const initialDeviceState: DeviceState = {
  target: "simulator",
  link: "idle",
  webSerial: false,
  webUsb: false,
  useWebUsb: false,
  showAllPorts: false,
  granted: [],
  activity: "unknown",
  pressAnyKey: false,
};

export const useDevice = create<DeviceState>()(() => ({ ...initialDeviceState }));

export const getDevice = useDevice.getState;
export const setDevice = useDevice.setState;

/** The target switch (Simulator | Board); here so the light region component needs nothing else. */
export function setTarget(target: Target): void {
  setDevice({ target });
}
