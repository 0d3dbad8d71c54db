// A fake Web Serial for the e2e tests: navigator.serial in the page (installed before the app loads) hands out one
// USB port whose bytes travel to and from the mock Pico (mock-board.worker.ts: MicroPython's WebAssembly build) in
// a Node worker thread. The test can unplug the board (it loses power; its flash keeps the files) and plug it back.
import type { Page } from "playwright-core";
import { startWorkerBoard } from "../../support/worker-board";

export interface MockBoard {
  /** The board vanishes (resolves once the page has seen it go): its stream fails, getPorts() no longer lists it. */
  unplug(): Promise<void>;
  /** The board comes back (the app's connection re-finds it by its USB ids). */
  plug(): Promise<void>;
  /** Bytes the page sent to the board so far. */
  readonly bytesToBoard: number;
  /** Calls `action` (once) when at least `bytes` more bytes have gone to the board: acting mid-transfer. */
  whenSent(bytes: number, action: () => void): void;
  close(): void;
}

export interface MockBoardOptions {
  /** Files on the board's drive at power-on (paths without a leading slash). */
  files?: { path: string; data: Uint8Array }[];
  /** CircuitPython's face: banners, title statuses, code.py and "Press any key" (default MicroPython). */
  flavor?: "micropython" | "circuitpython";
  /** The drive read-only to Python, as CircuitPython's is while the computer mounts it. */
  readOnly?: boolean;
}

const WORKER = new URL("./mock-board.worker.ts", import.meta.url);

type PoweredBoard = ReturnType<typeof startWorkerBoard>;
type DriveFile = { path: string; data: Uint8Array };

export async function installMockSerial(page: Page, options: MockBoardOptions = {}): Promise<MockBoard> {
  let plugged = true;
  let sent = 0;
  const triggers: { at: number; action: () => void }[] = [];
  // Board output reaches the page in order, one evaluate after the other.
  let delivery = Promise.resolve();
  const powerOn = (files: DriveFile[]): PoweredBoard => {
    const started = startWorkerBoard(WORKER, { files, flavor: options.flavor, readOnly: options.readOnly });
    started.onBoardOutput((chunk) => {
      if (!plugged || chunk.length === 0) return;
      const data = Buffer.from(chunk).toString("base64");
      delivery = delivery.then(() => page.evaluate((d) => (window as unknown as MockWindow).__mockSerial?.receive(d), data).catch(() => undefined));
    });
    return started;
  };
  /** Unplugging cuts the power: the board stops, its flash keeps the files; plugging in boots it again. */
  const powerOff = (powered: PoweredBoard): Promise<DriveFile[]> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve([]), 5000);
      powered.worker.on("message", (m: { type?: string; files?: DriveFile[] }) => {
        if (m?.type !== "power-off") return;
        clearTimeout(timer);
        resolve(m.files ?? []);
      });
      powered.serialHost.close();
    }).then((files) => {
      powered.close();
      return files as DriveFile[];
    });
  let board = powerOn(options.files ?? []);
  let flash: Promise<DriveFile[]> = Promise.resolve([]);
  await page.exposeBinding("__mockSerialWrite", (_source, data: string) => {
    if (!plugged) return false;
    const bytes = Buffer.from(data, "base64");
    sent += bytes.length;
    board.sendToBoard(new Uint8Array(bytes));
    for (const t of triggers.filter((t) => sent >= t.at)) {
      triggers.splice(triggers.indexOf(t), 1);
      t.action();
    }
    return true;
  });
  await page.addInitScript(installFakeSerial);
  return {
    async unplug() {
      plugged = false;
      flash = powerOff(board);
      await page.evaluate(() => (window as unknown as MockWindow).__mockSerial?.unplug());
    },
    async plug() {
      board = powerOn(await flash);
      plugged = true;
      await page.evaluate(() => (window as unknown as MockWindow).__mockSerial?.plug());
    },
    get bytesToBoard() {
      return sent;
    },
    whenSent(bytes, action) {
      triggers.push({ at: sent + bytes, action });
    },
    close: () => board.close(),
  };
}

interface MockWindow {
  __mockSerial?: { receive(data: string): void; unplug(): void; plug(): void };
  __mockSerialWrite(data: string): Promise<boolean>;
}

/** Runs in the page before the app: a navigator.serial with one Raspberry Pi Pico (USB 2E8A:0005). */
function installFakeSerial(): void {
  const win = window as unknown as MockWindow & { __mockSerialRequests: unknown[] };
  const lost = () => new DOMException("The device has been lost.", "NetworkError");
  const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const encode = (bytes: Uint8Array) => {
    let s = "";
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  };
  let present = true;
  const listeners: Record<string, Set<(e: Event) => void>> = { connect: new Set(), disconnect: new Set() };

  class FakePort {
    readable: ReadableStream<Uint8Array> | null = null;
    writable: WritableStream<Uint8Array> | null = null;
    private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
    getInfo() {
      return { usbVendorId: 0x2e8a, usbProductId: 0x0005 };
    }
    async open() {
      if (!present) throw lost();
      if (this.readable) throw new DOMException("The port is already open.", "InvalidStateError");
      this.readable = new ReadableStream<Uint8Array>({ start: (c) => void (this.controller = c) });
      this.writable = new WritableStream<Uint8Array>({
        write: async (chunk) => {
          if (!present || !(await win.__mockSerialWrite(encode(chunk)))) throw lost();
        },
      });
    }
    async close() {
      try {
        this.controller?.close();
      } catch {
        // already errored (unplugged)
      }
      this.reset();
    }
    receive(bytes: Uint8Array) {
      try {
        this.controller?.enqueue(bytes);
      } catch {
        // not open: a real port drops bytes nobody reads
      }
    }
    lose() {
      try {
        this.controller?.error(lost());
      } catch {
        // not open
      }
      this.reset();
    }
    private reset() {
      this.readable = null;
      this.writable = null;
      this.controller = null;
    }
  }

  const port = new FakePort();
  const fire = (type: string) => {
    const event = new Event(type);
    Object.defineProperty(event, "target", { value: port });
    listeners[type].forEach((l) => l(event));
  };
  win.__mockSerialRequests = [];
  const serial = {
    async requestPort(options?: unknown) {
      win.__mockSerialRequests.push(options ?? null);
      // The grant outlives a reload, as the browser's does.
      sessionStorage.setItem("mock-serial-granted", "1");
      return port;
    },
    async getPorts() {
      return present && sessionStorage.getItem("mock-serial-granted") ? [port] : [];
    },
    addEventListener(type: string, listener: (e: Event) => void) {
      listeners[type]?.add(listener);
    },
    removeEventListener(type: string, listener: (e: Event) => void) {
      listeners[type]?.delete(listener);
    },
  };
  Object.defineProperty(Navigator.prototype, "serial", { get: () => serial, configurable: true });
  win.__mockSerial = {
    receive: (data) => port.receive(decode(data)),
    unplug: () => {
      present = false;
      port.lose();
      fire("disconnect");
    },
    plug: () => {
      present = true;
      fire("connect");
    },
  };
}
