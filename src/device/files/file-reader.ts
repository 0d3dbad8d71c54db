// Reads files from the board within one session: bounded ranges per exec, decoded as they stream, each range checksummed.
import { BoardFileError } from "./board-file-error";
import { checksum } from "./checksums";
import { concatBytes } from "./encoding";
import type { BoardCapabilities, FileSession } from "./file-session";
import { ProgressMeter, type TransferProgress } from "./progress";
import { ReadStream, type ReadFile } from "./read-stream";
import { readSnippet, type ReadRange } from "./snippets";

export interface FileToRead {
  path: string;
  /** When known (from a listing): lets small files share one exec and gives progress a total from the start. */
  size?: number;
}

export interface ReadLimits {
  /** Most file bytes one exec prints (bounds the host's buffering of one answer). */
  execBytes: number;
  /** File bytes per printed line. */
  lineBytes: number;
}

interface Pending {
  path: string;
  offset: number;
  size?: number;
}

export async function readFiles(
  session: FileSession,
  caps: BoardCapabilities,
  files: FileToRead[],
  limits: ReadLimits,
  onProgress?: (progress: TransferProgress) => void,
): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array[]>(files.map((f) => [f.path, []]));
  const meter = new ProgressMeter(files.reduce((n, f) => n + (f.size ?? 0), 0), onProgress);
  const queue: Pending[] = files.map((f) => ({ path: f.path, offset: 0, size: f.size }));
  let bytesBefore = 0;
  while (queue.length) {
    const ranges = nextRanges(queue, limits.execBytes);
    const received = await readRanges(session, ranges, limits.lineBytes, (path, streamed) => meter.report(path, bytesBefore + streamed), (size, pending) => {
      if (pending.size === undefined) meter.bytesTotal += size;
    });
    for (let i = 0; i < ranges.length; i++) {
      const range = ranges[i];
      const file = received[i];
      await verify(caps, file);
      parts.get(range.path)!.push(file.data);
      bytesBefore += file.data.length;
      const next = range.offset + file.data.length;
      // A file that grew or is larger than one range continues in the next exec.
      if (next < file.fileSize && file.data.length > 0) queue.unshift({ path: range.path, offset: next, size: file.fileSize });
    }
  }
  return new Map([...parts].map(([path, p]) => [path, concatBytes(p)]));
}

/** Takes ranges off the queue until the exec's byte budget is used (at least one range). */
function nextRanges(queue: Pending[], budget: number): (ReadRange & { pending: Pending })[] {
  const ranges: (ReadRange & { pending: Pending })[] = [];
  let used = 0;
  while (queue.length && (ranges.length === 0 || used < budget)) {
    const pending = queue[0];
    const left = budget - used;
    const wanted = pending.size === undefined ? budget : pending.size - pending.offset;
    if (ranges.length > 0 && wanted > left) break;
    queue.shift();
    const length = Math.min(wanted, Math.max(left, 1));
    ranges.push({ path: pending.path, offset: pending.offset, length, pending });
    used += Math.max(length, 64);
  }
  return ranges;
}

async function readRanges(
  session: FileSession,
  ranges: (ReadRange & { pending: Pending })[],
  lineBytes: number,
  onStreamed: (path: string, bytes: number) => void,
  onSize: (size: number, pending: Pending) => void,
): Promise<ReadFile[]> {
  let current = ranges[0].path;
  let started = 0;
  const stream = new ReadStream((path, size) => {
    current = path;
    if (ranges[started]?.offset === 0) onSize(size, ranges[started].pending);
    started++;
  });
  const first = ranges[0].path;
  await session.run(readSnippet(ranges, lineBytes), {
    action: ranges.length === 1 ? `read ${first}` : `read ${first} and ${ranges.length - 1} more`,
    path: ranges.length === 1 ? first : undefined,
    workBytes: ranges.reduce((n, r) => n + r.length, 0) * 2,
    onStdout: (text) => {
      stream.push(text);
      onStreamed(current, stream.bytesDone);
    },
  });
  const files = stream.finish();
  if (files.length !== ranges.length) throw new BoardFileError("bad-output", `The board sent ${files.length} of ${ranges.length} files.`);
  return files;
}

async function verify(caps: BoardCapabilities, file: ReadFile): Promise<void> {
  const local = await checksum(caps.checksum, file.data);
  if (local !== file.checksum) {
    throw new BoardFileError("verify-failed", `Could not read ${file.path}: the bytes received differ from the file on the board (damaged on the way). Try again.`, file.path);
  }
}
