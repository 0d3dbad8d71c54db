// Finds a serial API: the browser's Web Serial, or web-serial-polyfill over WebUSB (e.g. Chrome on Android).
import { DeviceError } from "../device-error";

/** The part of a Web Serial port Pyco uses (native ports and the polyfill's both fit). */
export interface SerialPortLike {
  readonly readable: ReadableStream<Uint8Array> | null;
  readonly writable: WritableStream<Uint8Array> | null;
  open(options: { baudRate: number; bufferSize?: number }): Promise<void>;
  close(): Promise<void>;
  getInfo(): { usbVendorId?: number; usbProductId?: number };
}

export interface SerialApi {
  readonly kind: "web-serial" | "webusb-polyfill";
  requestPort(options?: { filters?: { usbVendorId: number; usbProductId?: number }[] }): Promise<SerialPortLike>;
  getPorts(): Promise<SerialPortLike[]>;
  /** Subscribes to plug events (Web Serial only; the polyfill has none). */
  onConnectionEvent?(listener: (kind: "connect" | "disconnect", port: SerialPortLike) => void): () => void;
}

/** USB vendor ids of Picos: Raspberry Pi (MicroPython) and Adafruit (CircuitPython builds). */
export const PICO_VENDOR_IDS = [0x2e8a, 0x239a];
export const PICO_FILTERS = PICO_VENDOR_IDS.map((usbVendorId) => ({ usbVendorId }));

interface NavigatorWithSerial {
  serial?: {
    requestPort(options?: unknown): Promise<SerialPortLike>;
    getPorts(): Promise<SerialPortLike[]>;
    addEventListener(type: string, listener: (e: Event) => void): void;
    removeEventListener(type: string, listener: (e: Event) => void): void;
  };
  usb?: unknown;
}

/** The serial API to use; `preferPolyfill` picks WebUSB even where Web Serial exists (the user's choice). */
export async function getSerialApi(preferPolyfill = false): Promise<SerialApi> {
  const nav = (typeof navigator === "undefined" ? {} : navigator) as NavigatorWithSerial;
  if (nav.serial && !preferPolyfill) return nativeApi(nav.serial);
  if (nav.usb) {
    const polyfill = await import("web-serial-polyfill");
    return {
      kind: "webusb-polyfill",
      requestPort: (options) => polyfill.serial.requestPort(options) as unknown as Promise<SerialPortLike>,
      getPorts: () => polyfill.serial.getPorts() as unknown as Promise<SerialPortLike[]>,
    };
  }
  throw new DeviceError("unsupported", "This browser can't talk to USB devices. Use Chrome or Edge on a computer (or Chrome on Android).");
}

function nativeApi(serial: NonNullable<NavigatorWithSerial["serial"]>): SerialApi {
  return {
    kind: "web-serial",
    requestPort: (options) => serial.requestPort(options),
    getPorts: () => serial.getPorts(),
    onConnectionEvent: (listener) => {
      const onConnect = (e: Event) => listener("connect", e.target as unknown as SerialPortLike);
      const onDisconnect = (e: Event) => listener("disconnect", e.target as unknown as SerialPortLike);
      serial.addEventListener("connect", onConnect);
      serial.addEventListener("disconnect", onDisconnect);
      return () => {
        serial.removeEventListener("connect", onConnect);
        serial.removeEventListener("disconnect", onDisconnect);
      };
    },
  };
}
