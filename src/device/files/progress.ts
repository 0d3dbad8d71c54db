// Transfer progress with a speed: what a progress bar and "12.3 KB/s" need.

export interface TransferProgress {
  /** The file being moved now. */
  path: string;
  bytesDone: number;
  bytesTotal: number;
  /** Average since the transfer started. */
  bytesPerSecond: number;
  elapsedMs: number;
}

export class ProgressMeter {
  private bytesDone = 0;
  private readonly startedAt: number;

  constructor(
    /** Can grow when sizes are learned on the way (reading files of unknown size). */
    public bytesTotal: number,
    private readonly onProgress?: (progress: TransferProgress) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now();
  }

  advance(path: string, bytes: number): void {
    this.report(path, this.bytesDone + bytes);
  }

  /** Reports an absolute count (a stream decoding as it arrives). */
  report(path: string, bytesDone: number): void {
    this.bytesDone = bytesDone;
    this.onProgress?.(this.snapshot(path));
  }

  /** After a retry: what is really done again. */
  rewindTo(bytesDone: number): void {
    this.bytesDone = bytesDone;
  }

  snapshot(path: string): TransferProgress {
    const elapsedMs = Math.max(1, this.now() - this.startedAt);
    return { path, bytesDone: this.bytesDone, bytesTotal: this.bytesTotal, bytesPerSecond: Math.round((this.bytesDone * 1000) / elapsedMs), elapsedMs };
  }
}
