// The page's handle on the simulated Pico: starts the board worker, connects it as a DeviceConnection, resets it.
import { createSharedSerialBuffers, SerialHostEnd } from "../board/shared-serial";
import type { BoardConfig } from "../board/board-main";
import { createPinBridgeBuffers, PinBridgeHost, type PinSnapshot } from "../board/pin-bridge";
import type { BoardToPage, PageToBoard, PartSnapshot, UsbSummary } from "../board/worker-protocol";
import { ControlQueueWriter, createControlQueueBuffer } from "../board/part-controls";
import type { DriveChange } from "../board/memory-drive";
import { createMailbox, postSnapshot, type SnapshotEntry } from "../board/project-mailbox";
import { SimulatorConnection, type BoardLink } from "./simulator-connection";
import { DeviceError } from "./device-error";

export interface SimulatedBoardEvents {
  /** A program changed the drive (a data log, a file written from the REPL): save it to the project. */
  onDriveChange?(change: DriveChange): void;
  /** The board's worker failed (an internal error): the UI offers Reset. */
  onCrash?(message: string): void;
  /** The board's pins changed (throttled to about 30 per second, and at every visible wait). */
  onPins?(snapshot: PinSnapshot): void;
  /** The wired parts and their changed states, and the USB summary when it changed (about 30 per second at most). */
  onParts?(parts: PartSnapshot[], usb: UsbSummary | undefined): void;
}

const MAILBOX_BYTES = 2 * 1024 * 1024 + 64 * 1024;

/** Creates the worker; the page supplies the constructor so bundlers can see `new Worker(new URL(...))`. */
export type WorkerFactory = () => Worker;

export class SimulatedBoardHandle {
  private worker: Worker | null = null;
  private host: SerialHostEnd | null = null;
  private mailbox: SharedArrayBuffer | null = null;
  private outputListeners = new Set<(chunk: Uint8Array) => void>();
  readonly connection: SimulatorConnection;
  /** Part inputs, speed and pause; kept across power cycles (a held button stays held). */
  readonly pins = new PinBridgeHost();
  /** The running board's part control queue (null while off): controls by part index and control index. */
  controls: ControlQueueWriter | null = null;

  constructor(private readonly createWorker: WorkerFactory, private readonly events: SimulatedBoardEvents = {}) {
    if (typeof SharedArrayBuffer === "undefined" || !globalThis.crossOriginIsolated) {
      throw new DeviceError("unsupported", "The simulator needs a cross-origin isolated page (SharedArrayBuffer). Reload the app; if it persists, your browser blocks it.");
    }
    const link: BoardLink = {
      sendToBoard: (bytes) => this.host?.write(bytes),
      onBoardOutput: (listener) => {
        this.outputListeners.add(listener);
        return () => this.outputListeners.delete(listener);
      },
      close: () => this.stop(),
    };
    this.connection = new SimulatorConnection(link);
  }

  /** Powers the board on with the project's files (power-cycles it when already running). */
  start(config: BoardConfig): void {
    const wasRunning = this.running;
    this.stop();
    // Operations in the middle of an exchange with the old board learn that it went away.
    if (wasRunning) this.connection.markReset();
    // CircuitPython reloads with saved files (auto-reload); twice the drive's size holds any snapshot of it.
    this.mailbox = config.flavor === "circuitpython" ? createMailbox(MAILBOX_BYTES) : null;
    const buffers = { ...createSharedSerialBuffers(), pins: createPinBridgeBuffers(), mailbox: this.mailbox ?? undefined, controls: createControlQueueBuffer() };
    this.host = new SerialHostEnd(buffers);
    this.controls = new ControlQueueWriter(buffers.controls);
    this.pins.attach(buffers.pins);
    const worker = this.createWorker();
    this.worker = worker;
    worker.onmessage = (e: MessageEvent<BoardToPage>) => this.receive(e.data);
    worker.onerror = (e) => this.events.onCrash?.(e.message);
    const message: PageToBoard = { type: "start", buffers, config };
    worker.postMessage(message);
  }

  /**
   * CircuitPython's auto-reload after the project's files were saved: the board stops its program (or leaves
   * "Press any key") and reboots with `files`. False when it can't: not running, MicroPython, or too big to hand over.
   */
  autoReload(files: SnapshotEntry[]): boolean {
    if (!this.mailbox || !this.host) return false;
    if (!postSnapshot(this.mailbox, files)) return false;
    this.host.requestReload();
    return true;
  }

  /** Powers the board off: the worker is terminated, whatever it was running. */
  stop(): void {
    this.host?.close();
    this.worker?.terminate();
    this.worker = null;
    this.host = null;
    this.mailbox = null;
    this.controls?.close();
    this.controls = null;
  }

  get running(): boolean {
    return this.worker !== null;
  }

  private receive(message: BoardToPage): void {
    if (message.type === "serial") this.outputListeners.forEach((l) => l(message.bytes));
    else if (message.type === "drive") this.events.onDriveChange?.(message.change);
    else if (message.type === "pins") this.events.onPins?.(message.snapshot);
    else if (message.type === "parts") this.events.onParts?.(message.parts, message.usb);
    else if (message.type === "crashed") this.events.onCrash?.(message.message);
  }
}
