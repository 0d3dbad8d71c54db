// CircuitPython's `usb_cdc`: the USB serial ports. `console` is the REPL's port (writes go to the console output);
// `data`, present once boot.py enables it, talks to the simulated computer's second serial port.
import { PyObject, type PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { builtinFunction, builtinFunctionKw, builtinMethod, defineMethods } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { newBytes } from "../../types/bytes";
import { requireBuffer } from "../../types/text/buffer";
import { moduleHost } from "../../modules/host-ref";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { readableBuffer } from "../mp-buffer";
import { cpSession } from "./context";
import { makeNativeType } from "../native-type";

export const serialType = makeNativeType("Serial");

class PySerial extends PyObject {
  constructor(readonly session: HardwareSession, readonly isConsole: boolean) {
    super(serialType);
  }
  write(data: Uint8Array): void {
    if (this.isConsole) moduleHost().writeStdout(new TextDecoder().decode(data));
    else this.session.hw.usb.cdcDataOut(data);
  }
  read(max: number): Uint8Array {
    return this.isConsole ? new Uint8Array(0) : this.session.hw.usb.cdcDataIn(max);
  }
}

defineMethods(serialType, {
  write: builtinMethod("write", 1, 1, (self: PySerial, buf: PyValue) => {
    const data = readableBuffer(buf);
    self.write(data);
    return data.length;
  }),
  read: builtinMethod("read", 0, 1, (self: PySerial, n?: PyValue) => {
    const got = self.read(n === undefined || n === None ? 4096 : mpInt(n));
    return got.length === 0 ? None : newBytes(got);
  }),
  readline: (self: PySerial) => {
    const got = self.read(4096);
    return got.length === 0 ? None : newBytes(got);
  },
  readinto: builtinMethod("readinto", 1, 1, (self: PySerial, buf: PyValue) => {
    const into = requireBuffer(buf);
    const got = self.read(into.length);
    into.set(got);
    return got.length === 0 ? None : got.length;
  }),
  reset_input_buffer: (self: PySerial) => (self.read(1 << 20), None),
  reset_output_buffer: () => None,
  flush: () => None,
});
defineProperties(serialType, {
  connected: { get: () => true },
  in_waiting: { get: () => 0 },
  out_waiting: { get: () => 0 },
  timeout: { get: () => None, set: () => undefined },
  write_timeout: { get: () => None, set: () => undefined },
});

export function createUsbCdcModule(): PyModule {
  const session = cpSession("usb_cdc");
  const enabled = session.state("usb_cdc.enabled", () => ({ console: true, data: false }));
  const m = new PyModule("usb_cdc");
  m.set("Serial", serialType);
  m.set("console", enabled.console ? new PySerial(session, true) : None);
  m.set("data", enabled.data ? new PySerial(session, false) : None);
  m.set("enable", builtinFunctionKw("enable", (args: PyValue[], kw) => {
    const a = parseArgs(args, kw, [{ name: "console", kind: "bool", kwOnly: true, dflt: true }, { name: "data", kind: "bool", kwOnly: true, dflt: false }]);
    enabled.console = a.console;
    enabled.data = a.data;
    return None;
  }));
  m.set("disable", builtinFunction("disable", 0, 0, () => {
    enabled.console = false;
    enabled.data = false;
    return None;
  }));
  return m;
}
