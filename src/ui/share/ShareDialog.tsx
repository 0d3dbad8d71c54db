// The Share dialog: the project as a link (length, Copy, QR code), lib/ optionally left out, the .zip for long links.
import { useId, useState } from "react";
import { exportProject } from "../../app/actions/transfer";
import { closeShareDialog, copyShareLink, setLeaveOutLib } from "../../app/share/share-actions";
import { describeLength, QR_MAX_LENGTH } from "../../app/share/share-model";
import { useShare, type OutgoingShare } from "../../app/share/share-state";
import { CHAT_SAFE_LINK_LENGTH } from "../../storage";
import { Modal } from "./Modal";
import { QrCode } from "./QrCode";

export function ShareDialog() {
  const outgoing = useShare((s) => s.outgoing);
  if (!outgoing) return null;
  return (
    <Modal title={`Share "${outgoing.projectName}"`} onClose={closeShareDialog} className="share-dialog">
      <p className="dialog-message">
        Anyone with this link can open a copy of this project in Pyco: every file, the flavour and the wiring. The project
        travels inside the link itself (after the #), so it is never sent to a server.
      </p>
      {outgoing.unsaved && <p className="share-warning" role="alert">Some edits couldn't be saved, so the link holds the last saved version.</p>}
      <LinkField outgoing={outgoing} />
      <LeaveOutLib outgoing={outgoing} />
      {outgoing.info.mayBeCut && <LongLinkWarning length={outgoing.info.length} libToLeaveOut={outgoing.libNames.length > 0 && !outgoing.leaveOutLib} />}
      {outgoing.info.fitsQr ? (
        <figure className="share-qr-figure">
          <QrCode text={outgoing.info.link} label="QR code of the share link" />
          <figcaption>Scan it with a phone's camera to open the project there.</figcaption>
        </figure>
      ) : (
        <p className="share-hint">{`This link is too long for a QR code, which holds at most ${describeLength(QR_MAX_LENGTH)}: use Copy instead.`}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeShareDialog}>Close</button>
      </div>
    </Modal>
  );
}

function LinkField({ outgoing }: { outgoing: OutgoingShare }) {
  const lengthId = useId();
  const [copied, setCopied] = useState<"yes" | "no" | undefined>();
  const copy = async () => setCopied((await copyShareLink()) ? "yes" : "no");
  return (
    <div className="share-link">
      <div className="share-link-row">
        <input
          className="input share-link-input"
          readOnly
          value={outgoing.info.link}
          aria-label="Share link"
          aria-describedby={lengthId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button primary" onClick={() => void copy()}>Copy</button>
      </div>
      <p className="share-link-meta">
        <span id={lengthId} data-testid="share-link-length">{`The link is ${describeLength(outgoing.info.length)} long.`}</span>{" "}
        <span role="status">
          {copied === "yes" ? "Copied to the clipboard." : copied === "no" ? "The browser didn't allow copying: select the link and press Ctrl+C." : ""}
        </span>
      </p>
    </div>
  );
}

function LeaveOutLib({ outgoing }: { outgoing: OutgoingShare }) {
  const hintId = useId();
  const empty = outgoing.libNames.length === 0;
  return (
    <div className="share-option">
      <label className="share-check">
        <input
          type="checkbox"
          checked={outgoing.leaveOutLib}
          disabled={empty}
          aria-describedby={hintId}
          onChange={(e) => setLeaveOutLib(e.target.checked)}
        />
        Leave out the libraries in lib/
      </label>
      <p id={hintId} className="share-hint">
        {empty
          ? "lib/ is empty, so there is nothing to leave out."
          : `Tick this when lib/ holds only standard libraries (from the Adafruit CircuitPython bundle or micropython-lib), which whoever opens the link can install again. The link gets shorter, and an empty lib/ is kept. Your own modules in lib/ would be left out too. lib/ holds: ${outgoing.libNames.join(", ")}.`}
      </p>
    </div>
  );
}

function LongLinkWarning({ length, libToLeaveOut }: { length: number; libToLeaveOut: boolean }) {
  return (
    <div className="share-warning" role="note" aria-label="Long link">
      <p>
        {`This link is ${describeLength(length)} long. Chat and mail tools may cut links longer than ${describeLength(CHAT_SAFE_LINK_LENGTH)}, and a cut link won't open. Send the project as a .zip instead${libToLeaveOut ? ", or leave out lib/ if it holds standard libraries" : ""}.`}
      </p>
      <button type="button" className="button" onClick={() => void exportProject()}>Export as .zip</button>
    </div>
  );
}
