// The rp2 module's per-board state: the SDK allocations, each state machine's initial PC, the PIO interrupt
// wiring, and the soft-reset cleanup of rp2_pio_deinit (disable the claimed state machines and interrupts).
import { currentSession, type HardwareSession } from "../session";
import { PioSdk } from "./pio-sdk";
import { PioInterrupts } from "./pio-irq";

export interface Rp2State {
  sdk: PioSdk;
  /** rp2_state_machine_initial_pc: where restart() jumps to, per state machine 0..7. */
  initialPc: number[];
  interrupts: PioInterrupts[];
  /** rp2_state_machine_claimed_mask. */
  claimedMask: number;
}

export function rp2Session(): HardwareSession {
  return currentSession("rp2");
}

export function rp2State(session: HardwareSession = rp2Session()): Rp2State {
  return session.state("rp2", (s) => {
    const state: Rp2State = {
      sdk: new PioSdk(s),
      initialPc: [0, 0, 0, 0, 0, 0, 0, 0],
      interrupts: [new PioInterrupts(s, 0), new PioInterrupts(s, 1)],
      claimedMask: 0,
    };
    s.onSoftReset(() => deinit(s, state));
    return state;
  });
}

/** rp2_pio_deinit: interrupts off, the module's state machines disabled and unclaimed (programs are freed with the SDK state). */
function deinit(session: HardwareSession, state: Rp2State): void {
  for (const irq of state.interrupts) irq.disable();
  for (let id = 0; id < 8; id++) {
    if ((state.claimedMask & (1 << id)) === 0) continue;
    session.hw.pio[id >> 2].setEnabled(1 << (id & 3), false);
  }
  state.claimedMask = 0;
}
