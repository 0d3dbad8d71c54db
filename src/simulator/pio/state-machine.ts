// One PIO state machine (RP2040 datasheet 3.4, 3.5): its registers, shift registers and FIFOs, and the execution
// of one instruction per clock. The PIO block decides when it runs; this file decides what each cycle does.
import { PioFifo } from "./fifo";
import {
  CLKDIV_FRAC_LSB, CLKDIV_INT_LSB, EXECCTRL, EXECCTRL_RESET, FDEBUG, FIFO_DEPTH, PINCTRL, PINCTRL_RESET,
  SHIFTCTRL, SHIFTCTRL_RESET, bitReverse as bitReverseImpl, field5, pinMask as pinMaskImpl, rotl32 as rotl32Impl,
  rotr32 as rotr32Impl,
} from "./registers";

// Module-level copies: the per-instruction path touches no imported binding (a bundler or loader may turn those
// into getter calls, which cost more than the instruction itself).
const rotl32 = rotl32Impl;
const rotr32 = rotr32Impl;
const pinMask = pinMaskImpl;
const bitReverse = bitReverseImpl;
const OP_JMP = 0;
const OP_WAIT = 1;
const OP_IN = 2;
const OP_OUT = 3;
const OP_PUSH_PULL = 4;
const OP_MOV = 5;
const OP_IRQ = 6;
const TXSTALL_LSB = FDEBUG.TXSTALL_LSB;
const RXSTALL_LSB = FDEBUG.RXSTALL_LSB;

/** What a state machine needs from its PIO block: shared instruction memory, IRQ flags, pins and debug flags. */
export interface PioBlockPort {
  readonly instrMem: Uint16Array;
  irqFlags(): number;
  setIrq(index: number): void;
  clearIrq(index: number): void;
  /** The GPIO input levels as the PIO samples them (bit n = GPIOn). */
  inputPins(): number;
  /** Writes pad output values (`pindirs` false) or output enables (true) for the pins in `mask`. */
  writePads(values: number, mask: number, pindirs: boolean): void;
  setFdebug(lsb: number, sm: number): void;
  warn(message: string): void;
}

/** `step` results besides a cycle count: the instruction stalls until something outside changes. */
export const STALLED = 0;
/** The instruction did not complete but will be retried on the next cycle (an autopull refill on an OUT). */
export const RETRY = -1;

export class PioStateMachine {
  // Registers as the CPU writes them, and their fields decoded once per write.
  clkdiv = 1 << CLKDIV_INT_LSB;
  execctrl = EXECCTRL_RESET;
  shiftctrl = SHIFTCTRL_RESET;
  pinctrl = PINCTRL_RESET;
  /** Sys clock cycles per state machine cycle (CLKDIV INT + FRAC/256). */
  period = 1;
  // The registers' fields, decoded when they are written.
  private wrapTop = 31;
  private wrapBottom = 0;
  private sideCount = 0;
  private sideEn = false;
  private sidePindir = false;
  private jmpPin = 0;
  private statusSel = false;
  private statusN = 0;
  private autopush = false;
  private autopull = false;
  private inShiftRight = true;
  private outShiftRight = true;
  private pushThresh = 32;
  private pullThresh = 32;
  private outBase = 0;
  private outCount = 0;
  private setBase = 0;
  private setCount = 5;
  private sidesetBase = 0;
  private inBase = 0;

  // Internal state.
  pc = 0;
  x = 0;
  y = 0;
  isr = 0;
  isrCount = 0;
  osr = 0;
  /** Output shift count: 32 means empty (everything shifted out), 0 full. */
  osrCount = 32;
  readonly txFifo = new PioFifo(FIFO_DEPTH);
  readonly rxFifo = new PioFifo(FIFO_DEPTH);
  /** An instruction from SMx_INSTR, OUT EXEC or MOV EXEC that runs on the next cycle (or stalled there), or -1. */
  execPending = -1;
  /** IRQ WAIT has set its flag and waits for it to clear. */
  private irqWaiting = false;

  // Scheduling, managed by the PIO block.
  enabled = false;
  /** The sys clock cycle (fractional) of this machine's next instruction. */
  nextTick = 0;
  /** Stalled on something only another party can change (FIFO, IRQ flag, pin): not run until woken. */
  blocked = false;

  constructor(readonly index: number, private readonly block: PioBlockPort) {}

  // ---------- registers ----------

