// A modal on the native <dialog> (focus trapped, Escape closes) with a title and free-form content and actions.
import { useId, type ReactNode } from "react";
import { useModal } from "../dialogs/use-modal";

interface ModalProps {
  title: string;
  children: ReactNode;
  onClose: () => void;
  className?: string;
  /** role=alertdialog for a refusal the user must acknowledge. */
  alert?: boolean;
}

export function Modal({ title, children, onClose, className, alert }: ModalProps) {
  const ref = useModal();
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className={`dialog modal ${className ?? ""}`}
      role={alert ? "alertdialog" : undefined}
      aria-labelledby={titleId}
      onCancel={(e) => (e.preventDefault(), onClose())}
    >
      <div className="modal-inner">
        <h2 id={titleId} className="dialog-title">{title}</h2>
        {children}
      </div>
    </dialog>
  );
}
