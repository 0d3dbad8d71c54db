// Saves what a running program changes on the board's drive back into the project, in order, a few times a second:
// a data logger that appends every 100 ms costs one store write per batch, not ten.
import type { DriveChange } from "../../board/memory-drive";

export class DriveSaver {
  private queue: DriveChange[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly save: (changes: DriveChange[]) => Promise<void>, private readonly delayMs = 300) {}

  push(change: DriveChange): void {
    if (change.kind === "write") this.dropEarlierWrite(change.path);
    this.queue.push(change);
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves everything queued now; resolves once every earlier batch is stored too. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (batch.length > 0) this.saving = this.saving.then(() => this.save(batch)).catch(() => undefined);
    return this.saving;
  }

  /** Forgets what is queued (the project closed: its board is gone). */
  discard(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
  }

  /** A newer write to the same file replaces an older one, unless something else touched that path in between. */
  private dropEarlierWrite(path: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const c = this.queue[i];
      if (c.kind === "write" && c.path === path) {
        this.queue.splice(i, 1);
        return;
      }
      if (touches(c, path)) return;
    }
  }
}

function touches(change: DriveChange, path: string): boolean {
  const within = (p: string) => p === path || path.startsWith(p + "/");
  return change.kind === "rename" ? within(change.from) || within(change.to) : within(change.path);
}