  writeClkdiv(value: number): void {
    this.clkdiv = value & 0xffffff00;
    const int = value >>> CLKDIV_INT_LSB;
    this.period = (int === 0 ? 65536 : int) + ((value >>> CLKDIV_FRAC_LSB) & 0xff) / 256;
  }

  writeExecctrl(value: number): void {
    // EXEC_STALLED is read-only.
    this.execctrl = ((value & 0x7fffffff) | (this.execctrl & EXECCTRL.EXEC_STALLED)) >>> 0;
    if (value & EXECCTRL.INLINE_OUT_EN) this.block.warn("PIO EXECCTRL.INLINE_OUT_EN is not simulated");
    this.wrapTop = field5(value, EXECCTRL.WRAP_TOP_LSB);
    this.wrapBottom = field5(value, EXECCTRL.WRAP_BOTTOM_LSB);
    this.sideEn = (value & EXECCTRL.SIDE_EN) !== 0;
    this.sidePindir = (value & EXECCTRL.SIDE_PINDIR) !== 0;
    this.jmpPin = field5(value, EXECCTRL.JMP_PIN_LSB);
    this.statusSel = (value & EXECCTRL.STATUS_SEL) !== 0;
    this.statusN = value & EXECCTRL.STATUS_N_BITS;
  }

  writeShiftctrl(value: number): void {
    const joinChanged = ((value ^ this.shiftctrl) & (SHIFTCTRL.FJOIN_RX | SHIFTCTRL.FJOIN_TX)) !== 0;
    this.shiftctrl = value >>> 0;
    this.autopush = (value & SHIFTCTRL.AUTOPUSH) !== 0;
    this.autopull = (value & SHIFTCTRL.AUTOPULL) !== 0;
    this.inShiftRight = (value & SHIFTCTRL.IN_SHIFTDIR) !== 0;
    this.outShiftRight = (value & SHIFTCTRL.OUT_SHIFTDIR) !== 0;
    this.pushThresh = field5(value, SHIFTCTRL.PUSH_THRESH_LSB) || 32;
    this.pullThresh = field5(value, SHIFTCTRL.PULL_THRESH_LSB) || 32;
    if (joinChanged) {
      // Changing FJOIN discards both FIFOs' contents (datasheet 3.5.3).
      const tx = value & SHIFTCTRL.FJOIN_TX ? 8 : value & SHIFTCTRL.FJOIN_RX ? 0 : 4;
      const rx = value & SHIFTCTRL.FJOIN_RX ? 8 : value & SHIFTCTRL.FJOIN_TX ? 0 : 4;
      this.txFifo.resize(tx);
      this.rxFifo.resize(rx);
    }
  }

  writePinctrl(value: number): void {
    this.pinctrl = value >>> 0;
    this.outBase = field5(value, PINCTRL.OUT_BASE_LSB);
    this.outCount = (value >>> PINCTRL.OUT_COUNT_LSB) & 0x3f;
    this.setBase = field5(value, PINCTRL.SET_BASE_LSB);
    this.setCount = (value >>> PINCTRL.SET_COUNT_LSB) & 7;
    this.sidesetBase = field5(value, PINCTRL.SIDESET_BASE_LSB);
    this.sideCount = value >>> PINCTRL.SIDESET_COUNT_LSB;
    this.inBase = field5(value, PINCTRL.IN_BASE_LSB);
  }

  get execStalled(): boolean {
    return (this.execctrl & EXECCTRL.EXEC_STALLED) !== 0;
  }


  /** CTRL.SM_RESTART: clears shift counters and ISR, the delay, IRQ waits and a stalled EXEC (not PC, X, Y, FIFOs). */
  restart(): void {
    this.isr = 0;
    this.isrCount = 0;
    this.osrCount = 32;
    this.irqWaiting = false;
    this.setExecPending(-1, false);
  }

  /** SMx_INSTR: runs `instr` at once, even while disabled; a stalling instruction stays pending (EXEC_STALLED). */
  forceExec(instr: number): void {
    this.execPending = -1;
    const result = this.execute(instr & 0xffff, true);
    if (result === STALLED || result === RETRY) this.setExecPending(instr & 0xffff, true);
    // Its delay is not applied: a forced instruction is not part of the program's timing.
  }

