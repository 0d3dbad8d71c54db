// machine.WDT for the rp2 port: WDT(id=0, timeout=5000) starts the board's watchdog; feed() reloads it.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { defineMethods } from "../../runtime/function";
import { u32 } from "../c-arith";
import { parseArgs, type ArgSpec } from "../mp-args";
import { machineHw } from "./context";
import { makeNativeType } from "../native-type";

/** The largest timeout in ms: the 24-bit LOAD register, halved for erratum RP2040-E1. */
export const WDT_TIMEOUT_MAX = 8388;

export const wdtType = makeNativeType("WDT");

class PyWdt extends PyObject {
  constructor() {
    super(wdtType);
  }
}

const ARGS: ArgSpec[] = [
  { name: "id", kind: "int", dflt: 0 },
  { name: "timeout", kind: "int", dflt: 5000 },
];

function wdtNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, ARGS);
  if (a.id !== 0) raiseValueError(`WDT(${a.id}) doesn't exist`);
  // The timeout is a uint32_t in the firmware: a negative one is far too large.
  const timeout = u32(a.timeout);
  if (timeout > WDT_TIMEOUT_MAX) raiseValueError(`timeout exceeds ${WDT_TIMEOUT_MAX}`);
  machineHw().watchdog.enable(timeout);
  return new PyWdt();
}

wdtType.defineSlots({ new: wdtNew });

defineMethods(wdtType, {
  feed: () => {
    machineHw().watchdog.feed();
    return None;
  },
});
