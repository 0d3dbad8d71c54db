// rp2.PIO: the two static PIO block objects (PIO(0), PIO(1)) with add_program, remove_program, state_machine and
// irq, and the constants the asm_pio decorator uses (pin directions, shift directions, FIFO joins, IRQ bits).
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethod, builtinMethodKw, checkArity, defineClassAttrs, defineMethods } from "../../runtime/function";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { rp2Session, rp2State } from "./context";
import { addProgram, removeProgram } from "./program";
import { PioIrq } from "./pio-irq";
import { stateMachineObject } from "./state-machine";
import { initStateMachine } from "./sm-init";

export const pioType = makeBuiltinType("PIO");
pioType.isBaseType = false;

export class PyPio extends PyObject {
  constructor(readonly index: number) {
    super(pioType);
  }
}

const PIOS = [new PyPio(0), new PyPio(1)];

function pioNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
  const id = mpInt(args[0]);
  if (!(id >= 0 && id < PIOS.length)) raiseValueError("invalid PIO");
  return PIOS[id];
}

/** PIO.state_machine(id, [prog, ...]): one of this block's four machines, initialised when arguments follow. */
function stateMachine(self: PyPio, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length + 1, 2, -1, false, true);
  const smId = mpInt(args[0]);
  if (!(smId >= 0 && smId < 4)) raiseValueError("invalid StateMachine");
  const sm = stateMachineObject(self.index * 4 + smId);
  if (args.length > 1 || (kw !== null && kw.size > 0)) initStateMachine(rp2Session(), rp2State(), sm.id, args.slice(1), kw);
  return sm;
}

const IRQ_ARGS: ArgSpec[] = [
  { name: "handler", kind: "obj", dflt: None },
  { name: "trigger", kind: "int", dflt: 0xf00 },
  { name: "hard", kind: "bool", dflt: false },
];

function irq(self: PyPio, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, IRQ_ARGS);
  const ints = rp2State().interrupts[self.index];
  if (ints.pioIrq === null) ints.pioIrq = new PioIrq(self, 0);
  const obj = ints.pioIrq;
  if (args.length > 0 || (kw !== null && kw.size > 0)) {
    obj.handler = a.handler;
    obj.hard = a.hard;
    obj.flags = 0;
    obj.trigger = a.trigger;
    if (a.handler !== None) {
      ints.inte0 = a.trigger;
      ints.enable();
    }
  }
  return obj;
}

pioType.defineSlots({
  new: pioNew,
  repr: (self: PyPio) => `PIO(${self.index})`,
});

defineMethods(pioType, {
  add_program: (self: PyPio, prog: PyValue) => {
    addProgram(rp2State().sdk, self.index, prog);
    return None;
  },
  remove_program: builtinMethod("remove_program", 0, 1, (self: PyPio, prog?: PyValue) => {
    removeProgram(rp2State().sdk, self.index, prog);
    return None;
  }),
  state_machine: builtinMethodKw("state_machine", stateMachine),
  irq: builtinMethodKw("irq", irq),
});

defineClassAttrs(pioType, {
  IN_LOW: 0,
  IN_HIGH: 1,
  OUT_LOW: 2,
  OUT_HIGH: 3,
  SHIFT_LEFT: 0,
  SHIFT_RIGHT: 1,
  JOIN_NONE: 0,
  JOIN_TX: 1,
  JOIN_RX: 2,
  IRQ_SM0: 0x100,
  IRQ_SM1: 0x200,
  IRQ_SM2: 0x400,
  IRQ_SM3: 0x800,
});