  /** The instruction for the next cycle; `stalled` sets EXECCTRL.EXEC_STALLED (read by pio_sm_exec_wait_blocking). */
  private setExecPending(instr: number, stalled: boolean): void {
    this.execPending = instr;
    if (stalled) this.execctrl = (this.execctrl | EXECCTRL.EXEC_STALLED) >>> 0;
    else this.execctrl = (this.execctrl & ~EXECCTRL.EXEC_STALLED) >>> 0;
  }

  // ---------- one cycle ----------

  /** Runs one cycle: returns the cycles the instruction takes (1 + delay), STALLED or RETRY. */
  step(): number {
    const pending = this.execPending;
    if (pending < 0) {
      const result = this.execute(this.block.instrMem[this.pc], false);
      // OUT EXEC / MOV EXEC: the executee runs next cycle with its own delay; the OUT's or MOV's is ignored.
      return this.execPending >= 0 && result > 0 ? 1 : result;
    }
    this.execPending = -1;
    const result = this.execute(pending, true);
    if (result === STALLED || result === RETRY) this.setExecPending(pending, true);
    else if (this.execPending < 0) this.setExecPending(-1, false);
    return result;
  }

  /**
   * Fast-forwards a delay loop: a `jmp x-- self` (or y--) that just jumped to itself takes its remaining turns up to
   * sys cycle `until` at once, exactly as stepping would (X/Y count down, time moves on, side-set repeats its value).
   * Returns the number of turns taken.
   */
  skipDelayLoop(until: number): number {
    if (this.execPending >= 0) return 0;
    const instr = this.block.instrMem[this.pc];
    if ((instr & 0xe01f) !== this.pc) return 0; // a JMP to itself
    const cond = (instr >>> 5) & 7;
    if (cond !== 2 && cond !== 4) return 0;
    if (this.autopull && this.osrCount >= this.pullThresh && !this.txFifo.empty) return 0; // a refill is due
    const counter = cond === 2 ? this.x : this.y;
    const cycles = (1 + (((instr >>> 8) & 0x1f) & ((1 << Math.max(0, 5 - this.sideCount)) - 1))) * this.period;
    const due = Math.floor((until - this.nextTick) / cycles) + 1;
    const turns = Math.min(counter, due);
    if (turns <= 0) return 0;
    if (cond === 2) this.x = counter - turns;
    else this.y = counter - turns;
    this.nextTick += turns * cycles;
    return turns;
  }

  /** Executes one instruction; `exec` instructions (SMx_INSTR, OUT/MOV EXEC) leave the PC where it is. */
  private execute(instr: number, exec: boolean): number {
    const op = instr >>> 13;
    if (op !== OP_OUT) this.autopullRefill();
    let pcWritten = false;
    let outcome = 1;
    switch (op) {
      case OP_JMP:
        if (this.jmpCondition((instr >>> 5) & 7)) {
          this.pc = instr & 0x1f;
          pcWritten = true;
        }
        break;
      case OP_WAIT:
        outcome = this.wait(instr);
        break;
      case OP_IN:
        outcome = this.in(instr);
        break;
      case OP_OUT:
        outcome = this.out(instr);
        pcWritten = ((instr >>> 5) & 7) === 5;
        break;
      case OP_PUSH_PULL:
        outcome = instr & 0x80 ? this.pull(instr) : this.push(instr);
        break;
      case OP_MOV:
        pcWritten = this.mov(instr);
        break;
      case OP_IRQ:
        outcome = this.irq(instr);
        break;
      default:
        this.set(instr);
    }
    const delay = this.applySideSet(instr);
    if (outcome !== 1) return outcome;
    if (!pcWritten && !exec) this.advancePc();
    return 1 + delay;
  }

  private advancePc(): void {
    this.pc = this.pc === this.wrapTop ? this.wrapBottom : (this.pc + 1) & 0x1f;
  }

  /** Side-set (applied even while the instruction stalls) and the delay left in the Delay/side-set field. */
  private applySideSet(instr: number): number {
    const field = (instr >>> 8) & 0x1f;
    const count = this.sideCount;
    if (count === 0) return field;
    const delayBits = Math.max(0, 5 - count);
    const delay = field & ((1 << delayBits) - 1);
    let side = field >>> delayBits;
    let pins = count;
    if (this.sideEn) {
      pins = count - 1;
      if ((side & (1 << pins)) === 0) return delay;
      side &= (1 << pins) - 1;
    }
    const base = this.sidesetBase;
    this.block.writePads(rotl32(side, base), pinMask(base, pins), this.sidePindir);
    return delay;
  }

