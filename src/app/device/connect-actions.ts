// Connecting a real board: pick a port (Web Serial, or WebUSB through the polyfill), reopen one granted before,
// follow the connection's automatic reconnection, read the board's info, disconnect.
import type { ConnectionState, DeviceConnection } from "../../device/connection";
import { DeviceError } from "../../device/device-error";
import { getSerialApi, PICO_FILTERS, type SerialApi, type SerialPortLike } from "../../device/serial/serial-api";
import { SerialConnection } from "../../device/serial/serial-connection";
import { problemFromError } from "./device-messages";
import {
  activity, createLink, currentLink, currentSerialApi, dropLink, grantedPort, setGrantedPorts, setSerialApi, terminalFeed, type UsbIds,
} from "./device-services";
import { getDevice, setDevice, useDevice } from "./device-state";
import { loadBoardInfo } from "./info-actions";
import { operationFinished } from "./operations";
import { portLabel, rememberedNames } from "./port-names";

/** True after the person pressed Disconnect: a "disconnected" from the connection is then no surprise. */
let closedByUser = false;
let unsubscribePlug: (() => void) | undefined;
let watchedApi: SerialApi | undefined;

/** What this browser can do, and the boards it already lets us open; call once when the board panel first shows. */
export async function detectSerialSupport(): Promise<void> {
  const nav = navigator as Navigator & { serial?: unknown; usb?: unknown };
  setDevice({ webSerial: Boolean(nav.serial), webUsb: Boolean(nav.usb), useWebUsb: !nav.serial && Boolean(nav.usb) });
  await refreshGrantedPorts();
}

/** Lists ports granted earlier (getPorts) as "Reconnect to …" choices. */
export async function refreshGrantedPorts(): Promise<void> {
  const api = await serialApi().catch(() => null);
  if (!api) return setDevice({ granted: [] });
  watchPlugEvents(api);
  const ports = await api.getPorts().catch(() => [] as SerialPortLike[]);
  const names = await rememberedNames();
  setGrantedPorts(ports);
  setDevice({ granted: ports.map((p, index) => ({ index, label: portLabel(p.getInfo(), names) })) });
}

export function setUseWebUsb(useWebUsb: boolean): void {
  setDevice({ useWebUsb });
  setSerialApi(null);
  void refreshGrantedPorts();
}

export function setShowAllPorts(showAllPorts: boolean): void {
  setDevice({ showAllPorts });
}

/** Connect: the browser's port chooser (Pico vendor ids only, unless "Show all ports"), then open the port. */
export async function connectBoard(): Promise<void> {
  let api: SerialApi;
  let port: SerialPortLike;
  try {
    api = await serialApi();
    port = await api.requestPort(getDevice().showAllPorts ? {} : { filters: PICO_FILTERS });
  } catch (e) {
    // Closing the chooser without picking a port is not a failure.
    if (e instanceof Error && e.name === "NotFoundError") return;
    return void setDevice({ problem: problemFromError(asDeviceError(e), "open the board's port") });
  }
  await openPort(api, port);
}

/** "Reconnect to …": a port the browser granted before opens without the chooser. */
export async function reconnectGranted(index: number): Promise<void> {
  const port = grantedPort(index);
  const api = currentSerialApi();
  if (!port || !api) return;
  await openPort(api, port);
}

async function openPort(api: SerialApi, port: SerialPortLike): Promise<void> {
  if (currentLink()) await disconnectBoard();
  setDevice({ link: "connecting", problem: undefined, notice: undefined });
  try {
    // The connection finds the board again by polling getPorts(); its own plug-event path can race the poll and
    // open the port twice (a second read loop on a locked stream), so it gets the API without plug events.
    const connection = await SerialConnection.open({ ...api, onConnectionEvent: undefined }, port);
    attachConnection(connection, port.getInfo());
  } catch (e) {
    setDevice({ link: "idle", problem: problemFromError(e, "open the board's port") });
  }
}

/** Makes `connection` the connected board (serial, or a mock in tests) and starts reading its info. */
export function attachConnection(connection: DeviceConnection, ids: UsbIds): void {
  closedByUser = false;
  watchForPrompt();
  dropLink();
  const link = createLink(connection, ids);
  const off = connection.onStateChange((state) => onConnectionState(state));
  const detach = link.detach;
  link.detach = () => (off(), detach());
  activity.reset();
  setDevice({ link: "connected", portLabel: portLabel(ids, {}), info: undefined, files: undefined, circuitStatus: undefined, target: "board" });
  terminalFeed.note(`connected: ${portLabel(ids, {})}`);
  void probeActivity();
}

