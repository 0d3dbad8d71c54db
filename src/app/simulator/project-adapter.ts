// The open project as the simulator sees it, over the app's ProjectStore: Run saves the editor buffers and reads the
// drive; what the board's program writes is stored back (and shown in open, unedited buffers).
import { useEffect } from "react";
import type { BoardConfig } from "../../board/board-main";
import type { DriveChange } from "../../board/memory-drive";
import type { ProjectMeta, Result } from "../../storage";
import { followStoredFile, unsavedReason } from "../editor/follow-file";
import { flushAll } from "../editor/saver";
import { db } from "../services";
import { useApp } from "../state";
import { enqueueWrite } from "../write-queue";
import { closeRemovedTabs } from "../actions/editor-tabs";
import { adoptMeta, expected, refreshEntries, reportFailure } from "../actions/project-state";
import { rekeyPaths } from "../actions/rekey";
import { openSimulatorProject } from "./simulator-actions";
import type { SimulatorProject } from "./simulator-services";
import { WIRING_PATH } from "./wiring";

/** Keeps the simulator on the app's open project (mount once, where the simulator is shown). */
export function useSimulatorProject(): void {
  const id = useApp((s) => s.project?.id);
  const flavor = useApp((s) => s.project?.flavor);
  useEffect(() => {
    const meta = useApp.getState().project;
    openSimulatorProject(meta && meta.id === id ? projectAdapter(meta) : null);
  }, [id, flavor]);
  // Closing the project (back to the welcome screen) powers the board off.
  useEffect(() => () => openSimulatorProject(null), []);
}

export function projectAdapter(meta: ProjectMeta): SimulatorProject {
  const id = meta.id;
  // Changes the simulator makes itself (the board's writes, the wiring) are not "the user saved files".
  let ownWrites = 0;
  const own = async <T>(work: () => Promise<T>): Promise<T> => {
    ownWrites++;
    try {
      return await work();
    } finally {
      ownWrites--;
    }
  };
  return {
    id,
    flavor: meta.flavor,
    metaWiring: meta.wiring,
    saveOpenFiles: async () => {
      if (!(await flushAll())) throw new Error(unsavedReason());
    },
    readFiles: () => readFiles(id),
    saveDriveChanges: (changes) => enqueueWrite(() => own(() => saveChanges(id, changes))),
    readWiringSources: () => readWiringSources(id),
    writeWiringFile: (text) =>
      enqueueWrite(() =>
        own(async () => {
          const data = new TextEncoder().encode(text);
          const saved = await db().writeFile(id, WIRING_PATH, data, expected());
          if (!saved.ok) {
            await reportFailure({ ...saved.error, message: `The wiring could not be saved: ${saved.error.message}` });
            throw new Error(saved.error.message);
          }
          adoptMeta(saved.value);
          showInEditor(WIRING_PATH, data, "the parts panel");
          await refreshEntries();
        }),
      ),
    clearMetaWiring: () =>
      enqueueWrite(() =>
        own(async () => {
          const saved = await db().setWiring(id, undefined, expected());
          if (saved.ok) adoptMeta(saved.value);
          else await reportFailure(saved.error);
        }),
      ),
    onFilesSaved: (listener) => db().onChange((change) => change.projectId === id && !change.deleted && ownWrites === 0 && listener()),
  };
}

async function readFiles(id: string): Promise<BoardConfig["files"]> {
  const entries = await db().listEntries(id);
  const files: BoardConfig["files"] = [];
  for (const entry of entries) {
    if (entry.kind === "dir") files.push({ path: entry.path, kind: "dir" });
    else files.push({ path: entry.path, data: (await db().readFile(id, entry.path)) ?? new Uint8Array(0) });
  }
  return files;
}

async function readWiringSources(id: string): Promise<{ wiring: string | null; sources: string[] }> {
  const entries = await db().listEntries(id);
  const text = async (path: string) => new TextDecoder().decode((await db().readFile(id, path)) ?? new Uint8Array(0));
  const wiringEntry = entries.find((e) => e.kind === "file" && e.path === WIRING_PATH);
  const python = entries.filter((e) => e.kind === "file" && !e.path.includes("/") && e.path.endsWith(".py"));
  return { wiring: wiringEntry ? await text(WIRING_PATH) : null, sources: await Promise.all(python.map((e) => text(e.path))) };
}

async function saveChanges(id: string, changes: DriveChange[]): Promise<void> {
  if (useApp.getState().project?.id !== id) return;
  for (const change of changes) {
    const result = await saveChange(id, change);
    // A folder the board made may already exist in the project; anything else is worth telling the user.
    if (!result.ok && !(change.kind === "mkdir" && result.error.code === "exists")) {
      await reportFailure({ ...result.error, message: `The board's change to its drive could not be saved: ${result.error.message}` });
      break;
    }
    if (change.kind === "write") showInEditor(change.path, change.data);
    // Open tabs follow the board's renames and removals (a tab with unsaved edits stays open).
    if (change.kind === "rename") await rekeyPaths(change.from, change.to);
    if (change.kind === "remove") closeRemovedTabs(change.path);
  }
  await refreshEntries();
}

function saveChange(id: string, change: DriveChange): Promise<Result<unknown>> {
  const store = db();
  switch (change.kind) {
    case "write":
      return store.writeFile(id, change.path, change.data, { ...expected(), createParents: true }).then((r) => {
        if (r.ok) adoptMeta(r.value);
        return r;
      });
    case "mkdir":
      return store.mkdir(id, change.path, expected());
    case "remove":
      return store.remove(id, change.path, expected());
    case "rename":
      return store.move(id, change.from, change.to, expected());
  }
}

/** An open buffer follows what the board wrote; unsaved edits are kept and the user chooses (follow-file.ts). */
function showInEditor(path: string, data: Uint8Array, changedBy = "the program on the board"): void {
  followStoredFile(path, data, changedBy);
}
