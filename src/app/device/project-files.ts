// The open project's files as sync needs them (project path → bytes), and board copies written back into it.
import { followStoredFile } from "../editor/follow-file";
import { db } from "../services";
import { enqueueWrite } from "../write-queue";
import { adoptMeta, expected, refreshEntries } from "../actions/project-state";

export async function readProjectFiles(projectId: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await db().listEntries(projectId)) {
    if (entry.kind === "file") files.set(entry.path, (await db().readFile(projectId, entry.path)) ?? new Uint8Array(0));
  }
  return files;
}

/** Writes board copies into the project (the person chose "download"); returns the first failure's message. */
export async function writeIntoProject(projectId: string, files: Map<string, Uint8Array>): Promise<string | undefined> {
  let failure: string | undefined;
  await enqueueWrite(async () => {
    for (const [path, data] of files) {
      const written = await db().writeFile(projectId, path, data, { ...expected(), createParents: true });
      if (!written.ok) {
        failure = written.error.message;
        break;
      }
      adoptMeta(written.value);
      showInEditor(path, data);
    }
  });
  await refreshEntries();
  return failure;
}

/** An open buffer follows the file; unsaved edits are kept and the user chooses (follow-file.ts). */
function showInEditor(path: string, data: Uint8Array): void {
  followStoredFile(path, data, "the copy from the board");
}
