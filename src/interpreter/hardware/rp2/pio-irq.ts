// PIO.irq() and StateMachine.irq(): the PIO's IRQ0 line as MicroPython's rp2 port handles it (pio_irq0 in
// rp2_pio.c): acknowledge the enabled flags, then schedule the PIO's and the state machines' handlers.
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import type { HardwareSession } from "../session";
import { irqType } from "../machine/pin-irq";

/** INTR bit of state machine n's IRQ flag (PIO.IRQ_SM0 = 0x100). */
export const IRQ_SM0 = 0x100;

/** An `irq` object (mp_irq_type, shared with Pin.irq): handler, trigger mask and the flags of the last event. */
export class PioIrq extends PyObject {
  handler: PyValue = None;
  hard = false;
  flags = 0;

  constructor(readonly parent: PyValue, public trigger: number) {
    super(irqType);
  }

  /** irq.trigger(new): as rp2_pio_irq_trigger, the flags are cleared too. */
  setTrigger(trigger: number): void {
    this.flags = 0;
    this.trigger = trigger;
  }
}

/** One PIO block's interrupt wiring: IRQ0_INTE and the irq objects of the block and its state machines. */
export class PioInterrupts {
  /** IRQ0_INTE. */
  inte0 = 0;
  pioIrq: PioIrq | null = null;
  readonly smIrqs: (PioIrq | null)[] = [null, null, null, null];
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly session: HardwareSession, private readonly pio: number) {}

  /** Listens on the block's interrupt line from the first handler on (irq_set_exclusive_handler). */
  enable(): void {
    if (this.unsubscribe !== null) return;
    this.unsubscribe = this.session.hw.pio[this.pio].onInterrupt((intr) => this.interrupt(intr));
  }

  disable(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.inte0 = 0;
  }

  /** pio_irq0: a state machine raised an IRQ flag. */
  private interrupt(intr: number): void {
    const ints = intr & this.inte0;
    if (ints === 0) return;
    this.session.hw.pio[this.pio].clearIrq(ints >>> 8); // acknowledge, as the handler's first action
    const scheduler = this.session.scheduler;
    const pioIrq = this.pioIrq;
    if (pioIrq !== null && (ints & pioIrq.trigger) !== 0) {
      pioIrq.flags = ints & pioIrq.trigger;
      if (pioIrq.handler !== None) scheduler.schedule(pioIrq.handler, pioIrq.parent);
    }
    this.smIrqs.forEach((irq, i) => {
      if (irq === null || ((ints >>> (8 + i)) & irq.trigger) === 0) return;
      irq.flags = 1;
      if (irq.handler !== None) scheduler.schedule(irq.handler, irq.parent);
    });
  }
}
