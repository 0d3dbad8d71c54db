// Connect / Disconnect, "Reconnect to <board>" for ports granted before, the connection state (reconnecting is shown
// at once), and the choices: show all serial ports, use WebUSB.
import { connectBoard, disconnectBoard, reconnectGranted, setShowAllPorts, setUseWebUsb } from "../../app/device/connect-actions";
import { useDevice, type LinkState } from "../../app/device/device-state";

const LINK_TEXT: Record<LinkState, string> = {
  idle: "Not connected",
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  disconnected: "Disconnected",
};

export function ConnectBar() {
  const link = useDevice((s) => s.link);
  const label = useDevice((s) => s.info?.machine || s.portLabel);
  const granted = useDevice((s) => s.granted);
  const open = link === "connected" || link === "reconnecting" || link === "connecting";
  return (
    <div className="dev-connect">
      <div className="dev-toolbar" role="toolbar" aria-label="Board connection">
        {open ? (
          <button type="button" onClick={() => void disconnectBoard()} disabled={link === "connecting"} title="Close the board's serial port (stops whatever Pyco is doing with the board)">
            Disconnect
          </button>
        ) : (
          <button type="button" className="dev-primary" onClick={() => void connectBoard()} title="Choose a board connected over USB">
            Connect
          </button>
        )}
        {!open && granted.map((p) => (
          <button key={p.index} type="button" onClick={() => void reconnectGranted(p.index)} title="Open this board again without the port chooser">
            Reconnect to {p.label}
          </button>
        ))}
        <span className={`dev-link dev-link-${link}`} role="status" aria-label={`Board connection: ${LINK_TEXT[link]}`} data-testid="board-link">
          {LINK_TEXT[link]}
          {open && label ? <span className="dev-link-board"> · {label}</span> : null}
        </span>
      </div>
      {!open ? <ConnectOptions /> : null}
    </div>
  );
}

function ConnectOptions() {
  const webSerial = useDevice((s) => s.webSerial);
  const webUsb = useDevice((s) => s.webUsb);
  const useWebUsb = useDevice((s) => s.useWebUsb);
  const showAll = useDevice((s) => s.showAllPorts);
  return (
    <div className="dev-options">
      <label>
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAllPorts(e.target.checked)} /> Show all ports
      </label>
      <label title={webSerial ? "Talk to the board over WebUSB instead of Web Serial (Android, or when Web Serial can't open it)" : "This browser has no Web Serial: Pyco uses WebUSB"}>
        <input type="checkbox" checked={useWebUsb} disabled={!webUsb || !webSerial} onChange={(e) => setUseWebUsb(e.target.checked)} /> Use WebUSB
      </label>
      {!webSerial && !webUsb ? <span className="dev-hint">This browser can't reach USB boards: use Chrome or Edge.</span> : null}
    </div>
  );
}
