// rp2pio.StateMachine(program, frequency, **kwargs): CircuitPython's argument checks and the pin-mask arithmetic of
// common_hal_rp2pio_statemachine_construct, ending in a placed, running state machine (or its error).
import type { PyValue, Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseRuntimeError, raiseValueError } from "../../runtime/errors";
import { parseArgs, type ArgSpec } from "../mp-args";
import type { HardwareSession } from "../session";
import { getBufferInfo, readItem, requireBufferInfo } from "../rp2/buffers";
import { pinArg } from "./mcu-pin";
import { pullArg } from "./digitalio";
import { considerProgram, emptyIntrospection } from "./rp2pio-introspect";
import { checkPinsFree, constructStateMachine, type CpStateMachine } from "./rp2pio-machine";

const ARGS: ArgSpec[] = [
  { name: "program", kind: "obj", required: true },
  { name: "frequency", kind: "int", required: true },
  { name: "init", kind: "obj", kwOnly: true, dflt: None },
  { name: "pio_version", kind: "int", kwOnly: true, dflt: 0 },
  { name: "may_exec", kind: "obj", kwOnly: true, dflt: None },
  { name: "first_out_pin", kind: "obj", kwOnly: true, dflt: None },
  { name: "out_pin_count", kind: "int", kwOnly: true, dflt: 1 },
  { name: "initial_out_pin_state", kind: "int", kwOnly: true, dflt: 0 },
  { name: "initial_out_pin_direction", kind: "int", kwOnly: true, dflt: 0xffffffff },
  { name: "first_in_pin", kind: "obj", kwOnly: true, dflt: None },
  { name: "in_pin_count", kind: "int", kwOnly: true, dflt: 1 },
  { name: "pull_in_pin_up", kind: "int", kwOnly: true, dflt: 0 },
  { name: "pull_in_pin_down", kind: "int", kwOnly: true, dflt: 0 },
  { name: "first_set_pin", kind: "obj", kwOnly: true, dflt: None },
  { name: "set_pin_count", kind: "int", kwOnly: true, dflt: 1 },
  { name: "initial_set_pin_state", kind: "int", kwOnly: true, dflt: 0 },
  { name: "initial_set_pin_direction", kind: "int", kwOnly: true, dflt: 0x1f },
  { name: "first_sideset_pin", kind: "obj", kwOnly: true, dflt: None },
  { name: "sideset_pin_count", kind: "int", kwOnly: true, dflt: 1 },
  { name: "sideset_pindirs", kind: "bool", kwOnly: true, dflt: false },
  { name: "initial_sideset_pin_state", kind: "int", kwOnly: true, dflt: 0 },
  { name: "initial_sideset_pin_direction", kind: "int", kwOnly: true, dflt: 0x1f },
  { name: "sideset_enable", kind: "bool", kwOnly: true, dflt: false },
  { name: "jmp_pin", kind: "obj", kwOnly: true, dflt: None },
  { name: "jmp_pin_pull", kind: "obj", kwOnly: true, dflt: None },
  { name: "exclusive_pin_use", kind: "bool", kwOnly: true, dflt: true },
  { name: "auto_pull", kind: "bool", kwOnly: true, dflt: false },
  { name: "pull_threshold", kind: "int", kwOnly: true, dflt: 32 },
  { name: "out_shift_right", kind: "bool", kwOnly: true, dflt: true },
  { name: "wait_for_txstall", kind: "bool", kwOnly: true, dflt: true },
  { name: "auto_push", kind: "bool", kwOnly: true, dflt: false },
  { name: "push_threshold", kind: "int", kwOnly: true, dflt: 32 },
  { name: "in_shift_right", kind: "bool", kwOnly: true, dflt: true },
  { name: "user_interruptible", kind: "bool", kwOnly: true, dflt: true },
  { name: "wrap_target", kind: "int", kwOnly: true, dflt: 0 },
  { name: "wrap", kind: "int", kwOnly: true, dflt: -1 },
  { name: "offset", kind: "int", kwOnly: true, dflt: -1 },
  { name: "fifo_type", kind: "obj", kwOnly: true, dflt: "auto" },
  { name: "mov_status_type", kind: "obj", kwOnly: true, dflt: "txfifo" },
  { name: "mov_status_n", kind: "int", kwOnly: true, dflt: 0 },
];