  // ---------- instructions ----------

  private jmpCondition(cond: number): boolean {
    switch (cond) {
      case 0: return true;
      case 1: return this.x === 0;
      case 2: {
        const old = this.x; // X--: taken when X was non-zero; X decrements either way
        this.x = (old - 1) >>> 0;
        return old !== 0;
      }
      case 3: return this.y === 0;
      case 4: {
        const old = this.y;
        this.y = (old - 1) >>> 0;
        return old !== 0;
      }
      case 5: return this.x !== this.y;
      case 6: return ((this.block.inputPins() >>> this.jmpPin) & 1) === 1;
      default: return this.osrCount < this.pullThresh; // !OSRE
    }
  }

  private wait(instr: number): number {
    const polarity = (instr >>> 7) & 1;
    const index = instr & 0x1f;
    switch ((instr >>> 5) & 3) {
      case 0: // GPIO: an absolute pin
        return ((this.block.inputPins() >>> index) & 1) === polarity ? 1 : STALLED;
      case 1: // PIN: relative to IN_BASE
        return ((rotr32(this.block.inputPins(), this.inBase) >>> index) & 1) === polarity ? 1 : STALLED;
      case 2: {
        const flag = this.irqIndex(index);
        if (((this.block.irqFlags() >>> flag) & 1) !== polarity) return STALLED;
        if (polarity === 1) this.block.clearIrq(flag); // a wait for 1 acknowledges the flag
        return 1;
      }
      default:
        this.block.warn("PIO WAIT with a reserved source");
        return 1;
    }
  }

  private in(instr: number): number {
    const n = instr & 0x1f || 32;
    const autopush = this.autopush;
    if (autopush && this.rxFifo.full && Math.min(32, this.isrCount + n) >= this.pushThresh) {
      this.block.setFdebug(RXSTALL_LSB, this.index);
      return STALLED;
    }
    const value = this.source((instr >>> 5) & 7, false);
    const data = n === 32 ? value : value & ((1 << n) - 1);
    if (this.inShiftRight) this.isr = n === 32 ? data : ((this.isr >>> n) | (data << (32 - n))) >>> 0;
    else this.isr = n === 32 ? data : ((this.isr << n) | data) >>> 0;
    this.isrCount = Math.min(32, this.isrCount + n);
    if (autopush && this.isrCount >= this.pushThresh) {
      this.rxFifo.push(this.isr);
      this.isr = 0;
      this.isrCount = 0;
    }
    return 1;
  }

  private out(instr: number): number {
    const n = instr & 0x1f || 32;
    const autopull = this.autopull;
    if (autopull && this.osrCount >= this.pullThresh) {
      // An empty OSR cannot be refilled and shifted out on the same cycle (datasheet 3.5.4.2).
      const word = this.txFifo.pull();
      if (word === undefined) {
        this.block.setFdebug(TXSTALL_LSB, this.index);
        return STALLED;
      }
      this.osr = word;
      this.osrCount = 0;
      return RETRY;
    }
    let data: number;
    if (this.outShiftRight) {
      data = n === 32 ? this.osr : this.osr & ((1 << n) - 1);
      this.osr = n === 32 ? 0 : this.osr >>> n;
    } else {
      data = n === 32 ? this.osr : this.osr >>> (32 - n);
      this.osr = n === 32 ? 0 : (this.osr << n) >>> 0;
    }
    this.osrCount = Math.min(32, this.osrCount + n);
    this.outDestination((instr >>> 5) & 7, data >>> 0, n);
    if (autopull && this.osrCount >= this.pullThresh) this.autopullRefill();
    return 1;
  }

  private outDestination(dest: number, data: number, n: number): void {
    switch (dest) {
      case 0: this.writeOutPins(data, false); break;
      case 1: this.x = data; break;
      case 2: this.y = data; break;
      case 3: break; // NULL
      case 4: this.writeOutPins(data, true); break;
      case 5: this.pc = data & 0x1f; break;
      case 6:
        this.isr = data;
        this.isrCount = n;
        break;
      default: this.execPending = data & 0xffff; // EXEC: runs on the next cycle
    }
  }

  /** On cycles that are not OUTs, autopull refills an empty OSR as soon as the TX FIFO has data. */
  private autopullRefill(): void {
    if (!this.autopull || this.osrCount < this.pullThresh) return;
    const word = this.txFifo.pull();
    if (word === undefined) return;
    this.osr = word;
    this.osrCount = 0;
  }

