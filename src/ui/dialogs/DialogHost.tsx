// Shows the dialog an action asked for (askText, confirmAction, chooseFolder) and hands back the answer.
import { useState } from "react";
import { ALTERNATIVE, answerDialog } from "../../app/actions/dialogs";
import { useApp, type DialogRequest } from "../../app/state";
import { Dialog } from "./Dialog";

export function DialogHost() {
  const dialog = useApp((s) => s.dialog);
  if (!dialog) return null;
  // A new key per request resets the inputs of the previous dialog.
  return <DialogFor key={JSON.stringify(dialog)} request={dialog} />;
}

function DialogFor({ request }: { request: DialogRequest }) {
  switch (request.kind) {
    case "prompt":
      return <PromptDialog request={request} />;
    case "confirm":
      return (
        <Dialog
          title={request.title}
          confirmLabel={request.confirmLabel}
          danger={request.danger}
          alternative={request.alternativeLabel ? { label: request.alternativeLabel, danger: request.alternativeDanger, onClick: () => answerDialog(ALTERNATIVE) } : undefined}
          onConfirm={() => answerDialog(true)}
          onCancel={() => answerDialog(false)}
        >
          <p className="dialog-message">{request.message}</p>
        </Dialog>
      );
    case "choose-folder":
      return <FolderDialog request={request} />;
  }
}

function PromptDialog({ request }: { request: Extract<DialogRequest, { kind: "prompt" }> }) {
  const [value, setValue] = useState(request.initial);
  const selectStem = (input: HTMLInputElement | null) => {
    if (!input || input.dataset.ready) return;
    input.dataset.ready = "1";
    // Renaming "blink.py" selects "blink", as file managers do.
    const dot = request.selectStem ? request.initial.lastIndexOf(".") : -1;
    requestAnimationFrame(() => (input.focus(), input.setSelectionRange(0, dot > 0 ? dot : request.initial.length)));
  };
  return (
    <Dialog title={request.title} confirmLabel={request.confirmLabel} onConfirm={() => answerDialog(value)} onCancel={() => answerDialog(undefined)}>
      <label className="field">
        <span>{request.label}</span>
        <input ref={selectStem} className="input" value={value} onChange={(e) => setValue(e.target.value)} spellCheck={false} autoComplete="off" />
      </label>
    </Dialog>
  );
}

function FolderDialog({ request }: { request: Extract<DialogRequest, { kind: "choose-folder" }> }) {
  const [value, setValue] = useState(request.initial);
  return (
    <Dialog title={request.title} confirmLabel={request.confirmLabel} onConfirm={() => answerDialog(value)} onCancel={() => answerDialog(undefined)}>
      <label className="field">
        <span>{request.label}</span>
        <select className="input" value={value} onChange={(e) => setValue(e.target.value)} autoFocus>
          {request.folders.map((f) => (
            <option key={f} value={f}>{f === "" ? "/ (top level of the drive)" : `/${f}`}</option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
