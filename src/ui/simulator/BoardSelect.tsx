// The parts panel's "Board" choice: the RP2040 board the project targets (wiring.json's "board"), so a program
// written for a Feather's or a QT Py's pin names runs as written; choosing one restarts a running board as it.
import { BOARDS } from "../../interpreter/hardware/boards/index";
import { setTargetBoard } from "../../app/simulator/board-actions";
import { shownBoard } from "../../app/simulator/wiring-board";
import { useSimulator } from "../../app/simulator/simulator-state";

export function BoardSelect() {
  const wiring = useSimulator((s) => s.wiring);
  const board = shownBoard(wiring.board);
  return (
    <label className="sim-board-select">
      <span aria-hidden="true">Board</span>
      <select aria-label="Board" value={board.id} disabled={wiring.source === "loading"} onChange={(e) => void setTargetBoard(e.target.value)}>
        {BOARDS.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      {board.note ? <span className="sim-board-note">{board.note}</span> : null}
    </label>
  );
}
