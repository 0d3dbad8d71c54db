// One PIO block (PIO0 or PIO1, RP2040 datasheet 3.7): 32 instruction words, 4 state machines, 8 IRQ flags and the
// pads it drives. State machines run lazily on the virtual clock: before anything reads or changes the block it
// catches up to the current time, an alarm keeps running machines going, and stalled ones cost nothing.
import type { Alarm, VirtualClock } from "../clock";
import { GPIO_COUNT, GpioFunction, type GpioBank, type Level } from "../gpio";
import type { EdgeClock } from "../edge-clock";
import { PioStateMachine, RETRY, STALLED, type PioBlockPort } from "./state-machine";
import { EXECCTRL, FDEBUG, INTR_SM_LSB, NUM_PIO_STATE_MACHINES, PIO_INSTRUCTION_COUNT, SHIFTCTRL } from "./registers";

/** Running machines are caught up at least this often (µs of virtual time), so pins and IRQs keep up. */
const BATCH_US = 16;
// Module-level copies for the per-instruction path (imported bindings may be getters under some loaders).
const STALL = STALLED;
const RETRY_NEXT = RETRY;
const PADS_MASK = (1 << GPIO_COUNT) - 1;

export interface PioBlockOptions {
  index: 0 | 1;
  clock: VirtualClock;
  gpio: GpioBank;
  edgeClock: EdgeClock;
  sysClockHz: () => number;
  warn?: (message: string) => void;
}

export type PioInterruptListener = (intr: number) => void;

/** Where an RX DMA channel puts words: `ready()` is false once it has nowhere to put them. */
export interface PioRxSink {
  ready(): boolean;
  put(word: number): void;
}

export class PioBlock implements PioBlockPort {
  readonly index: 0 | 1;
  readonly instrMem = new Uint16Array(PIO_INSTRUCTION_COUNT);
  readonly sm: readonly PioStateMachine[];
  /** FDEBUG: sticky TXSTALL / TXOVER / RXUNDER / RXSTALL flags. */
  fdebug = 0;
  /** Instructions executed since power-on (emulation statistics). */
  instructionsExecuted = 0;
  private irq = 0;
  private padOut = 0;
  private padOe = 0;
  private inputs = 0;
  /** The block's time in sys clock cycles: the cycle being executed while syncing, else the last sync. */
  private nowCycles = 0;
  private baseUs = 0;
  private baseCycles = 0;
  private hz: number;
  private syncing = false;
  /** Counts machines woken: a machine running ahead of the others stops when it wakes one. */
  private wakeCount = 0;
  private alarm: Alarm | null = null;
  private alarmAtUs = -1;
  private readonly interruptListeners = new Set<PioInterruptListener>();
  private readonly warned = new Set<string>();

