// Run controls for the real board: Run (upload what changed, soft reboot), Run file (exec the open file, output in
// the terminal), Stop (Ctrl-C), Reboot (Ctrl-D), Upload project (plan first) and Download board (into a new project).
import { downloadBoardAsProject, uploadProject } from "../../app/device/sync-actions";
import { runCurrentFileOnBoard, runOnBoard, softRebootBoard, stopBoard } from "../../app/device/run-actions";
import { useDevice } from "../../app/device/device-state";
import { useApp } from "../../app/state";
import { SimIcon } from "../simulator/SimIcon";

export function BoardRunBar() {
  const connected = useDevice((s) => s.link === "connected");
  const operation = useDevice((s) => s.operation);
  const running = useDevice((s) => s.activity === "running");
  const hasProject = useApp((s) => s.project !== undefined);
  const hasFile = useApp((s) => s.tabs.some((t) => t.path === s.active && t.kind === "text"));
  const transfer = operation?.kind === "transfer";
  const program = operation?.kind === "program";
  return (
    <div className="dev-toolbar" role="toolbar" aria-label="Board">
      <button type="button" className="dev-primary" onClick={() => void runOnBoard()} disabled={!connected || transfer || !hasProject} title="Upload the project's changed files and restart the board to run it">
        <SimIcon name="run" /> Run
      </button>
      <button type="button" onClick={() => void runCurrentFileOnBoard()} disabled={!connected || transfer || !hasFile} title="Run the open file on the board without saving it there">
        Run file
      </button>
      <button type="button" onClick={() => void stopBoard()} disabled={!connected || (!running && !program)} title="Stop the program (Ctrl-C)">
        <SimIcon name="stop" /> Stop
      </button>
      <button type="button" onClick={() => void softRebootBoard()} disabled={!connected || transfer} title="Soft reboot (Ctrl-D): restart Python and run main.py / code.py">
        <SimIcon name="reset" /> Reboot
      </button>
      <button type="button" onClick={() => void uploadProject()} disabled={!connected || Boolean(operation) || !hasProject} title="Compare the project with the board, review, then upload">
        Upload project
      </button>
      <button type="button" onClick={() => void downloadBoardAsProject()} disabled={!connected || Boolean(operation)} title="Copy every file on the board into a new project">
        Download board
      </button>
    </div>
  );
}
