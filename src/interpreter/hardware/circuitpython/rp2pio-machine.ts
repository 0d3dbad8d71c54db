// CircuitPython's rp2pio common-hal: a state machine placed on whichever PIO has room (sharing a loaded program),
// its pins reference-counted across state machines, its divider and the reset of everything at reload
// (ports/raspberrypi/common-hal/rp2pio/StateMachine.c).
import { raiseValueError } from "../../runtime/errors";
import { NUM_BANK0_GPIOS } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { PioSdk, PIO_SM, defaultSmConfig, withField, type PioSmConfig } from "../rp2/pio-sdk";
import { resetPin } from "./context";

/** Everything rp2pio_statemachine_construct takes (pins as GPIO numbers, null when not used). */
export interface ConstructParams {
  program: readonly number[];
  /** Identifies the program's buffer: state machines given the same buffer share one copy in PIO memory. */
  programId: number;
  frequency: number;
  init: readonly number[];
  firstOutPin: number | null;
  outPinCount: number;
  firstInPin: number | null;
  inPinCount: number;
  pullUp: number;
  pullDown: number;
  firstSetPin: number | null;
  setPinCount: number;
  firstSidesetPin: number | null;
  sidesetPinCount: number;
  sidesetPindirs: boolean;
  initialPinState: number;
  initialPinDirection: number;
  jmpPin: number | null;
  pinsWeUse: number;
  txFifo: boolean;
  rxFifo: boolean;
  autoPull: boolean;
  pullThreshold: number;
  outShiftRight: boolean;
  waitForTxstall: boolean;
  autoPush: boolean;
  pushThreshold: number;
  inShiftRight: boolean;
  claimPins: boolean;
  sidesetEnable: boolean;
  wrapTarget: number;
  wrap: number;
  offset: number;
  /** -1 auto, else PIO_FIFO_JOIN_NONE/TX/RX (0/1/2). */
  fifoType: number;
  movStatusType: number;
  movStatusN: number;
}

/** What the firmware tracks per PIO block and state machine (the static arrays of StateMachine.c). */
interface Rp2pioBoardState {
  sdk: PioSdk;
  pinRefs: number[];
  programId: number[][];
  programOffset: number[][];
  programLength: number[][];
  pioPins: number[];
  smPins: number[][];
}

const FIFO_JOIN_AUTO = -1;

export function rp2pioState(session: HardwareSession): Rp2pioBoardState {
  return session.state("rp2pio", (s) => {
    const grid = () => [[0, 0, 0, 0], [0, 0, 0, 0]];
    const state: Rp2pioBoardState = {
      sdk: new PioSdk(s),
      pinRefs: new Array(NUM_BANK0_GPIOS).fill(0),
      programId: grid(),
      programOffset: grid(),
      programLength: grid(),
      pioPins: [0, 0],
      smPins: grid(),
    };
    // reset_rp2pio_statemachine: a reload stops every state machine and frees its program and pins.
    s.onSoftReset(() => {
      for (let pio = 0; pio < 2; pio++) for (let sm = 0; sm < 4; sm++) resetStateMachine(s, state, pio, sm, false);
    });
    return state;
  });
}

/** _reset_statemachine: disable, free the program when no other machine runs it, release pins, unclaim. */
function resetStateMachine(session: HardwareSession, st: Rp2pioBoardState, pio: number, sm: number, leavePins: boolean): void {
  const id = st.programId[pio][sm];
  if (id === 0) return;
  session.hw.pio[pio].setEnabled(1 << sm, false);
  st.programId[pio][sm] = 0;
  if (!st.programId[pio].includes(id)) st.sdk.removeProgram(pio, st.programLength[pio][sm], st.programOffset[pio][sm]);
  const pins = st.smPins[pio][sm];
  for (let pin = 0; pin < NUM_BANK0_GPIOS; pin++) {
    if (((pins >>> pin) & 1) === 0) continue;
    if (--st.pinRefs[pin] === 0) {
      if (!leavePins) resetPin(session, pin);
      st.pioPins[pio] &= ~(1 << pin);
    }
  }
  st.smPins[pio][sm] = 0;
  st.sdk.unclaim(pio, sm);
}

/** _check_pins_free: the mask of `count` pins from `first`; each must be free unless shared within the PIOs. */
export function checkPinsFree(session: HardwareSession, first: number | null, count: number, exclusive: boolean): number {
  if (first === null) return 0;
  const refs = rp2pioState(session).pinRefs;
  let mask = 0;
  for (let i = 0; i < count; i++) {
    const pin = first + i;
    if (pin >= NUM_BANK0_GPIOS) raiseValueError("Pin count too large");
    if (exclusive || refs[pin] === 0) session.claims.assertFree(pin);
    mask |= 1 << pin;
  }
  return mask >>> 0;
}

/** The divider for `frequency` Hz (0: clk_sys), rounded up so the machine never runs faster than asked. */
function divider256(sysHz: number, frequency: number): { div256: number; actual: number } {
  const f = frequency === 0 ? sysHz : frequency;
  const f256 = sysHz * 256;
  let div256 = Math.floor(f256 / f);
  if (f256 % div256 > 0) div256 += 1;
  return { div256, actual: Math.floor(f256 / div256) };
}

