// The share feature's zustand slice: the outgoing Share dialog and an incoming link's preview (serializable only).
import { create } from "zustand";
import type { Flavor } from "../../storage";
import type { ShareLinkInfo } from "./share-model";

export interface OutgoingShare {
  projectName: string;
  leaveOutLib: boolean;
  /** Names directly inside lib/ (empty: nothing to leave out). */
  libNames: string[];
  info: ShareLinkInfo;
  /** Some open edits could not be saved, so the link has the last stored version. */
  unsaved: boolean;
}

export interface PreviewFile {
  path: string;
  kind: "file" | "dir";
  size: number;
}

export type IncomingShare =
  | {
      kind: "preview";
      name: string;
      flavor: Flavor;
      files: PreviewFile[];
      parts: string[];
      /** What the sender left out of the link (lib/'s libraries), to install again. */
      leftOut: string[];
      opening: boolean;
    }
  | { kind: "refused"; message: string };

export interface ShareState {
  outgoing?: OutgoingShare;
  incoming?: IncomingShare;
}

export const useShare = create<ShareState>()(() => ({}));
export const getShare = useShare.getState;
export const setShare = useShare.setState;
