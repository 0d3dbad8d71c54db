// The open project's workspace: file tree on the left, editor in the centre, the board region on the right.
import { lazy, Suspense } from "react";
import { BoardRegion } from "../board/BoardRegion";
import { DeviceRegion } from "../device/DeviceRegion";
import { EditorArea } from "../editor/EditorArea";
import { FileTree } from "../tree/FileTree";

// The simulator (board view, terminal, the board worker's page side) loads after the shell, like Monaco,
// so the file tree and the project list appear without waiting for it.
const AppSimulator = lazy(() => import("../simulator/AppSimulator").then((m) => ({ default: m.AppSimulator })));

export function Workspace() {
  return (
    <div className="workspace">
      <FileTree />
      <EditorArea />
      <BoardRegion>
        <DeviceRegion
          simulator={
            <Suspense fallback={null}>
              <AppSimulator />
            </Suspense>
          }
        />
      </BoardRegion>
    </div>
  );
}