export class CpStateMachine {
  actualFrequency = 0;
  fifoDepth = 4;
  initialPinState = 0;
  initialPinDirection = 0;
  deinited = false;
  /** Run when the machine is deinitialised (its background DMA channels stop). */
  readonly deinitHooks: (() => void)[] = [];

  constructor(
    readonly session: HardwareSession,
    readonly pio: number,
    readonly sm: number,
    readonly offset: number,
    readonly p: ConstructParams,
  ) {}

  get block() {
    return this.session.hw.pio[this.pio];
  }

  /** common_hal_rp2pio_statemachine_set_frequency. */
  setFrequency(frequency: number): void {
    const sysHz = this.session.hw.clocks.getSysHz();
    const f = frequency === 0 ? sysHz : frequency;
    const { div256, actual } = divider256(sysHz, f);
    if (Math.floor(div256 / 256) > 0x10000 || f > sysHz) raiseValueError("frequency out of range");
    this.actualFrequency = actual;
    this.block.writeSmRegister(this.sm, "clkdiv", (((div256 >>> 8) & 0xffff) << 16) | ((div256 & 0xff) << 8));
    this.block.clkdivRestart(1 << this.sm);
  }

  /** common_hal_rp2pio_statemachine_run: executes each instruction at once. */
  run(instructions: readonly number[]): void {
    for (const instr of instructions) this.block.exec(this.sm, instr);
  }

  stop(): void {
    this.block.setEnabled(1 << this.sm, false);
  }

  /** common_hal_rp2pio_statemachine_restart: back to the program's start with the initial pins, init run again. */
  restart(): void {
    this.stop();
    this.block.exec(this.sm, this.offset); // JMP offset
    this.block.restart(1 << this.sm);
    const st = rp2pioState(this.session);
    const pins = st.smPins[this.pio][this.sm];
    st.sdk.setPinsWithMask(this.pio, this.sm, this.initialPinState, pins, false);
    st.sdk.setPinsWithMask(this.pio, this.sm, this.initialPinDirection, pins, true);
    setPulls(this.session, this.p.pullUp, this.p.pullDown, pins);
    this.run(this.p.init);
    this.block.setEnabled(1 << this.sm, true);
  }

  /** rp2pio_statemachine_deinit. */
  deinit(leavePins = false): void {
    if (this.deinited) return;
    this.stop();
    for (const hook of this.deinitHooks.splice(0)) hook();
    resetStateMachine(this.session, rp2pioState(this.session), this.pio, this.sm, leavePins);
    this.deinited = true;
  }
}

function setPulls(session: HardwareSession, up: number, down: number, pins: number): void {
  for (let pin = 0; pin < NUM_BANK0_GPIOS; pin++) {
    if ((pins >>> pin) & 1) session.hw.gpio.setPulls(pin, ((up >>> pin) & 1) === 1, ((down >>> pin) & 1) === 1);
  }
}

/** Finds a state machine, loading the program unless another machine already runs it; null when none is free. */
function place(st: Rp2pioBoardState, p: ConstructParams): { pio: number; sm: number; offset: number; added: boolean } | null {
  for (let pio = 0; pio < 2; pio++) {
    for (let sm = 0; sm < 4; sm++) {
      const same = st.programId[pio][sm] === p.programId && st.programLength[pio][sm] === p.program.length;
      if (!same || (p.offset !== -1 && p.offset !== st.programOffset[pio][sm])) continue;
      const free = st.sdk.claimUnused(pio);
      if (free >= 0) return { pio, sm: free, offset: st.programOffset[pio][sm], added: false };
    }
  }
  // pio_claim_free_sm_and_add_program_for_gpio_range: the first PIO with both a free machine and room.
  for (let pio = 0; pio < 2; pio++) {
    const sm = st.sdk.claimUnused(pio);
    if (sm < 0) continue;
    if (st.sdk.findOffset(pio, p.program.length, p.offset) < 0) {
      st.sdk.unclaim(pio, sm);
      continue;
    }
    return { pio, sm, offset: st.sdk.addProgram(pio, p.program, p.offset), added: true };
  }
  return null;
}

