// The app's zustand store: serializable state only. Live objects (database, Monaco models) live elsewhere.
import { create } from "zustand";
import type { DriveEntry, ProjectMeta } from "../storage";

export type Tone = "info" | "success" | "error";

export interface Notice {
  id: number;
  tone: Tone;
  message: string;
  /** Label of the notice's button; its handler is kept in notices.ts (functions are not state). */
  actionLabel?: string;
  /** How many times the same message was given while shown (2 and more show as "×2"). */
  repeats?: number;
}

export interface OpenTab {
  path: string;
  kind: "text" | "binary";
  /** Size in bytes when opened (binary tabs show it). */
  size: number;
  /** A file on the connected board (path "board:/main.py"), not in the project. */
  origin?: "board";
}

/** Another tab touched the open project; the banner offers a choice instead of overwriting anything. */
export type Conflict =
  | { kind: "open-elsewhere" }
  | { kind: "changed-elsewhere" }
  | { kind: "deleted-elsewhere" };

export type DialogRequest =
  | { kind: "prompt"; title: string; label: string; initial: string; confirmLabel: string; selectStem?: boolean }
  | { kind: "confirm"; title: string; message: string; confirmLabel: string; danger?: boolean; alternativeLabel?: string; alternativeDanger?: boolean }
  | { kind: "choose-folder"; title: string; label: string; folders: string[]; initial: string; confirmLabel: string };

export interface AppState {
  phase: "booting" | "ready" | "failed";
  failure?: string;
  projects: ProjectMeta[];
  /** The open project (undefined: the welcome screen). */
  project?: ProjectMeta;
  entries: DriveEntry[];
  expanded: Record<string, true>;
  selected?: string;
  tabs: OpenTab[];
  active?: string;
  /** Paths whose editor text differs from what is stored. Changes on transitions only, never per keystroke. */
  dirty: Record<string, true>;
  /** Open files whose stored copy was replaced while they had unsaved edits: path → what replaced it ("the upload"). */
  replaced: Record<string, string>;
  saving: boolean;
  saveError?: string;
  conflict?: Conflict;
  /** Another tab opened this project after us: a quiet badge, not a banner. */
  sharedWithOtherTab: boolean;
  dialog?: DialogRequest;
  notices: Notice[];
  updateReady: boolean;
  installable: boolean;
  reloadRequired: boolean;
}

export const initialState: AppState = {
  phase: "booting",
  projects: [],
  entries: [],
  expanded: {},
  tabs: [],
  dirty: {},
  replaced: {},
  saving: false,
  sharedWithOtherTab: false,
  notices: [],
  updateReady: false,
  installable: false,
  reloadRequired: false,
};

export const useApp = create<AppState>()(() => ({ ...initialState }));

/** Shorthands for actions: read the current state and patch it. */
export const getState = useApp.getState;
export const setState = useApp.setState;
