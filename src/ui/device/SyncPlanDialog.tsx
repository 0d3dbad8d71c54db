// "Upload project" review: what will be uploaded, what is unchanged, files only on the board (kept unless the person
// says otherwise) and files changed on the board or on both sides (a choice per file), before anything is written.
import { useState } from "react";
import { cancelSync, confirmSync } from "../../app/device/sync-actions";
import type { SyncReview } from "../../app/device/device-state";
import type { BoardOnlyDecision, ChangedFileDecision, PlanItem } from "../../device/sync";
import { Dialog } from "../dialogs/Dialog";
import { formatBytes } from "./format";

const UPLOAD_REASON: Record<string, string> = { new: "new", changed: "changed", "missing-on-board": "missing on the board" };
const CHANGED_REASON: Record<string, string> = {
  "changed-on-board": "changed on the board since the last upload",
  "both-changed": "changed in the project and on the board",
  "first-sync": "differs, and this board was never synced with this project",
};
const BOARD_ONLY_REASON: Record<string, string> = {
  "not-in-project": "not in the project",
  "deleted-in-project": "deleted from the project",
  "deleted-in-project-changed-on-board": "deleted from the project, changed on the board",
};

export function SyncPlanDialog({ review }: { review: SyncReview }) {
  const { plan, runAfter } = review;
  const [changed, setChanged] = useState<Record<string, ChangedFileDecision>>({});
  const [boardOnly, setBoardOnly] = useState<Record<string, BoardOnlyDecision>>({});
  const uploadBytes = plan.upload.reduce((n, i) => n + i.size, 0);
  const asked = [...plan.changedOnBoard, ...plan.conflicts];
  return (
    <Dialog title={runAfter ? "Upload and run on the board" : "Upload the project to the board"} confirmLabel={runAfter ? "Upload and run" : "Upload"} onConfirm={() => void confirmSync({ changed, boardOnly })} onCancel={cancelSync}>
      <p className="dev-plan-summary" data-testid="sync-summary">
        {plan.upload.length} to upload ({formatBytes(uploadBytes)}), {plan.unchanged.length} unchanged, {plan.boardOnly.length} only on the board
        {asked.length ? `, ${asked.length} to decide` : ""}.
      </p>
      <PlanList title="Will be uploaded" items={plan.upload} describe={(i) => `${UPLOAD_REASON[i.reason] ?? i.reason}, ${formatBytes(i.size)}`}
        empty={asked.length ? "Nothing changed in the project since the last upload." : "Nothing: the board already has every project file as it is."} />
      {asked.length ? (
        <PlanSection title="Changed on the board — choose for each">
          {asked.map((item) => (
            <Choice key={item.path} item={item} reason={CHANGED_REASON[item.reason] ?? item.reason} value={changed[item.path] ?? "keep-board"} onChange={(v) => setChanged({ ...changed, [item.path]: v as ChangedFileDecision })}
              options={[["keep-board", "Keep the board's"], ["upload", "Upload mine"], ["download", "Copy the board's into the project"]]} />
          ))}
        </PlanSection>
      ) : null}
      {plan.boardOnly.length ? (
        <PlanSection title="Only on the board — kept unless you choose">
          {plan.boardOnly.map((item) => (
            <Choice key={item.path} item={item} reason={BOARD_ONLY_REASON[item.reason] ?? item.reason} value={boardOnly[item.path] ?? "keep"} onChange={(v) => setBoardOnly({ ...boardOnly, [item.path]: v as BoardOnlyDecision })}
              options={[["keep", "Keep on the board"], ["delete", "Delete from the board"], ["download", "Copy into the project"]]} />
          ))}
        </PlanSection>
      ) : null}
      {plan.unchanged.length ? (
        <details className="dev-plan-section">
          <summary>Unchanged ({plan.unchanged.length}) — skipped</summary>
          <ul className="dev-plan-list">{plan.unchanged.map((i) => <li key={i.path}>{i.path}</li>)}</ul>
        </details>
      ) : null}
      {plan.ignored.length ? <p className="dev-hint">Left alone: {plan.ignored.join(", ")} (the firmware's or the computer's own files).</p> : null}
    </Dialog>
  );
}

function PlanSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="dev-plan-section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function PlanList({ title, items, describe, empty }: { title: string; items: PlanItem[]; describe: (item: PlanItem) => string; empty: string }) {
  return (
    <PlanSection title={title}>
      {items.length ? (
        <ul className="dev-plan-list">{items.map((i) => <li key={i.path}><span className="dev-plan-path">{i.path}</span> <span className="dev-muted">{describe(i)}</span></li>)}</ul>
      ) : (
        <p className="dev-hint">{empty}</p>
      )}
    </PlanSection>
  );
}

function Choice({ item, reason, value, options, onChange }: { item: PlanItem; reason: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  return (
    <div className="dev-plan-choice">
      <div>
        <span className="dev-plan-path">{item.path}</span> <span className="dev-muted">{reason}</span>
      </div>
      <select className="input" aria-label={`What to do with ${item.path}`} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
      </select>
    </div>
  );
}
