// Hands the project's current files to a running board through shared memory (the worker can't read messages
// while Python runs): the page posts a snapshot, the board takes it at its next reboot.

const SEQ = 0; // bumped after each complete snapshot
const WRITING = 1; // 1 while the page writes
const LENGTH = 2; // payload bytes
const HEADER_BYTES = 16;
export const MAILBOX_BYTES = 24 * 1024 * 1024;

export interface SnapshotEntry {
  path: string;
  kind: "file" | "dir";
  data?: Uint8Array;
}

export function createMailbox(bytes = MAILBOX_BYTES): SharedArrayBuffer {
  return new SharedArrayBuffer(bytes);
}

/** The page's side: posts the whole project; false when it doesn't fit (then power-cycle the board instead). */
export function postSnapshot(mailbox: SharedArrayBuffer, entries: SnapshotEntry[]): boolean {
  const header = new Int32Array(mailbox, 0, 4);
  const list = entries.map((e) => (e.kind === "dir" ? [e.path] : [e.path, e.data?.length ?? 0]));
  const json = new TextEncoder().encode(JSON.stringify(list));
  const total = 4 + json.length + entries.reduce((n, e) => n + (e.data?.length ?? 0), 0);
  if (HEADER_BYTES + total > mailbox.byteLength) return false;
  const body = new Uint8Array(mailbox, HEADER_BYTES, total);
  Atomics.store(header, WRITING, 1);
  new DataView(mailbox, HEADER_BYTES, 4).setUint32(0, json.length, true);
  body.set(json, 4);
  let at = 4 + json.length;
  for (const e of entries) {
    if (e.kind === "file" && e.data) {
      body.set(e.data, at);
      at += e.data.length;
    }
  }
  Atomics.store(header, LENGTH, total);
  Atomics.add(header, SEQ, 1);
  Atomics.store(header, WRITING, 0);
  return true;
}

/** The board's side: the newest complete snapshot since the last call, or null. */
export class MailboxReader {
  private seen = 0;
  constructor(private readonly mailbox: SharedArrayBuffer) {}

  take(): SnapshotEntry[] | null {
    const header = new Int32Array(this.mailbox, 0, 4);
    const seq = Atomics.load(header, SEQ);
    if (seq === this.seen || Atomics.load(header, WRITING) === 1) return null;
    const total = Atomics.load(header, LENGTH);
    const body = new Uint8Array(this.mailbox, HEADER_BYTES, total).slice();
    if (Atomics.load(header, SEQ) !== seq) return null; // rewritten while copying: take the next one
    this.seen = seq;
    const jsonLength = new DataView(body.buffer).getUint32(0, true);
    const list = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + jsonLength))) as ([string] | [string, number])[];
    let at = 4 + jsonLength;
    return list.map((item) => {
      if (item.length === 1) return { path: item[0], kind: "dir" as const };
      const data = body.slice(at, at + item[1]);
      at += item[1];
      return { path: item[0], kind: "file" as const, data };
    });
  }
}
