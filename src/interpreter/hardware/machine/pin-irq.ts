// Pin.irq(): edge interrupts on a pad, delivered as scheduled callbacks between statements (the `irq` object
// returned is MicroPython's mp_irq_type with flags() and trigger()).
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { callObject } from "../../runtime/protocol";
import type { HardwareSession } from "../session";
import { mpInt } from "../mp-args";
import { makeNativeType } from "../native-type";

/** GPIO_IRQ_EDGE_FALL / GPIO_IRQ_EDGE_RISE, the values of Pin.IRQ_FALLING / Pin.IRQ_RISING. */
export const IRQ_FALLING = 4;
export const IRQ_RISING = 8;

export const irqType = makeNativeType("irq");
irqType.isBaseType = false;

export class PyPinIrq extends PyObject {
  handler: PyValue = None;
  trigger = 0;
  hard = false;
  flags = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly session: HardwareSession, readonly pinId: number, readonly parent: PyValue) {
    super(irqType);
  }

  /** mp_hal_pin_interrupt: replaces the handler and trigger and (re)arms the edge detector. */
  configure(handler: PyValue, trigger: number, hard: boolean): void {
    this.detach();
    this.handler = handler;
    this.trigger = trigger;
    this.hard = hard;
    this.flags = 0;
    if (handler !== None && trigger !== 0) this.arm();
  }

  setTrigger(trigger: number): void {
    this.detach();
    this.flags = 0;
    this.trigger = trigger;
    this.arm();
  }

  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private arm(): void {
    this.unsubscribe = this.session.hw.gpio.onEdge(this.pinId, (level) => {
      const event = level === 1 ? IRQ_RISING : IRQ_FALLING;
      if ((event & this.trigger) === 0) return;
      this.flags = event;
      // Hard IRQs run at the next poll too: the simulator has no interrupt context to run them in.
      this.session.scheduler.schedule(this.handler, this.parent);
    });
  }
}

defineMethods(irqType, {
  flags: (self: PyPinIrq) => self.flags,
  trigger: builtinMethod("trigger", 0, 1, (self: PyPinIrq, value?: PyValue) => {
    if (value === undefined) return self.trigger;
    self.setTrigger(mpInt(value));
    return 0;
  }),
});
irqType.defineSlots({
  call: (self: PyPinIrq) => callObject(self.handler, [self.parent]),
});

/** The irq object of a pin on this board (one per pin, kept until soft reset). */
export function pinIrqOf(session: HardwareSession, pinId: number, parent: PyValue): PyPinIrq {
  const table = session.state("machine.pin-irq", (s) => {
    const irqs = new Map<number, PyPinIrq>();
    s.onSoftReset(() => irqs.forEach((irq) => irq.detach()));
    return irqs;
  });
  let irq = table.get(pinId);
  if (irq === undefined) {
    irq = new PyPinIrq(session, pinId, parent);
    table.set(pinId, irq);
  }
  return irq;
}