/** The SDK config: divider, pin groups, side-set, wrap, shifts, FIFO join and MOV STATUS. */
function buildConfig(p: ConstructParams, offset: number, div256: number): { config: PioSmConfig; fifoDepth: number } {
  const c = defaultSmConfig();
  c.clkdiv = (((div256 >>> 8) & 0xffff) << 16) | ((div256 & 0xff) << 8);
  if (p.firstOutPin !== null) {
    c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_OUT_BASE_LSB, 5, p.firstOutPin);
  }
  if (p.firstInPin !== null) c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_IN_BASE_LSB, 5, p.firstInPin);
  if (p.firstSetPin !== null) c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_SET_BASE_LSB, 5, p.firstSetPin);
  if (p.firstSidesetPin !== null) {
    const bits = p.sidesetPinCount + (p.sidesetEnable ? 1 : 0);
    c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_SIDESET_COUNT_LSB, 3, bits);
    c.execctrl = withField(c.execctrl, 30, 1, p.sidesetEnable ? 1 : 0);
    c.execctrl = withField(c.execctrl, 29, 1, p.sidesetPindirs ? 1 : 0);
    c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_SIDESET_BASE_LSB, 5, p.firstSidesetPin);
  }
  if (p.jmpPin !== null) c.execctrl = withField(c.execctrl, PIO_SM.EXECCTRL_JMP_PIN_LSB, 5, p.jmpPin);
  if (!(p.wrap >= -1 && p.wrap <= p.program.length - 1)) raiseValueError(`wrap must be -1-${p.program.length - 1}`);
  const wrap = (p.wrap === -1 ? p.program.length - 1 : p.wrap) + offset;
  if (!(p.wrapTarget >= 0 && p.wrapTarget <= p.program.length - 1)) raiseValueError(`wrap_target must be 0-${p.program.length - 1}`);
  c.execctrl = withField(c.execctrl, PIO_SM.EXECCTRL_WRAP_BOTTOM_LSB, 5, p.wrapTarget + offset);
  c.execctrl = withField(c.execctrl, PIO_SM.EXECCTRL_WRAP_TOP_LSB, 5, wrap);
  c.shiftctrl = withField(c.shiftctrl, PIO_SM.SHIFTCTRL_IN_SHIFTDIR_LSB, 1, p.inShiftRight ? 1 : 0);
  c.shiftctrl = withField(c.shiftctrl, 16, 1, p.autoPush ? 1 : 0);
  c.shiftctrl = withField(c.shiftctrl, PIO_SM.SHIFTCTRL_PUSH_THRESH_LSB, 5, p.pushThreshold & 0x1f);
  c.shiftctrl = withField(c.shiftctrl, PIO_SM.SHIFTCTRL_OUT_SHIFTDIR_LSB, 1, p.outShiftRight ? 1 : 0);
  c.shiftctrl = withField(c.shiftctrl, 17, 1, p.autoPull ? 1 : 0);
  c.shiftctrl = withField(c.shiftctrl, PIO_SM.SHIFTCTRL_PULL_THRESH_LSB, 5, p.pullThreshold & 0x1f);
  c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_OUT_COUNT_LSB, 6, p.outPinCount);
  c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_SET_COUNT_LSB, 3, p.setPinCount);
  const join = p.fifoType !== FIFO_JOIN_AUTO ? p.fifoType : !p.rxFifo ? 1 : !p.txFifo ? 2 : 0;
  c.shiftctrl = withField(c.shiftctrl, 30, 2, join);
  c.execctrl = withField(c.execctrl, 4, 1, p.movStatusType);
  c.execctrl = withField(c.execctrl, 0, 4, p.movStatusN);
  return { config: c, fifoDepth: join === 0 ? 4 : 8 };
}

/** rp2pio_statemachine_construct: null when no state machine (or program space) is free. */
export function constructStateMachine(session: HardwareSession, p: ConstructParams): CpStateMachine | null {
  const st = rp2pioState(session);
  const where = place(st, p);
  if (where === null) return null;
  const { pio, sm, offset } = where;
  // A pin already driven by the other PIO block cannot be shared.
  if ((st.pioPins[1 - pio] & p.pinsWeUse) !== 0) {
    if (where.added) st.sdk.removeProgram(pio, p.program.length, offset);
    st.sdk.unclaim(pio, sm);
    return null;
  }
  st.programId[pio][sm] = p.programId;
  st.programLength[pio][sm] = p.program.length;
  st.programOffset[pio][sm] = offset;
  st.smPins[pio][sm] = p.pinsWeUse;
  st.pioPins[pio] |= p.pinsWeUse;
  const self = new CpStateMachine(session, pio, sm, offset, p);
  st.sdk.setPinsWithMask(pio, sm, p.initialPinState, p.pinsWeUse, false);
  st.sdk.setPinsWithMask(pio, sm, p.initialPinDirection, p.pinsWeUse, true);
  setPulls(session, p.pullUp, p.pullDown, p.pinsWeUse);
  self.initialPinState = p.initialPinState;
  self.initialPinDirection = p.initialPinDirection;
  for (let pin = 0; pin < NUM_BANK0_GPIOS; pin++) {
    if (((p.pinsWeUse >>> pin) & 1) === 0) continue;
    if (++st.pinRefs[pin] === 1) {
      if (p.claimPins) session.claims.claim(pin);
      st.sdk.gpioInit(pio, pin);
    }
  }
  const sysHz = session.hw.clocks.getSysHz();
  const { div256, actual } = divider256(sysHz, p.frequency);
  self.actualFrequency = actual;
  const { config, fifoDepth } = buildConfig(p, offset, div256);
  self.fifoDepth = fifoDepth;
  st.sdk.init(pio, sm, offset, config);
  self.run(p.init);
  self.setFrequency(p.frequency);
  session.hw.pio[pio].setEnabled(1 << sm, true);
  return self;
}
