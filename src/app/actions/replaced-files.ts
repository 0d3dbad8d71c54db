// The choice offered when an open file was replaced (upload, board program...) while it had unsaved edits:
// keep the edits (saved over the new file) or take the new file (the edits stay one Ctrl+Z away).
import { getBuffer } from "../editor/buffers";
import { clearReplaced, markStored, showText } from "../editor/follow-file";
import { saveBuffer } from "../editor/saver";
import { db } from "../services";
import { getState } from "../state";
import { enqueueWrite } from "../write-queue";
import { notify } from "./notices";

/** "Keep my edits": the editor's text is stored over the new version. */
export async function keepMyEdits(path: string): Promise<void> {
  const buffer = getBuffer(path);
  if (!buffer) return;
  clearReplaced(buffer);
  if (await saveBuffer(buffer)) notify("success", `Saved your edits of "${buffer.path}" over the new version.`);
}

/** "Use the new version": the editor shows the stored file; Ctrl+Z brings the edits back. */
export async function useNewVersion(path: string): Promise<void> {
  const project = getState().project;
  const buffer = getBuffer(path);
  if (!project || !buffer) return;
  await enqueueWrite(async () => {
    const text = await db().readText(project.id, buffer.path);
    if (text === undefined) return void notify("error", `"${buffer.path}" is no longer in the project; your edits are still in the editor.`);
    showText(buffer, text);
    markStored(buffer);
    notify("info", `"${buffer.path}" now shows the new version. Undo (Ctrl+Z) brings back your edits.`);
  });
}
