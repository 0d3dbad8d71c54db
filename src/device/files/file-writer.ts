// Writes files atomically and verified within one session: temp file, board-side checksum, rename over the target.
// A failure (or a reset) before the rename leaves the old file as it was; the temp file is removed when the board can.
import { BoardFileError } from "./board-file-error";
import type { FileSession } from "./file-session";
import { abortWriteSnippet, tempPathFor } from "./snippets";
import { planWriteExecs, type FileToWrite, type WriteExec, type WriteLimits } from "./write-batches";
import { ProgressMeter, type TransferProgress } from "./progress";

export interface WriteOptions {
  onProgress?(progress: TransferProgress): void;
  /** Called as each file is in place (verified and renamed), so a caller can record partial success. */
  onFileWritten?(path: string): void;
  /** Create missing parent folders (default true). */
  makeParents?: boolean;
}

/** The smallest exec tried after the board runs out of memory, before giving up. */
const SMALLEST_EXEC_CHARS = 1024;

export async function writeFiles(session: FileSession, files: FileToWrite[], limits: WriteLimits, options: WriteOptions): Promise<void> {
  const written = new Set<string>();
  const meter = new ProgressMeter(files.reduce((n, f) => n + f.data.length, 0), options.onProgress);
  let execChars = limits.execChars;
  for (;;) {
    const remaining = files.filter((f) => !written.has(f.path));
    try {
      await writeBatches(session, planWriteExecs(remaining, { ...limits, execChars }), meter, (path) => {
        if (written.has(path)) return;
        written.add(path);
        options.onFileWritten?.(path);
      });
      return;
    } catch (e) {
      // A MemoryError means the exec was too big for the board's heap: the same files in smaller pieces may fit.
      if (!(e instanceof BoardFileError && e.failure === "no-memory" && execChars > SMALLEST_EXEC_CHARS)) throw e;
      execChars = Math.max(SMALLEST_EXEC_CHARS, Math.floor(execChars / 2));
      meter.rewindTo(bytesOf(files, written));
    }
  }
}

async function writeBatches(session: FileSession, execs: WriteExec[], meter: ProgressMeter, onWritten: (path: string) => void): Promise<void> {
  for (const exec of execs) {
    const path = exec.touches[0];
    const done = new WrittenLines(onWritten);
    try {
      await session.run(exec.source, {
        action: `write ${path}`,
        path,
        workBytes: [...exec.dataBytes.values()].reduce((a, b) => a + b, 0) * 2,
        onStdout: (text) => done.push(text),
      });
    } catch (e) {
      // After Ctrl-C the raw REPL session is out of step (the abort of a raw-paste is acknowledged blindly), so the
      // temp file is left for the next write of that file or removeStaleTemps; it never replaced the target.
      if (e instanceof BoardFileError && e.failure !== "interrupted") await cleanUp(session, exec.touches.filter((p) => !done.has(p)));
      throw blameFile(e, path, exec.touches.find((p) => !done.has(p)));
    }
    for (const [p, n] of exec.dataBytes) meter.advance(p, n);
  }
}

/** Collects `W<TAB>path` lines (each file the board verified and renamed) as output streams in, whole lines only. */
class WrittenLines {
  private pending = "";
  private readonly paths = new Set<string>();

  constructor(private readonly onWritten: (path: string) => void) {}

  push(text: string): void {
    this.pending += text;
    let newline: number;
    while ((newline = this.pending.indexOf("\n")) >= 0) {
      const line = this.pending.slice(0, newline).replace(/\r$/, "");
      this.pending = this.pending.slice(newline + 1);
      if (line.startsWith("W\t") && !this.paths.has(line.slice(2))) {
        this.paths.add(line.slice(2));
        this.onWritten(line.slice(2));
      }
    }
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }
}

/** The board raised an exception, so the session still works: close and remove the temp files of unfinished files. */
async function cleanUp(session: FileSession, paths: string[]): Promise<void> {
  if (!paths.length) return;
  try {
    await session.run(abortWriteSnippet(paths.map(tempPathFor)), { action: "remove the temporary file" });
  } catch {
    // A read-only drive cannot have a temp file to remove; anything else is reported by the original error.
  }
}

/** The exec named its first file; the failure belongs to the first file it did not finish. */
function blameFile(e: unknown, named: string, failed: string | undefined): unknown {
  if (!(e instanceof BoardFileError) || !failed || failed === named) return e;
  return new BoardFileError(e.failure, e.message.replace(`Could not write ${named}`, `Could not write ${failed}`), failed, e.boardMessage);
}

function bytesOf(files: FileToWrite[], paths: Set<string>): number {
  return files.filter((f) => paths.has(f.path)).reduce((n, f) => n + f.data.length, 0);
}
