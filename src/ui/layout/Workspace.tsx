// The open project's workspace: file tree on the left, editor in the centre, the (future) board region on the right.
import { BoardRegion } from "../board/BoardRegion";
import { AppSimulator } from "../simulator/AppSimulator";
import { EditorArea } from "../editor/EditorArea";
import { FileTree } from "../tree/FileTree";

export function Workspace() {
  return (
    <div className="workspace">
      <FileTree />
      <EditorArea />
      <BoardRegion>
        <AppSimulator />
      </BoardRegion>
    </div>
  );
}
