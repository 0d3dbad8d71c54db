// Names for serial ports: from the board's own name remembered at its last connection, else from its USB ids.
import type { ProjectStore } from "../../storage";
import { db, hasServices } from "../services";
import type { UsbIds } from "./device-services";

const NAMES_KEY = "device:board-names";

function key(ids: UsbIds): string {
  return `${ids.usbVendorId ?? "?"}:${ids.usbProductId ?? "?"}`;
}

const hex = (n: number | undefined) => (n === undefined ? "????" : n.toString(16).padStart(4, "0"));

/** "Raspberry Pi Pico with RP2040" when remembered; else what the USB ids tell. */
export function portLabel(ids: UsbIds, remembered: Record<string, string>): string {
  const name = remembered[key(ids)];
  if (name) return name;
  if (ids.usbVendorId === 0x2e8a) return ids.usbProductId === 0x0005 ? "Raspberry Pi Pico (MicroPython)" : "Raspberry Pi board";
  if (ids.usbVendorId === 0x239a) return "Board with CircuitPython";
  if (ids.usbVendorId === undefined) return "Serial port";
  return `USB serial device ${hex(ids.usbVendorId)}:${hex(ids.usbProductId)}`;
}

export async function rememberedNames(): Promise<Record<string, string>> {
  try {
    if (!hasServices()) return {};
    return (await db().getSetting<Record<string, string>>(NAMES_KEY)) ?? {};
  } catch {
    return {};
  }
}

export async function rememberBoardName(store: ProjectStore, ids: UsbIds, name: string): Promise<void> {
  const names = (await store.getSetting<Record<string, string>>(NAMES_KEY)) ?? {};
  if (names[key(ids)] === name) return;
  await store.setSetting(NAMES_KEY, { ...names, [key(ids)]: name });
}
