// The connected board's info (firmware, version, board, free memory and flash), read when it sits at a prompt.
import { db, hasServices } from "../services";
import { currentLink, requireLink } from "./device-services";
import { setDevice } from "./device-state";
import { ensureIdle, runOperation } from "./operations";
import { rememberBoardName } from "./port-names";

export async function loadBoardInfo(): Promise<void> {
  const info = await runOperation({ label: "Reading the board's info", during: "read the board's info" }, () => requireLink().files.info());
  if (!info) return;
  setDevice({ info });
  if (info.machine) rememberConnectedBoard(info.machine);
}

/** The panel's "Stop the program and read the info" (a board found running something when it was connected). */
export async function stopAndLoadInfo(): Promise<void> {
  if (await ensureIdle("read its info")) await loadBoardInfo();
}

/** Remembers the board's own name for "Reconnect to …" next time. */
function rememberConnectedBoard(name: string): void {
  const ids = currentLink()?.ids;
  if (ids && hasServices()) void rememberBoardName(db(), ids, name);
}
