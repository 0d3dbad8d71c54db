// The board actions end to end in Node, against the mock Pico (MicroPython's WebAssembly build in a worker thread)
// behind a mock DeviceConnection that can cut the link: connect and info, the upload plan and its record, the file
// listing, asking before stopping a program, and an unplug in the middle of an upload that leaves nothing busy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStore } from "../../storage/test-support";
import type { ProjectStore, TabCoordinator } from "../../storage";
import { SimulatorConnection } from "../../device/simulator-connection";
import { startWorkerBoard } from "../../../tests/support/worker-board";
import { FaultyConnection } from "../../../tests/support/faulty-connection";
import { setServices } from "../services";
import { getState, setState } from "../state";
import { answerDialog } from "../actions/dialogs";
import { attachConnection, disconnectBoard } from "./connect-actions";
import { activity } from "./device-services";
import { getDevice, setDevice } from "./device-state";
import { listBoardFiles } from "./board-file-actions";
import { confirmSync, syncKey, uploadProject } from "./sync-actions";

const BOARD = new URL("../../../tests/e2e/support/mock-board.worker.ts", import.meta.url);
let store: ProjectStore;
let link: FaultyConnection;

async function until(check: () => boolean, what: string, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; device state: ${JSON.stringify({ ...getDevice(), files: undefined })}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  store = (await openTestStore()).store;
  setServices(store, {} as TabCoordinator);
  const created = await store.createProject("micropython", "Blink");
  if (!created.ok) throw new Error(created.error.message);
  setState({ project: created.value, entries: await store.listEntries(created.value.id) });
  link = new FaultyConnection(new SimulatorConnection(startWorkerBoard(BOARD, { files: [{ path: "boot.py", data: new TextEncoder().encode("# boot\n") }] })));
  attachConnection(link, { usbVendorId: 0x2e8a, usbProductId: 0x0005 });
});

afterAll(async () => {
  await disconnectBoard();
});

describe("board actions against a mock connection", () => {
  it("reads the board's info once it shows a prompt", async () => {
    await until(() => getDevice().info !== undefined, "the board's info");
    const { info, link: state, activity: now } = getDevice();
    expect(state).toBe("connected");
    expect(now).toBe("idle");
    expect(info).toMatchObject({ flavor: "micropython", machine: "Raspberry Pi Pico with RP2040", uid: "e6613852834f2a2f", memFree: 233472 });
  });

  it("plans the upload first, uploads on confirmation and stores the record per project and board", async () => {
    await uploadProject();
    const review = getDevice().review!;
    expect(review.plan.upload.map((i) => i.path)).toEqual(["main.py"]);
    expect(review.plan.boardOnly.map((i) => i.path)).toEqual(["boot.py"]);
    await confirmSync({});
    expect(getDevice().problem).toBeUndefined();
    expect(getDevice().notice).toBe("Board up to date: 1 file uploaded, 0 unchanged.");
    const record = await store.getSetting<{ files: Record<string, string> }>(syncKey(getState().project!.id, "e6613852834f2a2f"));
    expect(Object.keys(record!.files)).toEqual(["main.py"]);
    await uploadProject();
    expect(getDevice().review!.plan.upload).toEqual([]);
    expect(getDevice().review!.plan.unchanged.map((i) => i.path)).toEqual(["main.py"]);
    setDevice({ review: undefined });
  });

  it("lists the board's files", async () => {
    await listBoardFiles();
    expect(getDevice().files!.entries.map((e) => e.path)).toEqual(["/boot.py", "/main.py"]);
  });

  it("asks before stopping a running program, and does nothing when told no", async () => {
    activity.running();
    const listing = listBoardFiles();
    await until(() => getState().dialog !== undefined, "the question");
    expect(getState().dialog).toMatchObject({ kind: "confirm", message: "The board is running main.py — stop it to list files?" });
    answerDialog(false);
    await listing;
    expect(getDevice().operation).toBeUndefined();
    activity.idle();
  });

  it("an unplug in the middle of an upload fails the upload with a clear problem and leaves nothing busy", async () => {
    const id = getState().project!.id;
    const big = new Uint8Array(40 * 1024).map((_, i) => (i * 7919) & 0xff);
    await store.writeFile(id, "data.bin", big, { expectedRevision: (await store.getProject(id))!.revision });
    setState({ project: await store.getProject(id) });
    await uploadProject();
    expect(getDevice().review!.plan.upload.map((i) => i.path)).toEqual(["data.bin"]);
    link.whenSent(8 * 1024, () => link.cutAfter(0));
    await confirmSync({});
    expect(getDevice().problem).toMatchObject({ code: "disconnected", during: "upload the project" });
    expect(getDevice().operation).toBeUndefined();
    expect(getDevice().link).toBe("reconnecting");
    link.restore();
    expect(getDevice().link).toBe("connected");
  });
});