  private push(instr: number): number {
    if (instr & 0x40 && this.isrCount < this.pushThresh) return 1; // IfFull
    if (this.rxFifo.full) {
      this.block.setFdebug(RXSTALL_LSB, this.index);
      if (instr & 0x20) return STALLED;
    } else {
      this.rxFifo.push(this.isr);
    }
    this.isr = 0;
    this.isrCount = 0;
    return 1;
  }

  private pull(instr: number): number {
    if (instr & 0x40 && this.osrCount < this.pullThresh) return 1; // IfEmpty
    // With autopull, a PULL on an OSR that still holds data is a no-op: it acts as a barrier.
    if (this.autopull && this.osrCount < this.pullThresh) return 1;
    const word = this.txFifo.pull();
    if (word === undefined) {
      if (instr & 0x20) {
        this.block.setFdebug(TXSTALL_LSB, this.index);
        return STALLED;
      }
      this.osr = this.x; // a non-blocking PULL on an empty FIFO is MOV OSR, X
    } else {
      this.osr = word;
    }
    this.osrCount = 0;
    return 1;
  }

  /** MOV; returns true when it wrote the PC. */
  private mov(instr: number): boolean {
    let value = this.source(instr & 7, true);
    switch ((instr >>> 3) & 3) {
      case 1: value = ~value >>> 0; break;
      case 2: value = bitReverse(value); break;
      case 3: this.block.warn("PIO MOV with the reserved operation 3");
    }
    switch ((instr >>> 5) & 7) {
      case 0: this.writeOutPins(value, false); break;
      case 1: this.x = value; break;
      case 2: this.y = value; break;
      case 3: this.block.warn("PIO MOV to a reserved destination"); break;
      case 4: this.execPending = value & 0xffff; break; // EXEC: runs on the next cycle
      case 5: this.pc = value & 0x1f; return true;
      case 6:
        this.isr = value;
        this.isrCount = 0;
        break;
      default:
        this.osr = value;
        this.osrCount = 0;
    }
    return false;
  }

  private irq(instr: number): number {
    const flag = this.irqIndex(instr & 0x1f);
    if (instr & 0x40) {
      this.block.clearIrq(flag);
      return 1;
    }
    if (!this.irqWaiting) {
      this.block.setIrq(flag);
      if ((instr & 0x20) === 0) return 1;
      this.irqWaiting = true;
    }
    if ((this.block.irqFlags() >>> flag) & 1) return STALLED;
    this.irqWaiting = false;
    return 1;
  }

  private set(instr: number): void {
    const data = instr & 0x1f;
    switch ((instr >>> 5) & 7) {
      case 0: this.writeSetPins(data, false); break;
      case 1: this.x = data; break;
      case 2: this.y = data; break;
      case 4: this.writeSetPins(data, true); break;
      default: this.block.warn("PIO SET to a reserved destination");
    }
  }

  // ---------- sources and pins ----------

  /** IN and MOV sources; STATUS (5) only for MOV. */
  private source(src: number, forMov: boolean): number {
    switch (src) {
      case 0: return rotr32(this.block.inputPins(), this.inBase);
      case 1: return this.x;
      case 2: return this.y;
      case 3: return 0;
      case 5: if (forMov) return this.status(); break;
      case 6: return this.isr;
      case 7: return this.osr;
    }
    this.block.warn(`PIO ${forMov ? "MOV" : "IN"} from a reserved source`);
    return 0;
  }

  /** MOV STATUS: all ones when the selected FIFO's level is below STATUS_N (EXECCTRL.STATUS_SEL, STATUS_N). */
  private status(): number {
    const level = this.statusSel ? this.rxFifo.level : this.txFifo.level;
    return level < this.statusN ? 0xffffffff : 0;
  }

  private writeOutPins(data: number, pindirs: boolean): void {
    this.block.writePads(rotl32(data, this.outBase), pinMask(this.outBase, this.outCount), pindirs);
  }

  private writeSetPins(data: number, pindirs: boolean): void {
    this.block.writePads(rotl32(data, this.setBase), pinMask(this.setBase, this.setCount), pindirs);
  }

  /** IRQ index with the REL bit: the low two bits add the state machine number, modulo 4. */
  private irqIndex(index: number): number {
    return index & 0x10 ? (index & 4) | ((index + this.index) & 3) : index & 7;
  }
}
