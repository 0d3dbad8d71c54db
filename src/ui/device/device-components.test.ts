// The board panel's pieces rendered from store states (static markup): accessible names, the info, progress with
// bytes and speed, messages with their actions, the plan review, and the board's file tree rows.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { getDevice, initialDeviceState, setDevice as setStore, useDevice, type DeviceState } from "../../app/device/device-state";
import type { SyncPlan } from "../../device/sync";
import { BoardInfoCard } from "./BoardInfoCard";
import { ConnectBar } from "./ConnectBar";
import { DeviceMessages } from "./DeviceMessages";
import { OperationProgress } from "./OperationProgress";
import { SyncPlanDialog } from "./SyncPlanDialog";
import { boardRows } from "./board-rows";
import { formatBytes, formatSpeed } from "./format";

const render = (component: (props: never) => unknown, props: object = {}) => renderToStaticMarkup(createElement(component as never, props as never));
const text = (html: string) =>
  html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();

/** Server rendering reads the store's initial-state object, so the state to render is copied into it too. */
function setDevice(patch: Partial<DeviceState>): void {
  setStore(patch);
  Object.assign(useDevice.getInitialState(), getDevice());
}

beforeEach(() => {
  for (const key of Object.keys(useDevice.getInitialState())) delete (useDevice.getInitialState() as unknown as Record<string, unknown>)[key];
  setStore({ ...initialDeviceState }, true);
  setDevice({});
});

describe("board panel components", () => {
  it("Connect with its options; granted ports as Reconnect buttons; the link state as a named status", () => {
    setDevice({ granted: [{ index: 0, label: "Raspberry Pi Pico with RP2040" }], webSerial: true, webUsb: true });
    const html = render(ConnectBar);
    expect(html).toContain('aria-label="Board connection"');
    expect(text(html)).toContain("Connect Reconnect to Raspberry Pi Pico with RP2040");
    expect(html).toContain('aria-label="Board connection: Not connected"');
    expect(text(html)).toContain("Show all ports");
    expect(text(html)).toContain("Use WebUSB");
    setDevice({ link: "reconnecting", portLabel: "Raspberry Pi Pico (MicroPython)" });
    const reconnecting = render(ConnectBar);
    expect(reconnecting).toContain('aria-label="Board connection: Reconnecting…"');
    expect(text(reconnecting)).toContain("Disconnect");
    expect(text(reconnecting)).not.toContain("Reconnect to");
  });

  it("the board's info: firmware, board, free memory and flash, and what it is doing", () => {
    setDevice({
      link: "connected",
      activity: "idle",
      info: { flavor: "micropython", version: "1.28.0", machine: "Raspberry Pi Pico with RP2040", board: "RPI_PICO", memFree: 233472, flashTotal: 1441792, flashFree: 1187840 },
    });
    const t = text(render(BoardInfoCard));
    expect(t).toContain("Firmware MicroPython 1.28.0");
    expect(t).toContain("Board Raspberry Pi Pico with RP2040 (RPI_PICO)");
    expect(t).toContain("Memory 228 KB free");
    expect(t).toContain("Flash 1.1 MB free of 1.4 MB");
    expect(t).toContain("At the REPL prompt");
  });

  it("a board found running a program: its status, and a way to stop it to read the details", () => {
    setDevice({ link: "connected", activity: "running", circuitStatus: "code.py" });
    const t = text(render(BoardInfoCard));
    expect(t).toContain("Running code.py");
    expect(t).toContain("Stop it and read the details");
    setDevice({ activity: "idle", pressAnyKey: true });
    expect(text(render(BoardInfoCard))).toContain("Enter the REPL");
  });

  it("progress: a bar with its value, bytes done of the total, and the speed", () => {
    setDevice({ operation: { kind: "transfer", label: "Uploading the project", progress: { path: "/data.bin", bytesDone: 12 * 1024, bytesTotal: 48 * 1024, bytesPerSecond: 8300 } } });
    const html = render(OperationProgress);
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuenow="25"');
    expect(text(html)).toContain("12.0 KB of 48.0 KB · 8.1 KB/s");
  });

  it("a read-only drive offers what can be done; a lost board says to plug it back in", () => {
    setDevice({ problem: { code: "permission", failure: "read-only", during: "save code.py to the board", detail: "" } });
    const readOnly = text(render(DeviceMessages));
    expect(readOnly).toContain("The board's drive is read-only");
    expect(readOnly).toContain("Copy the boot.py lines");
    setDevice({ problem: { code: "lost", during: "stay connected", detail: "" } });
    expect(text(render(DeviceMessages))).toContain("Plug it in again and press Reconnect");
  });

  it("the plan review lists uploads, unchanged files, and asks per file for board-side changes", () => {
    const plan: SyncPlan = {
      algorithm: "sha256",
      upload: [{ path: "main.py", reason: "changed", size: 120 }],
      unchanged: [{ path: "lib/util.py", reason: "same", size: 40 }],
      boardOnly: [{ path: "data.csv", reason: "not-in-project", size: 900 }],
      changedOnBoard: [{ path: "config.py", reason: "changed-on-board", size: 30 }],
      conflicts: [],
      ignored: ["boot_out.txt"],
    };
    const html = render(SyncPlanDialog, { review: { plan, runAfter: false } });
    const t = text(html);
    expect(t).toContain("1 to upload (120 bytes), 1 unchanged, 1 only on the board, 1 to decide.");
    expect(t).toContain("main.py changed, 120 bytes");
    expect(html).toContain('aria-label="What to do with config.py"');
    expect(html).toContain('aria-label="What to do with data.csv"');
    expect(t).toContain("Keep on the board");
    expect(t).toContain("Left alone: boot_out.txt");
  });

  it("tree rows: folders first, children only under open folders", () => {
    const entries = [
      { path: "/main.py", kind: "file" as const, size: 10 },
      { path: "/lib", kind: "dir" as const, size: 0 },
      { path: "/lib/a.py", kind: "file" as const, size: 5 },
      { path: "/boot.py", kind: "file" as const, size: 3 },
    ];
    expect(boardRows(entries, {}).map((r) => r.name)).toEqual(["lib", "boot.py", "main.py"]);
    expect(boardRows(entries, { "/lib": true }).map((r) => `${r.depth}:${r.name}`)).toEqual(["0:lib", "1:a.py", "0:boot.py", "0:main.py"]);
  });

  it("formats sizes and speeds", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(300 * 1024)).toBe("300 KB");
    expect(formatSpeed(3 * 1024 * 1024)).toBe("3.0 MB/s");
  });
});
