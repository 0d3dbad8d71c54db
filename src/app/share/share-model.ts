// What the Share dialog shows for a project: the link, its length, whether chat tools may cut it, what lib/ holds.
import { CHAT_SAFE_LINK_LENGTH, makeShareLink, type ShareableProject } from "../../storage";

/** The most a QR code holds (version 40, error correction L, byte mode); longer links get no QR code. */
export const QR_MAX_LENGTH = 2953;

export interface ShareLinkInfo {
  link: string;
  length: number;
  /** Longer than CHAT_SAFE_LINK_LENGTH: chat and mail tools may cut it, so the dialog offers the .zip instead. */
  mayBeCut: boolean;
  fitsQr: boolean;
  /** Files and folders inside lib/ that were left out (none unless asked). */
  leftOut: number;
}

/** Inside lib/ (compared case-insensitively, as the board's FAT drive does); lib/ itself is kept, empty. */
export function isInsideLib(path: string): boolean {
  return path.toLowerCase().startsWith("lib/");
}

/** The names directly in lib/ ("adafruit_ssd1306.mpy", "adafruit_bus_device"), for the checkbox's explanation. */
export function libContents(project: ShareableProject): string[] {
  return project.entries
    .filter((e) => isInsideLib(e.path) && !e.path.slice(4).includes("/"))
    .map((e) => e.path.slice(4) + (e.kind === "dir" ? "/" : ""));
}

/** The link for the project (leaving out what is inside lib/ when asked) and what the dialog says about it. */
export function shareLinkInfo(baseUrl: string, project: ShareableProject, leaveOutLib: boolean): ShareLinkInfo {
  const exclude = leaveOutLib ? isInsideLib : () => false;
  const link = makeShareLink(baseUrl, project, exclude);
  return {
    link,
    length: link.length,
    mayBeCut: link.length > CHAT_SAFE_LINK_LENGTH,
    fitsQr: link.length <= QR_MAX_LENGTH,
    leftOut: project.entries.filter((e) => exclude(e.path)).length,
  };
}

/** "1,234 characters" */
export function describeLength(length: number): string {
  return `${length.toLocaleString("en-US")} ${length === 1 ? "character" : "characters"}`;
}

/** "12 bytes", "3.4 KB": sizes in the link preview's file list. */
export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
