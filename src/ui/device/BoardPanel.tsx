// The real board's panel: connection, board info, run controls, progress and messages, the board's files, and the
// same Terminal component the simulator uses (fed by the board's REPL client).
import { terminalFeed } from "../../app/device/device-services";
import { useDevice } from "../../app/device/device-state";
import { ProgramErrorBar } from "../editor/ProgramErrorBar";
import { Terminal } from "../simulator/Terminal";
import { BoardFilesPanel } from "./BoardFilesPanel";
import { BoardInfoCard } from "./BoardInfoCard";
import { BoardRunBar } from "./BoardRunBar";
import { ConnectBar } from "./ConnectBar";
import { DeviceMessages } from "./DeviceMessages";
import { OperationProgress } from "./OperationProgress";
import { SyncPlanDialog } from "./SyncPlanDialog";

export function BoardPanel() {
  const link = useDevice((s) => s.link);
  const status = useDevice((s) => s.circuitStatus);
  const review = useDevice((s) => s.review);
  const placeholder = link === "idle" ? "Connect a board to see its REPL here." : undefined;
  return (
    <div className="dev-panel">
      <ConnectBar />
      {link !== "idle" ? <BoardInfoCard /> : null}
      <BoardRunBar />
      <OperationProgress />
      <DeviceMessages />
      {link === "connected" ? <BoardFilesPanel /> : null}
      <ProgramErrorBar origin="board" source={terminalFeed} />
      <Terminal source={terminalFeed} label="USB board terminal" status={status} placeholder={placeholder} />
      {review ? <SyncPlanDialog key={review.plan.upload.length + ":" + review.plan.unchanged.length} review={review} /> : null}
    </div>
  );
}
