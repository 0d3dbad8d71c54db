// "Upload project" (hash-based sync: the plan first, the person's choices, then the upload with progress), Run on the
// board (the same sync without questions unless a board-side change is at stake, then a soft reboot), and "Download
// board" into a new project. Sync records are stored per project and board.
import type { BoardInfo } from "../../device/files";
import { downloadBoard, executeSync, needsDecisions, prepareSync, restoreRecord, type SyncDecisions, type SyncPlan, type SyncRecord } from "../../device/sync";
import { restoreProject } from "../../storage";
import { notify } from "../actions/notices";
import { refreshProjects } from "../actions/project-state";
import { mayLeaveProject, openProject } from "../actions/projects";
import { flushAll } from "../editor/saver";
import { db } from "../services";
import { getState } from "../state";
import { problemFromError } from "./device-messages";
import { activity, requireLink, terminalFeed } from "./device-services";
import { getDevice, setDevice } from "./device-state";
import { ensureIdle, runOperation } from "./operations";
import { readProjectFiles, writeIntoProject } from "./project-files";

/** The project's files as planned, kept until the person confirms the plan (they are not state: bytes). */
let pending: { projectId: string; local: Map<string, Uint8Array> } | undefined;

export function syncKey(projectId: string, boardId: string): string {
  return `sync:${projectId}:${boardId}`;
}

/** The board's id for sync records: its chip's unique id, else its USB ids (weaker: one per kind of board). */
function boardId(info: BoardInfo | undefined): string {
  if (info?.uid) return info.uid;
  const ids = requireLink().ids;
  return `usb-${ids.usbVendorId ?? 0}-${ids.usbProductId ?? 0}-${info?.flavor ?? "unknown"}`;
}

/** "Upload project": compares first and shows the plan; nothing is written before the person confirms. */
export async function uploadProject(): Promise<void> {
  if (!(await ensureIdle("upload the project"))) return;
  const plan = await planUpload();
  if (plan) setDevice({ review: { plan, runAfter: false } });
}

/**
 * Run on the board: the project's changed files go to the board (unchanged ones are skipped by checksum), then a
 * soft reboot runs main.py / code.py. The plan is shown only when a file changed on the board would be overwritten.
 */
export async function runProjectOnBoard(): Promise<void> {
  const plan = await planUpload();
  if (!plan) return;
  if (needsDecisions(plan)) return void setDevice({ review: { plan, runAfter: true } });
  if (await executePlan(plan, {})) await softRebootToRun();
}

/** The person confirmed the plan in the review dialog, with a choice for each file that needed one. */
export async function confirmSync(decisions: SyncDecisions): Promise<void> {
  const review = getDevice().review;
  setDevice({ review: undefined });
  if (!review) return;
  if ((await executePlan(review.plan, decisions)) && review.runAfter) await softRebootToRun();
}

export function cancelSync(): void {
  setDevice({ review: undefined });
  pending = undefined;
}

async function planUpload(): Promise<SyncPlan | undefined> {
  const project = getState().project;
  if (!project) return undefined;
  if (!(await flushAll())) {
    setDevice({ problem: { code: "internal", during: "upload the project", detail: "an open file could not be saved in the project first." } });
    return undefined;
  }
  const local = await readProjectFiles(project.id);
  pending = { projectId: project.id, local };
  return runOperation({ label: "Comparing the project with the board", during: "compare the project with the board" }, async () => {
    const info = await boardInfo();
    const record = restoreRecord(await db().getSetting(syncKey(project.id, boardId(info))));
    return prepareSync(requireLink().files, local, record);
  });
}

/** The info (for the board's id) read in the same operation when it is not known yet. */
async function boardInfo(): Promise<BoardInfo> {
  const known = getDevice().info;
  if (known) return known;
  const info = await requireLink().files.info();
  setDevice({ info });
  return info;
}

/** Carries out the plan; stores the new record even when the upload stopped half-way. True when it all worked. */
async function executePlan(plan: SyncPlan, decisions: SyncDecisions): Promise<boolean> {
  const job = pending;
  if (!job || getState().project?.id !== job.projectId) return false;
  const result = await runOperation({ label: "Uploading the project", during: "upload the project" }, (onProgress) =>
    executeSync(requireLink().files, plan, job.local, decisions, { onProgress }),
  );
  if (!result) return false;
  await db().setSetting(syncKey(job.projectId, boardId(getDevice().info)), result.record);
  if (result.downloaded.size > 0) {
    const failure = await writeIntoProject(job.projectId, result.downloaded);
    if (failure) setDevice({ problem: { code: "internal", during: "copy the board's files into the project", detail: failure } });
  }
  if (result.error) {
    setDevice({ problem: problemFromError(result.error, "upload the project") });
    return false;
  }
  setDevice({ notice: summary(plan, result.uploaded.length, result.deleted.length, result.downloaded.size) });
  if (getDevice().files) void refreshListing();
  return true;
}

function summary(plan: SyncPlan, uploaded: number, deleted: number, downloaded: number): string {
  const parts = [`${uploaded} ${uploaded === 1 ? "file" : "files"} uploaded`, `${plan.unchanged.length} unchanged`];
  if (deleted) parts.push(`${deleted} deleted`);
  if (downloaded) parts.push(`${downloaded} copied into the project`);
  return `Board up to date: ${parts.join(", ")}.`;
}

async function refreshListing(): Promise<void> {
  const entries = await runOperation({ label: "Listing the board's files", during: "list the board's files" }, () => requireLink().files.list("/", { recursive: true }));
  if (entries) setDevice((s) => ({ files: { entries, expanded: s.files?.expanded ?? {}, selected: s.files?.selected } }));
}

/** Ctrl-D at the friendly prompt (where every operation leaves the board): soft reboot, then main.py / code.py. */
async function softRebootToRun(): Promise<void> {
  activity.running();
  terminalFeed.note("soft reboot: running the project");
  await requireLink().client.softReboot().catch((e: unknown) => setDevice({ problem: problemFromError(e, "restart the board") }));
}

/** "Download board": every file on the board into a new project, recorded as in sync with this board. */
export async function downloadBoardAsProject(): Promise<void> {
  if (!(await ensureIdle("copy its files"))) return;
  const downloaded = await runOperation({ label: "Downloading the board's files", during: "download the board's files" }, async (onProgress) => {
    const info = await boardInfo();
    return { info, board: await downloadBoard(requireLink().files, { onProgress }) };
  });
  if (!downloaded) return;
  const { info, board } = downloaded;
  if (board.files.size === 0) return void setDevice({ notice: "The board has no files to download." });
  const flavor = info.flavor === "circuitpython" ? "circuitpython" : "micropython";
  const files = [...board.files].map(([path, data]) => ({ path, data }));
  const restored = restoreProject({ name: `From ${info.machine || "the board"}`, flavor, files }, { source: "board" });
  // Ask before anything is created, so choosing to stay leaves no stray project behind.
  if (restored.ok && !(await mayLeaveProject())) return;
  const created = restored.ok ? await db().createFromRestored(restored.value) : restored;
  if (!created.ok) return void setDevice({ problem: { code: "internal", during: "make a project of the board's files", detail: created.error.message } });
  await db().setSetting(syncKey(created.value.id, boardId(info)), board.record satisfies SyncRecord);
  await refreshProjects();
  await openProject(created.value.id, { skipFlush: true });
  const count = board.files.size === 1 ? "1 file" : `${board.files.size} files`;
  notify("success", `Copied ${count} from the board into the new project "${created.value.name}".`);
}
