// CircuitPython's `usb_midi`: the USB MIDI ports (ports[0] PortIn, ports[1] PortOut) connected to the simulated
// computer, which records what the program sends and hands it what the panel plays. Reads never block.
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { builtinFunction, builtinMethod, defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { PyTuple } from "../../types/tuple";
import { newBytes } from "../../types/bytes";
import { requireBuffer } from "../../types/text/buffer";
import type { HardwareSession } from "../session";
import { mpInt } from "../mp-args";
import { readableBuffer } from "../mp-buffer";
import { cpSession } from "./context";
import { makeNativeType } from "../native-type";

export const portInType = makeNativeType("PortIn");
export const portOutType = makeNativeType("PortOut");

class PyPort extends PyObject {
  constructor(type: typeof portInType, readonly session: HardwareSession) {
    super(type);
  }
}

function countArg(n: PyValue | undefined, dflt: number): number {
  return n === undefined || n === None ? dflt : Math.max(0, mpInt(n));
}

defineMethods(portInType, {
  read: builtinMethod("read", 0, 1, (self: PyPort, n?: PyValue) => newBytes(self.session.hw.usb.midiIn(countArg(n, 4096)))),
  readinto: builtinMethod("readinto", 1, 2, (self: PyPort, buf: PyValue, n?: PyValue) => {
    const into = requireBuffer(buf);
    const got = self.session.hw.usb.midiIn(Math.min(into.length, countArg(n, into.length)));
    into.set(got);
    return got.length;
  }),
});

defineMethods(portOutType, {
  write: builtinMethod("write", 1, 2, (self: PyPort, buf: PyValue, n?: PyValue) => {
    const data = readableBuffer(buf);
    const sent = data.subarray(0, countArg(n, data.length));
    self.session.hw.usb.midiOut(sent.slice());
    return sent.length;
  }),
});

export function createUsbMidiModule(): PyModule {
  const session = cpSession("usb_midi");
  const m = new PyModule("usb_midi");
  m.set("PortIn", portInType);
  m.set("PortOut", portOutType);
  m.set("ports", new PyTuple([new PyPort(portInType, session), new PyPort(portOutType, session)]));
  m.set("enable", builtinFunction("enable", 0, 0, () => None));
  m.set("disable", builtinFunction("disable", 0, 0, () => None));
  return m;
}