  constructor(private readonly options: PioBlockOptions) {
    this.index = options.index;
    this.hz = options.sysClockHz();
    this.sm = Array.from({ length: NUM_PIO_STATE_MACHINES }, (_, i) => new PioStateMachine(i, this));
    const gpio = options.gpio;
    gpio.attachPeripheral(options.index === 0 ? GpioFunction.PIO0 : GpioFunction.PIO1, (pin) => this.padOutput(pin));
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      if (gpio.read(pin)) this.inputs |= 1 << pin;
      gpio.onChange(pin, (level) => this.padChanged(pin, level));
    }
  }

  // ---------- registers (each access first catches up with the virtual clock) ----------

  /** INSTR_MEMx (write-only on the chip). */
  writeInstrMem(addr: number, instr: number): void {
    this.change(() => (this.instrMem[addr & 0x1f] = instr & 0xffff));
  }

  /** CTRL.SM_ENABLE for the machines in `mask`; an enabled machine runs from its next clock. */
  setEnabled(mask: number, enabled: boolean): void {
    this.change(() => {
      for (const sm of this.machines(mask)) {
        if (sm.enabled !== enabled && enabled) sm.nextTick = this.nowCycles + sm.period;
        sm.enabled = enabled;
      }
    });
  }

  isEnabled(sm: number): boolean {
    return this.sm[sm].enabled;
  }

  /** CTRL.SM_RESTART: also ends a delay the machine was in. */
  restart(mask: number): void {
    this.change(() => {
      for (const sm of this.machines(mask)) {
        sm.restart();
        sm.nextTick = Math.min(sm.nextTick, this.nowCycles + sm.period);
      }
    });
  }

  /** CTRL.CLKDIV_RESTART: the dividers start a fresh period now (machines restarted together run in lockstep). */
  clkdivRestart(mask: number): void {
    this.change(() => {
      for (const sm of this.machines(mask)) sm.nextTick = this.nowCycles + sm.period;
    });
  }

  writeClkdiv(sm: number, value: number): void {
    this.change(() => this.sm[sm].writeClkdiv(value));
  }
  writeExecctrl(sm: number, value: number): void {
    this.change(() => this.sm[sm].writeExecctrl(value));
  }
  writeShiftctrl(sm: number, value: number): void {
    this.change(() => this.sm[sm].writeShiftctrl(value));
  }
  writePinctrl(sm: number, value: number): void {
    this.change(() => this.sm[sm].writePinctrl(value));
  }
  /** SMx_CLKDIV / EXECCTRL / SHIFTCTRL / PINCTRL as read back. */
  readSmRegister(sm: number, name: "clkdiv" | "execctrl" | "shiftctrl" | "pinctrl"): number {
    this.catchUp();
    return this.sm[sm][name];
  }

  /** SMx_ADDR. */
  readAddr(sm: number): number {
    this.catchUp();
    return this.sm[sm].pc;
  }

  /** SMx_INSTR write: executes at once, even on a disabled machine. */
  exec(sm: number, instr: number): void {
    this.change(() => {
      this.sm[sm].forceExec(instr);
      this.instructionsExecuted++;
    });
  }

  /** TXFx write; false when the FIFO was full (the word is lost and FDEBUG.TXOVER set). */
  putTx(sm: number, value: number): boolean {
    let ok = false;
    this.change(() => {
      ok = this.sm[sm].txFifo.push(value >>> 0);
      if (!ok) this.setFdebug(FDEBUG.TXOVER_LSB, sm);
    });
    return ok;
  }

  /** RXFx read; undefined when the FIFO was empty (FDEBUG.RXUNDER set). */
  getRx(sm: number): number | undefined {
    let value: number | undefined;
    this.change(() => {
      value = this.sm[sm].rxFifo.pull();
      if (value === undefined) this.setFdebug(FDEBUG.RXUNDER_LSB, sm);
    });
    return value;
  }

  /** FLEVEL of one machine's FIFOs, and their depths (4, or 8 / 0 when joined). */
  fifoLevels(sm: number): { tx: number; rx: number; txDepth: number; rxDepth: number } {
    this.catchUp();
    const m = this.sm[sm];
    return { tx: m.txFifo.level, rx: m.rxFifo.level, txDepth: m.txFifo.capacity, rxDepth: m.rxFifo.capacity };
  }

  /** FDEBUG read; `clear` is written back (write 1 to clear). */
  readFdebug(): number {
    this.catchUp();
    return this.fdebug;
  }
  /** Writing 1s clears FDEBUG flags; a machine still stalled sets its flag again on its next cycle. */
  clearFdebug(mask: number): void {
    this.change(() => (this.fdebug = (this.fdebug & ~mask) >>> 0));
  }

  /** IRQ register read; writing 1s clears flags. */
  readIrq(): number {
    this.catchUp();
    return this.irq;
  }
  clearIrqFlags(mask: number): void {
    this.change(() => (this.irq = (this.irq & ~mask) & 0xff));
  }
  /** IRQ_FORCE. */
  forceIrqFlags(mask: number): void {
    this.change(() => {
      for (let i = 0; i < 8; i++) if (mask & (1 << i)) this.setIrq(i);
    });
  }

  /** Raw interrupts for the CPU: `listener` gets INTR bits as state machines raise IRQ flags 0..3. */
  onInterrupt(listener: PioInterruptListener): () => void {
    this.interruptListeners.add(listener);
    return () => this.interruptListeners.delete(listener);
  }

  /**
   * A DMA channel paced by state machine `sm`'s TX DREQ: `next` gives a word whenever the TX FIFO has room
   * (undefined: nothing more for now). Setting it again (or null) re-services the FIFO at once.
   */
  setTxDma(sm: number, next: (() => number | undefined) | null): void {
    this.change(() => {
      this.txDma[sm] = next;
      this.serviceDma(this.sm[sm]);
    });
  }

  /** A DMA channel paced by the RX DREQ: `sink.put` takes each word the FIFO receives while `sink.ready()`. */
  setRxDma(sm: number, sink: PioRxSink | null): void {
    this.change(() => {
      this.rxDma[sm] = sink;
      this.serviceDma(this.sm[sm]);
    });
  }

  private readonly txDma: ((() => number | undefined) | null)[] = [null, null, null, null];
  private readonly rxDma: (PioRxSink | null)[] = [null, null, null, null];

  /** Moves words between the FIFOs and their DMA channels, as the DREQs would. */
  private serviceDma(sm: PioStateMachine): void {
    const tx = this.txDma[sm.index];
    while (tx !== null && !sm.txFifo.full) {
      const word = tx();
      if (word === undefined) break;
      sm.txFifo.push(word >>> 0);
    }
    const rx = this.rxDma[sm.index];
    while (rx !== null && !sm.rxFifo.empty && rx.ready()) rx.put(sm.rxFifo.pull()!);
  }

  /** How long a CPU waiting on `sm`'s FIFOs should let time pass before looking again, in µs. */
  waitHintUs(sm: number): number {
    this.catchUp();
    // A stalled machine moves when another one (or the outside) wakes it: pace the wait by the fastest runner.
    const m = this.sm[sm];
    let period = m.enabled && !m.blocked ? m.period : Infinity;
    for (const other of this.sm) if (other.enabled && !other.blocked && other.period < period) period = other.period;
    if (period === Infinity) return 1000;
    return Math.min(1000, Math.max(1, Math.ceil((period * 32 * 1e6) / this.hz)));
  }

  /** The level and output enable this block gives a pad whose function is PIO0/PIO1. */
  padOutput(pin: number): { level: Level; enabled: boolean } {
    // One result object, reused: the GPIO bank reads it at once, and pads change millions of times a second.
    const r = this.padResult;
    r.level = ((this.padOut >>> pin) & 1) as Level;
    r.enabled = ((this.padOe >>> pin) & 1) === 1;
    return r;
  }
  private readonly padResult: { level: Level; enabled: boolean } = { level: 0, enabled: false };

  // ---------- PioBlockPort: what the state machines use ----------

  irqFlags(): number {
    return this.irq;
  }

  setIrq(index: number): void {
    const bit = 1 << index;
    if (this.irq & bit) return;
    this.irq |= bit;
    this.wakeAll();
    if (index < 4) for (const listener of this.interruptListeners) listener(1 << (INTR_SM_LSB + index));
  }

  clearIrq(index: number): void {
    if ((this.irq & (1 << index)) === 0) return;
    this.irq &= ~(1 << index);
    this.wakeAll();
  }

  inputPins(): number {
    return this.inputs;
  }

  writePads(values: number, mask: number, pindirs: boolean): void {
    const old = pindirs ? this.padOe : this.padOut;
    const next = ((old & ~mask) | (values & mask)) >>> 0;
    if (next === old) return;
    if (pindirs) this.padOe = next;
    else this.padOut = next;
    let changed = (old ^ next) & PADS_MASK;
    if (changed === 0) return;
    const gpio = this.options.gpio;
    const edges = this.options.edgeClock;
    const outer = edges.stamp(this.usAt(this.nowCycles) * 1000);
    try {
      while (changed !== 0) {
        const pin = 31 - Math.clz32(changed & -changed);
        changed &= changed - 1;
        gpio.refresh(pin);
      }
    } finally {
      edges.unstamp(outer);
    }
  }

  setFdebug(lsb: number, sm: number): void {
    this.fdebug |= 1 << (lsb + sm);
  }

  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    (this.options.warn ?? ((m: string) => console.warn(m)))(`PIO${this.index}: ${message}`);
  }

  // ---------- time ----------

  /** Runs the machines up to the current virtual time. */
  catchUp(): void {
    this.sync(this.cyclesAt(this.options.clock.nowUs));
    this.schedule();
  }

  /** Catches up, applies a change made "now", then wakes stalled machines to re-evaluate it. */
  private change(apply: () => void): void {
    this.sync(this.cyclesAt(this.options.clock.nowUs));
    apply();
    this.wakeAll();
    this.schedule();
  }

  private cyclesAt(us: number): number {
    const hz = this.options.sysClockHz();
    if (hz !== this.hz) {
      // clk_sys changed: count cycles at the new rate from now on.
      this.baseCycles += ((us - this.baseUs) * this.hz) / 1e6;
      this.baseUs = us;
      this.hz = hz;
    }
    return this.baseCycles + ((us - this.baseUs) * hz) / 1e6;
  }

  private usAt(cycles: number): number {
    return this.baseUs + ((cycles - this.baseCycles) * 1e6) / this.hz;
  }

  /** Executes every instruction due up to `target` (sys cycles), machines interleaved in time order. */
  private sync(target: number): void {
    if (this.syncing || target <= this.nowCycles) return;
    this.syncing = true;
    try {
      for (const sm of this.sm) if (sm.enabled && !sm.blocked && this.isIdleLoop(sm)) sm.blocked = true;
      for (;;) {
        const sm = this.nextMachine(target);
        if (sm === null) break;
        this.runMachine(sm, Math.min(target, this.otherMachinesNext(sm)));
      }
      this.nowCycles = target;
    } finally {
      this.syncing = false;
    }
  }

  /**
   * Runs one machine up to `until` (where another machine is due, or the target), or until it stalls or wakes
   * others: the common case of a single running machine costs one tight loop.
   */
  private runMachine(sm: PioStateMachine, until: number): void {
    const wakes = this.wakeCount;
    let executed = 0;
    do {
      this.nowCycles = sm.nextTick;
      const pc = sm.pc;
      const result = sm.step();
      executed++;
      if (result === STALL) {
        sm.blocked = true;
        break;
      }
      sm.nextTick += (result === RETRY_NEXT ? 1 : result) * sm.period;
      if (this.txDma[sm.index] !== null || this.rxDma[sm.index] !== null) this.serviceDma(sm);
      if (sm.pc === pc && sm.nextTick <= until) executed += sm.skipDelayLoop(until);
    } while (sm.nextTick <= until && this.wakeCount === wakes && sm.enabled);
    this.instructionsExecuted += executed;
  }

  /** The earliest next instruction of the other running machines. */
  private otherMachinesNext(sm: PioStateMachine): number {
    let next = Infinity;
    for (const other of this.sm) if (other !== sm && other.enabled && !other.blocked && other.nextTick < next) next = other.nextTick;
    // Ties go to the lower-numbered machine first, as the block evaluates them in order.
    return next;
  }

  private nextMachine(target: number): PioStateMachine | null {
    let best: PioStateMachine | null = null;
    for (const sm of this.sm) {
      if (!sm.enabled || sm.blocked || sm.nextTick > target) continue;
      if (best === null || sm.nextTick < best.nextTick) best = sm;
    }
    return best;
  }

  /** Lets stalled machines try again on their first clock after now. */
  private wakeAll(): void {
    for (const sm of this.sm) {
      if (!sm.blocked || (sm.enabled && this.isIdleLoop(sm))) continue;
      sm.blocked = false;
      this.wakeCount++;
      if (sm.nextTick <= this.nowCycles) sm.nextTick += (Math.floor((this.nowCycles - sm.nextTick) / sm.period) + 1) * sm.period;
    }
  }

  /** Keeps an alarm at the next instruction of a running machine (batched when they come faster than BATCH_US). */
  private schedule(): void {
    let next = Infinity;
    for (const sm of this.sm) if (sm.enabled && !sm.blocked && sm.nextTick < next) next = sm.nextTick;
    const clock = this.options.clock;
    if (next === Infinity) {
      this.alarm?.cancel();
      this.alarm = null;
      return;
    }
    const atUs = Math.max(Math.ceil(this.usAt(next)), Math.ceil(clock.nowUs) + BATCH_US);
    // An alarm already due no later than needed will do: it catches up and sets the next one itself.
    if (this.alarm !== null && this.alarmAtUs <= atUs && this.alarmAtUs > clock.nowUs) return;
    this.alarm?.cancel();
    this.alarmAtUs = atUs;
    this.alarm = clock.at(atUs, () => {
      this.alarm = null;
      this.catchUp();
    });
  }

  /**
   * A machine circling through NOPs and unconditional jumps without side-set (an idle program) changes nothing
   * until someone writes to it, so it is parked like a stalled one instead of burning host time.
   */
  private isIdleLoop(sm: PioStateMachine): boolean {
    if (sm.execPending >= 0) return false;
    if (sm.shiftctrl & SHIFTCTRL.AUTOPULL && !sm.txFifo.empty) return false;
    const sideCount = sm.pinctrl >>> 29;
    const sideEn = (sm.execctrl & EXECCTRL.SIDE_EN) !== 0;
    const wrapTop = (sm.execctrl >>> EXECCTRL.WRAP_TOP_LSB) & 0x1f;
    const wrapBottom = (sm.execctrl >>> EXECCTRL.WRAP_BOTTOM_LSB) & 0x1f;
    let seen = 0;
    let pc = sm.pc;
    while ((seen & (1 << pc)) === 0) {
      seen |= 1 << pc;
      const instr = this.instrMem[pc];
      const side = (instr >>> 8) & 0x1f;
      if (sideCount > 0 && (!sideEn || side & 0x10)) return false;
      const masked = instr & 0xe0ff;
      if (masked === 0xa042 || masked === 0xa021) pc = pc === wrapTop ? wrapBottom : (pc + 1) & 0x1f; // mov y,y / x,x
      else if ((instr & 0xe0e0) === 0) pc = instr & 0x1f; // jmp always
      else return false;
    }
    return true;
  }

  private padChanged(pin: number, level: Level): void {
    const idle = !this.sm[0].enabled && !this.sm[1].enabled && !this.sm[2].enabled && !this.sm[3].enabled;
    // Instructions before the edge saw the old level: catch up first, then let waiting machines look again.
    if (!this.syncing && !idle) this.sync(this.cyclesAt(this.options.clock.nowUs));
    if (level) this.inputs |= 1 << pin;
    else this.inputs &= ~(1 << pin);
    if (idle) return;
    this.wakeAll();
    if (!this.syncing) this.schedule();
  }

  private *machines(mask: number): Generator<PioStateMachine> {
    for (const sm of this.sm) if (mask & (1 << sm.index)) yield sm;
  }
}