const FIFO_TYPES: Record<string, number> = { auto: -1, txrx: 0, tx: 1, rx: 2 };
const MOV_STATUS_TYPES: Record<string, number> = { txfifo: 0, rxfifo: 1 };

/** Distinct ids for program buffers (CircuitPython keys a loaded program by its buffer's address). */
const programIds = new WeakMap<object, number>();
let nextProgramId = 1;

function programIdOf(program: PyValue): number {
  const key = program as object;
  let id = programIds.get(key);
  if (id === undefined) programIds.set(key, (id = nextProgramId++));
  return id;
}

function validateRange(v: number, lo: number, hi: number, name: string): number {
  if (v < lo || v > hi) raiseValueError(`${name} must be ${lo}-${hi}`);
  return v;
}

function validateMin(v: number, lo: number, name: string): number {
  if (v < lo) raiseValueError(`${name} must be >= ${lo}`);
  return v;
}

/** A program argument's 16-bit words; `name` is used in its length errors. */
function words(buffer: PyValue, optional: boolean, name: string, lo: number, sizeError: string): number[] {
  const info = optional ? getBufferInfo(buffer) : requireBufferInfo(buffer);
  const bytes = info?.bytes ?? new Uint8Array(0);
  if (bytes.length < lo || bytes.length > 64) raiseValueError(`${name} length must be ${lo}-64`);
  if (bytes.length % 2 !== 0) raiseValueError(sizeError);
  return Array.from({ length: bytes.length >> 1 }, (_, i) => readItem(bytes, i, 2));
}

function oneOf(v: PyValue, table: Record<string, number>, what: string): number {
  return typeof v === "string" && v in table ? table[v] : raiseValueError(`Invalid ${what}`);
}

function pinOrNone(v: PyValue, name: string): number | null {
  return v === None ? null : pinArg(v, name).id;
}

/** mask_and_shift: the low `count` bits of `value`, moved to start at `first`. */
function maskAndShift(first: number | null, count: number, value: number): number {
  if (first === null) return 0;
  const mask = count >= 32 ? 0xffffffff : (1 << count) - 1;
  return ((value & mask) << first) >>> 0;
}

