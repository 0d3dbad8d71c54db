// Waiting on a PIO FIFO, as the firmwares spin on its flags: the board's time passes in steps the state machine
// can make progress in, Ctrl-C ends the wait with KeyboardInterrupt, and scheduled callbacks run every few ms.
import { moduleHost, pollNow } from "../../modules/host-ref";
import { KeyboardInterrupt, newException } from "../../runtime/errors";
import type { PicoPioBlock } from "../pico-pio";

/** Scheduled callbacks (and the board's own poll) run at least this often while waiting. */
const POLL_EVERY_US = 10_000;

export function waitForFifo(block: PicoPioBlock, sm: number, ready: () => boolean): void {
  if (ready()) return;
  const host = moduleHost();
  let sincePoll = 0;
  do {
    if (host.checkInterrupt()) throw newException(KeyboardInterrupt);
    const us = block.waitHintUs(sm);
    host.sleepUs(us);
    sincePoll += us;
    if (sincePoll >= POLL_EVERY_US) {
      sincePoll = 0;
      pollNow();
    }
  } while (!ready());
}
