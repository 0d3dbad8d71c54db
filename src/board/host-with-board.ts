// Gives any Host a simulated Pico (hardware and clock), so `pyco run` programs can use machine/board like the IDE's.
import type { Host } from "../interpreter/runtime/host";
import { SimulatedBoard, attachBoard } from "../simulator/board";

/**
 * fast: sleeps only move the board's virtual clock, and each interpreter poll moves it by `usPerPoll`. Otherwise
 * the host's own sleeps take real time and the board's clock follows the wall clock, so timers and PWM keep real time.
 */
export function hostWithBoard(host: Host, fast: boolean, usPerPoll = 100): { host: Host; board: SimulatedBoard } {
  const board = new SimulatedBoard({ mode: fast ? "virtual" : "realtime", usPerPoll: fast ? usPerPoll : 0 });
  const attached = attachBoard(host, board);
  if (fast) return { host: attached, board };
  return {
    board,
    host: {
      ...attached,
      fs: host.fs,
      sleepUs: (us) => {
        host.sleepUs(us);
        board.poll();
      },
    },
  };
}
