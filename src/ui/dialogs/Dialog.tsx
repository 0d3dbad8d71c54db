// A modal dialog on the native <dialog> element: role=dialog with a name, focus trapped, Escape cancels.
import { useId, type FormEvent, type ReactNode } from "react";
import { useModal } from "./use-modal";

interface DialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** A second way forward besides confirming (e.g. "Leave without saving"), shown between Cancel and confirm. */
  alternative?: { label: string; danger?: boolean; onClick: () => void };
  onConfirm: () => void;
  onCancel: () => void;
}

export function Dialog({ title, children, confirmLabel, danger, alternative, onConfirm, onCancel }: DialogProps) {
  const ref = useModal();
  const titleId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onConfirm();
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form method="dialog" onSubmit={submit}>
        <h2 id={titleId} className="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>Cancel</button>
          {alternative && <button type="button" className={`button${alternative.danger ? " danger" : ""}`} onClick={alternative.onClick}>{alternative.label}</button>}
          <button type="submit" className={`button ${danger ? "danger" : "primary"}`}>{confirmLabel}</button>
        </div>
      </form>
    </dialog>
  );
}
