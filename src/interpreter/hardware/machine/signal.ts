// machine.Signal: a pin seen through an optional inversion (extmod/machine_signal.c), built from a Pin or from
// Pin constructor arguments.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { newException, TypeError } from "../../runtime/errors";
import { builtinMethod, defineMethods, checkArity } from "../../runtime/function";
import { callObject, truthy } from "../../runtime/protocol";
import { machineHw } from "./context";
import { PyPin, pinType } from "./pin";
import { makeNativeType } from "../native-type";

export const signalType = makeNativeType("Signal");

class PySignal extends PyObject {
  constructor(readonly pin: PyPin, readonly invert: boolean) {
    super(signalType);
  }
}

/** Builds the Pin from the arguments, passing `value` inverted when the Signal inverts. */
function pinFromArgs(args: PyValue[], kw: Kw | null): { pin: PyValue; invert: boolean } {
  let invert = false;
  const pinKw: Kw = new Map();
  for (const [name, v] of kw ?? []) {
    if (name === "invert") invert = truthy(v);
    else pinKw.set(name, v);
  }
  const value = pinKw.get("value");
  if (invert && value !== undefined) pinKw.set("value", truthy(value) ? 0 : 1);
  return { pin: callObject(pinType, args, pinKw.size > 0 ? pinKw : null), invert };
}

function signalNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  if (args.length > 0 && args[0] instanceof PyPin) {
    const names = kw === null ? [] : [...kw.keys()];
    // MicroPython raises a TypeError without a message here.
    if (args.length !== 1 || names.some((n) => n !== "invert")) throw newException(TypeError);
    return new PySignal(args[0], kw?.has("invert") ? truthy(kw.get("invert")!) : false);
  }
  const { pin, invert } = pinFromArgs(args, kw);
  return new PySignal(pin as PyPin, invert);
}

/** The virtual-pin protocol: reads the pad, writes SIO's output register (no open-drain handling). */
function signalValue(self: PySignal, value?: PyValue): PyValue {
  const gpio = machineHw().gpio;
  if (value === undefined) return (gpio.read(self.pin.id) ^ (self.invert ? 1 : 0));
  gpio.setOutput(self.pin.id, (truthy(value) !== self.invert) ? 1 : 0);
  return None;
}

signalType.defineSlots({
  new: signalNew,
  call: (self: PySignal, args: PyValue[], kw: Kw | null) => {
    checkArity(args.length, 0, 1, kw !== null && kw.size > 0);
    return signalValue(self, args[0]);
  },
});

defineMethods(signalType, {
  value: builtinMethod("value", 0, 1, signalValue),
  on: (self: PySignal) => signalValue(self, true),
  off: (self: PySignal) => signalValue(self, false),
});
