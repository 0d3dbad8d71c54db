// What rp2pio.StateMachine infers from a program before it claims anything (consider_instruction in CircuitPython's
// common-hal/rp2pio/StateMachine.c): which FIFOs it uses, and the pins an instruction needs but was not given.
import { raiseValueError } from "../../runtime/errors";

export interface IntrospectInputs {
  pinsWeUse: number;
  hasJmpPin: boolean;
  hasInPin: boolean;
  hasOutPin: boolean;
  hasSetPin: boolean;
  inPinCount: number;
  outPinCount: number;
  autoPull: boolean;
  autoPush: boolean;
}

export interface IntrospectResult {
  txFifo: boolean;
  rxFifo: boolean;
  inLoaded: boolean;
  outLoaded: boolean;
  inUsed: boolean;
  outUsed: boolean;
}

const JMP = 0x0000;
const WAIT = 0x2000;
const IN = 0x4000;
const OUT = 0x6000;
const PUSH_PULL = 0x8000;
const MOV = 0xa000;
const SET = 0xe000;

function considerPushPull(out: IntrospectResult, instr: number): void {
  if ((instr & 0xe080) === PUSH_PULL) {
    out.rxFifo = true;
    out.inLoaded = true;
  } else {
    out.txFifo = true;
    out.outLoaded = true;
  }
}

function considerWait(s: IntrospectInputs, instr: number, where: string): void {
  const source = (instr & 0x60) >> 5;
  const index = instr & 0x1f;
  if (source === 0 && ((s.pinsWeUse >>> index) & 1) === 0) raiseValueError(`${where} uses extra pin`);
  if (source === 1) {
    if (!s.hasInPin) raiseValueError(`Missing first_in_pin. ${where} waits based on pin`);
    if (index >= s.inPinCount) raiseValueError(`${where} waits on input outside of count`);
  }
}

function considerIn(s: IntrospectInputs, out: IntrospectResult, instr: number, where: string): void {
  if ((instr & 0xe0) >> 5 === 0) {
    if (!s.hasInPin) raiseValueError(`Missing first_in_pin. ${where} shifts in from pin(s)`);
    if ((instr & 0x1f) > s.inPinCount) raiseValueError(`${where} shifts in more bits than pin count`);
  }
  if (s.autoPush) {
    out.inLoaded = true;
    out.rxFifo = true;
  }
  out.inUsed = true;
}

function considerOut(s: IntrospectInputs, out: IntrospectResult, instr: number, where: string): void {
  const dest = (instr & 0xe0) >> 5;
  if (dest === 0 || dest === 4) {
    if (!s.hasOutPin) raiseValueError(`Missing first_out_pin. ${where} shifts out to pin(s)`);
    if ((instr & 0x1f) > s.outPinCount) raiseValueError(`${where} shifts out more bits than pin count`);
  }
  if (s.autoPull) {
    out.outLoaded = true;
    out.txFifo = true;
  }
  out.outUsed = true;
}

function considerMov(s: IntrospectInputs, out: IntrospectResult, instr: number, where: string): void {
  const source = instr & 7;
  const dest = (instr & 0xe0) >> 5;
  if (dest === 0 && !s.hasOutPin) raiseValueError(`Missing first_out_pin. ${where} writes pin(s)`);
  if (source === 0 && !s.hasInPin) raiseValueError(`Missing first_in_pin. ${where} reads pin(s)`);
  if (dest === 6) out.inLoaded = true;
  else if (dest === 7) out.outLoaded = true;
}

/** consider_instruction for each word of `program` (named `name` in error messages: program, init, may_exec). */
export function considerProgram(s: IntrospectInputs, out: IntrospectResult, program: readonly number[], name: string): void {
  program.forEach((instr, i) => {
    const where = `${name}[${i}]`;
    switch (instr & 0xe000) {
      case PUSH_PULL: considerPushPull(out, instr); break;
      case JMP:
        if ((instr & 0xe0) >> 5 === 6 && !s.hasJmpPin) raiseValueError(`Missing jmp_pin. ${where} jumps on pin`);
        break;
      case WAIT: considerWait(s, instr, where); break;
      case IN: considerIn(s, out, instr, where); break;
      case OUT: considerOut(s, out, instr, where); break;
      case SET: {
        const dest = (instr & 0xe0) >> 5;
        if ((dest === 0 || dest === 4) && !s.hasSetPin) raiseValueError(`Missing first_set_pin. ${where} sets pin(s)`);
        break;
      }
      case MOV: considerMov(s, out, instr, where); break;
    }
  });
}

export function emptyIntrospection(): IntrospectResult {
  return { txFifo: false, rxFifo: false, inLoaded: false, outLoaded: false, inUsed: false, outUsed: false };
}
