// The simulator region: toolbar, the drawn Pico with its parts, and the board terminal. Standalone (any project
// adapter) so it can run in a test page as well as in the app's board region.
import { useMemo } from "react";
import { simulatorReplClient } from "../../app/simulator/simulator-actions";
import { useSimulator } from "../../app/simulator/simulator-state";
import { ProgramErrorBar } from "../editor/ProgramErrorBar";
import { BoardView } from "./BoardView";
import { PartsPanel } from "./PartsPanel";
import { UsbActivityView } from "./parts";
import { SimulatorToolbar } from "./SimulatorToolbar";
import { Terminal, replClientSource } from "./Terminal";
import "./simulator.css";

export function SimulatorPanel() {
  const source = useMemo(() => {
    const client = simulatorReplClient();
    return client ? replClientSource(client) : null;
  }, []);
  const power = useSimulator((s) => s.power);
  const message = useSimulator((s) => s.message);
  const status = useSimulator((s) => s.boardStatus);
  const flavor = useSimulator((s) => s.flavor);
  const runs = useSimulator((s) => s.runs);
  const boardHidden = useSimulator((s) => s.boardHidden);
  const notice = useSimulator((s) => s.notice);
  const usb = useSimulator((s) => s.usb);
  return (
    <div className="sim-panel">
      <SimulatorToolbar canRun={flavor !== undefined} />
      {message ? (
        <p className={power === "unsupported" || power === "crashed" ? "sim-message sim-message-error" : "sim-message"} role="alert">
          {message}
        </p>
      ) : null}
      {notice ? (
        <p className="sim-message" role="status">
          {notice}
        </p>
      ) : null}
      <div className="sim-board-area" id="sim-board-area" hidden={boardHidden}>
        <BoardView />
        {usb ? <UsbActivityView usb={usb} /> : null}
        <PartsPanel />
      </div>
      <ProgramErrorBar origin="simulator" source={source} />
      <Terminal
        source={source}
        status={flavor === "circuitpython" ? status : undefined}
        clearKey={runs}
        placeholder={power === "off" ? "Press Run to start the simulated Pico." : undefined}
      />
    </div>
  );
}
