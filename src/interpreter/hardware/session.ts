// One HardwareSession per board: the hardware port, the IRQ callback queue, pin claims and each module's
// per-board objects (MicroPython's Pin and PWM objects are static, so `Pin(0) is Pin(0)`).
import type { PicoHardware } from "./pico-hardware";
import { IrqScheduler } from "./scheduler";
import { PinClaims } from "./claims";
import { moduleHost } from "../modules/host-ref";
import { raiseImportError } from "../runtime/errors";

export class HardwareSession {
  readonly scheduler: IrqScheduler;
  readonly claims = new PinClaims();
  private readonly states = new Map<string, unknown>();
  /** Run at soft reset: cancel alarms, detach IRQs, stop what the program started. */
  private readonly resetHooks: (() => void)[] = [];

  constructor(readonly hw: PicoHardware, reportError: (text: string) => void) {
    this.scheduler = new IrqScheduler(reportError);
  }

  /** The state a module keeps per board, made on first use. */
  state<T>(key: string, make: (session: HardwareSession) => T): T {
    let s = this.states.get(key) as T | undefined;
    if (s === undefined) {
      s = make(this);
      this.states.set(key, s);
    }
    return s;
  }

  onSoftReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  /** What a soft reset (Ctrl-D, a new run) clears: queued callbacks, claims, timers and IRQs, module state. */
  softReset(): void {
    for (const hook of this.resetHooks.splice(0)) hook();
    this.scheduler.clear();
    this.claims.releaseAll();
    this.states.clear();
  }
}

const sessions = new WeakMap<PicoHardware, HardwareSession>();

/** Errors in hardware callbacks are printed on the current Host, like uncaught ones. */
function reportOnHost(text: string): void {
  moduleHost().writeStderr(text);
}

/** The session of a board, created on first use. */
export function sessionFor(hw: PicoHardware): HardwareSession {
  let s = sessions.get(hw);
  if (s === undefined) {
    s = new HardwareSession(hw, reportOnHost);
    sessions.set(hw, s);
  }
  return s;
}

/**
 * The session of the board the current Host is attached to. Without a board the hardware modules do not
 * exist, so importing one fails the way a missing module does.
 */
export function currentSession(moduleName: string): HardwareSession {
  const host = moduleHost();
  const hw = host.hardware;
  if (hw === null) return raiseImportError(`no module named '${moduleName}'`);
  return sessionFor(hw);
}

/** Runs the hardware callbacks waiting for the interpreter (call from the runtime's poll / Host.onPoll). */
export function runPendingHardwareCallbacks(hw: PicoHardware | null): void {
  if (hw === null) return;
  sessions.get(hw)?.scheduler.runPending();
}
