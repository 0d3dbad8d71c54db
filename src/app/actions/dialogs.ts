// Promise-based dialogs: an action awaits the user's answer; the store only holds the dialog's description.
import { setState, type DialogRequest } from "../state";

type Answer = string | boolean | undefined;
/** The answer of a confirmation's alternative button. */
export const ALTERNATIVE = "alternative";
let pending: ((answer: Answer) => void) | undefined;

function open(request: DialogRequest): Promise<Answer> {
  pending?.(undefined);
  setState({ dialog: request });
  return new Promise((resolve) => {
    pending = resolve;
  });
}

/** Called by the dialog component: a string for prompts, true/false (or ALTERNATIVE) for confirmations, undefined for cancel. */
export function answerDialog(answer: Answer): void {
  const resolve = pending;
  pending = undefined;
  setState({ dialog: undefined });
  resolve?.(answer);
}

export async function askText(title: string, label: string, initial: string, confirmLabel: string, selectStem = false): Promise<string | undefined> {
  const answer = await open({ kind: "prompt", title, label, initial, confirmLabel, selectStem });
  return typeof answer === "string" ? answer : undefined;
}

export async function confirmAction(title: string, message: string, confirmLabel: string, danger = false): Promise<boolean> {
  return (await open({ kind: "confirm", title, message, confirmLabel, danger })) === true;
}

/** Three ways out: the confirm button, an alternative (e.g. "Leave without saving"), or Cancel. */
export async function chooseAction(
  title: string,
  message: string,
  confirmLabel: string,
  alternativeLabel: string,
  alternativeDanger = true,
): Promise<"confirm" | "alternative" | "cancel"> {
  const answer = await open({ kind: "confirm", title, message, confirmLabel, alternativeLabel, alternativeDanger });
  return answer === true ? "confirm" : answer === ALTERNATIVE ? "alternative" : "cancel";
}

/** Asks for a destination folder ("" is the drive's root). */
export async function chooseFolder(title: string, label: string, folders: string[], initial: string, confirmLabel: string): Promise<string | undefined> {
  const answer = await open({ kind: "choose-folder", title, label, folders, initial, confirmLabel });
  return typeof answer === "string" ? answer : undefined;
}