/** rp2pio_statemachine_make_new + common_hal_rp2pio_statemachine_construct. */
export function constructFromArgs(session: HardwareSession, args: PyValue[], kw: Kw | null): CpStateMachine {
  const a = parseArgs(args, kw, ARGS);
  if (a.pio_version > 0) raiseValueError("out_pin_count must be <= 0");
  const program = words(a.program, false, "program", 2, "Program size invalid");
  const init = a.init === None ? [] : words(a.init, true, "init", 0, "Init program size invalid");
  const mayExec = a.may_exec === None ? [] : words(a.may_exec, true, "may_exec", 0, "Program size invalid");
  const firstOut = pinOrNone(a.first_out_pin, "first_out_pin");
  const outCount = validateMin(a.out_pin_count, 1, "out_pin_count");
  const firstIn = pinOrNone(a.first_in_pin, "first_in_pin");
  const inCount = validateMin(a.in_pin_count, 1, "in_pin_count");
  const firstSet = pinOrNone(a.first_set_pin, "first_set_pin");
  const setCount = validateRange(a.set_pin_count, 1, 5, "set_pin_count");
  const firstSide = pinOrNone(a.first_sideset_pin, "first_sideset_pin");
  const sideCount = validateRange(a.sideset_pin_count, 1, 5, "set_pin_count");
  const jmpPin = pinOrNone(a.jmp_pin, "jmp_pin");
  const jmpPull = pullArg(a.jmp_pin_pull, "jmp_pull");
  const pullThreshold = validateRange(a.pull_threshold, 1, 32, "pull_threshold");
  const pushThreshold = validateRange(a.push_threshold, 1, 32, "push_threshold");
  const fifoType = oneOf(a.fifo_type, FIFO_TYPES, "fifo_type");
  const movStatusType = oneOf(a.mov_status_type, MOV_STATUS_TYPES, "mov_status_type");

  const exclusive: boolean = a.exclusive_pin_use;
  let pinsWeUse = checkPinsFree(session, firstOut, outCount, exclusive);
  pinsWeUse |= checkPinsFree(session, firstIn, inCount, exclusive);
  pinsWeUse |= checkPinsFree(session, firstSet, setCount, exclusive);
  pinsWeUse |= checkPinsFree(session, firstSide, sideCount, exclusive);
  pinsWeUse = (pinsWeUse | checkPinsFree(session, jmpPin, 1, exclusive)) >>> 0;

  const inputs = {
    pinsWeUse, hasJmpPin: jmpPin !== null, hasInPin: firstIn !== null, hasOutPin: firstOut !== null,
    hasSetPin: firstSet !== null, inPinCount: inCount, outPinCount: outCount, autoPull: a.auto_pull, autoPush: a.auto_push,
  };
  const uses = emptyIntrospection();
  considerProgram(inputs, uses, program, "program");
  considerProgram(inputs, uses, init, "init");
  considerProgram(inputs, uses, mayExec, "may_exec");
  if (!uses.inLoaded && uses.inUsed) raiseValueError("Program does IN without loading ISR");
  if (!uses.outLoaded && uses.outUsed) raiseValueError("Program does OUT without loading OSR");

  let state = maskAndShift(firstOut, outCount, a.initial_out_pin_state);
  let direction = maskAndShift(firstOut, outCount, a.initial_out_pin_direction);
  const setState = maskAndShift(firstSet, setCount, a.initial_set_pin_state);
  const setDirection = maskAndShift(firstSet, setCount, a.initial_set_pin_direction);
  const overlap = maskAndShift(firstOut, outCount, 0xffffffff) & maskAndShift(firstSet, setCount, 0xffffffff);
  if ((state & overlap) !== (setState & overlap)) raiseValueError("Initial set pin state conflicts with initial out pin state");
  if ((direction & overlap) !== (setDirection & overlap)) {
    raiseValueError("Initial set pin direction conflicts with initial out pin direction");
  }
  state = (state | setState) >>> 0;
  direction = (direction | setDirection) >>> 0;
  // Side-set overrides OUT and SET on its pins.
  const sideMask = maskAndShift(firstSide, sideCount, 0x1f);
  state = ((state & ~sideMask) | maskAndShift(firstSide, sideCount, a.initial_sideset_pin_state)) >>> 0;
  direction = ((direction & ~sideMask) | maskAndShift(firstSide, sideCount, a.initial_sideset_pin_direction)) >>> 0;

  let pullUp = maskAndShift(firstIn, inCount, a.pull_in_pin_up);
  let pullDown = maskAndShift(firstIn, inCount, a.pull_in_pin_down);
  if (jmpPin !== null) {
    const jmpMask = maskAndShift(jmpPin, 1, 0x1f);
    if (jmpPull === "up") pullUp |= jmpMask;
    if (jmpPull === "down") pullDown |= jmpMask;
  }
  if ((direction & (pullUp | pullDown)) !== 0) raiseValueError("pull masks conflict with direction masks");

  const sm = constructStateMachine(session, {
    program, programId: programIdOf(a.program), frequency: a.frequency, init,
    firstOutPin: firstOut, outPinCount: outCount, firstInPin: firstIn, inPinCount: inCount, pullUp, pullDown,
    firstSetPin: firstSet, setPinCount: setCount, firstSidesetPin: firstSide, sidesetPinCount: sideCount,
    sidesetPindirs: a.sideset_pindirs, initialPinState: state, initialPinDirection: direction, jmpPin, pinsWeUse,
    txFifo: uses.txFifo, rxFifo: uses.rxFifo, autoPull: a.auto_pull, pullThreshold, outShiftRight: a.out_shift_right,
    waitForTxstall: a.wait_for_txstall, autoPush: a.auto_push, pushThreshold, inShiftRight: a.in_shift_right,
    claimPins: true, sidesetEnable: a.sideset_enable, wrapTarget: a.wrap_target, wrap: a.wrap, offset: a.offset,
    fifoType, movStatusType, movStatusN: a.mov_status_n,
  });
  return sm ?? raiseRuntimeError("All state machines in use");
}
