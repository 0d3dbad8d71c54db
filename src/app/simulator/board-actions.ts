// The board the project targets, chosen in the parts panel: written as wiring.json's "board" (the field the board
// worker and `pyco run` read at power-on), then the wiring is read again (another board's pin names wire other
// default parts) and a running board restarts as that board.
import { DEFAULT_BOARD_ID, findBoard } from "../../interpreter/hardware/boards/index";
import { namesOnlyBoard, wiringBoard } from "../../board/project-board";
import { getSimulator, setSimulator } from "./simulator-state";
import { simulatorProject } from "./simulator-services";
import { resetBoard } from "./simulator-actions";
import { reloadWiring } from "./wiring-actions";
import { shownBoard, withBoard } from "./wiring-board";

/** Writes the chosen board into wiring.json and restarts a running board with it; false when it could not. */
export async function setTargetBoard(id: string): Promise<boolean> {
  const project = simulatorProject();
  const wiring = getSimulator().wiring;
  if (!project || !findBoard(id) || wiring.source === "loading") return false;
  const { wiring: current } = await project.readWiringSources();
  // A wrong "board" is what the user is fixing; any other problem keeps the file as it is.
  const boardError = current === null ? null : wiringBoard(current).error;
  if (wiring.errors.some((e) => e !== boardError)) return false;
  // A file with parts keeps the Pico implicit; a file written only for the board names it.
  const board = id === DEFAULT_BOARD_ID && current !== null && !namesOnlyBoard(current) ? undefined : id;
  const text = withBoard(current, board);
  if (text === null) return false;
  try {
    await project.writeWiringFile(text);
  } catch {
    return false; // the adapter reported why
  }
  if (simulatorProject()?.id !== project.id) return false;
  await reloadWiring();
  if (getSimulator().power === "running") {
    setSimulator({ notice: `The board is now the ${shownBoard(id).name}, so it restarted.` });
    await resetBoard();
  }
  return true;
}