function onConnectionState(state: ConnectionState): void {
  if (state === "reconnecting") {
    activity.reset();
    setDevice({ link: "reconnecting", notice: undefined });
    terminalFeed.note("the board went away — reconnecting…");
  } else if (state === "connected") {
    setDevice({ link: "connected", notice: "Reconnected to the board." });
    terminalFeed.note("reconnected");
    void probeActivity();
  } else if (state === "disconnected" && !closedByUser) {
    setDevice({ link: "disconnected", problem: { code: "lost", during: "stay connected", detail: "" } });
    terminalFeed.note("disconnected");
    void refreshGrantedPorts();
  }
}

/**
 * Finds out whether the board sits at a prompt without stopping anything: output that ends in a prompt answers
 * it; silence gets an Enter (a prompt answers it with a new prompt, CircuitPython's "Press any key" with the REPL).
 * At a prompt, the board's info is read at once (watchForPrompt); a running program is left alone (the panel offers to
 * stop it).
 */
async function probeActivity(): Promise<void> {
  const heard = await waitForOutput(300);
  if (activity.snapshot.activity === "unknown" && !heard) {
    currentLink()?.client.sendTerminal("\r").catch(() => undefined);
    await waitForOutput(700);
  }
  // Silence after an Enter: a program that prints nothing. (At a prompt, watchForPrompt reads the info.)
  if (activity.snapshot.activity === "unknown") activity.running();
}

let watchingPrompt = false;

/** A board found running a program gets its info read as soon as it shows a prompt (Stop, Ctrl-C, or it ended). */
function watchForPrompt(): void {
  if (watchingPrompt) return;
  watchingPrompt = true;
  useDevice.subscribe((s, prev) => {
    if (s.activity === "idle" && prev.activity !== "idle" && s.link === "connected" && !s.info && !s.operation) void loadBoardInfo();
  });
}

/** Resolves true as soon as the board prints something (or the activity is known), false after `ms`. */
function waitForOutput(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => (off(), resolve(false)), ms);
    const off = terminalFeed.onData(() => {
      // Give the rest of the burst a moment, so "… >>> " is seen whole.
      setTimeout(() => resolve(true), 60);
      clearTimeout(timer);
      off();
    });
  });
}

/** Disconnect: closes the port; the terminal keeps its text. */
export async function disconnectBoard(): Promise<void> {
  const link = currentLink();
  if (!link) return;
  closedByUser = true;
  // Closing first lets the REPL client fail whatever operation waits on the board (it hears "disconnected"); only
  // then are its listeners dropped. Disconnect is the way out of anything, even a program ignoring Ctrl-C.
  await link.connection.close().catch(() => undefined);
  await Promise.race([operationFinished(), new Promise((r) => setTimeout(r, 2000))]);
  dropLink();
  activity.reset();
  setDevice({ link: "idle", info: undefined, files: undefined, circuitStatus: undefined, operation: undefined, notice: undefined, problem: undefined });
  terminalFeed.note("disconnected");
  await refreshGrantedPorts();
}

/**
 * Plug events (Web Serial only) keep the "Reconnect to …" list current, and plugging the same board back in after
 * the connection gave up reconnects by itself.
 */
function watchPlugEvents(api: SerialApi): void {
  if (watchedApi === api) return;
  watchedApi = api;
  unsubscribePlug?.();
  unsubscribePlug = api.onConnectionEvent?.((kind, port) => {
    void refreshGrantedPorts();
    if (kind !== "connect" || closedByUser || getDevice().link !== "disconnected") return;
    const ids = currentLink()?.ids;
    const info = port.getInfo();
    if (ids && info.usbVendorId === ids.usbVendorId && info.usbProductId === ids.usbProductId) void openPort(api, port);
  });
}

async function serialApi(): Promise<SerialApi> {
  const existing = currentSerialApi();
  if (existing) return existing;
  const api = await getSerialApi(getDevice().useWebUsb);
  setSerialApi(api);
  return api;
}

function asDeviceError(e: unknown): unknown {
  if (e instanceof Error && (e.name === "SecurityError" || e.name === "NotAllowedError")) return new DeviceError("permission", e.message);
  return e;
}
