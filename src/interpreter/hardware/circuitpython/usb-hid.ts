// CircuitPython's `usb_hid`: the HID devices the board presents (keyboard, mouse, consumer control by default),
// send_report checked against each device's report lengths and passed to the simulated computer (PicoHardware.usb),
// which records them for a panel; enable()/disable() as boot.py uses them.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, builtinFunction, defineMethods, defineClassAttrs } from "../../runtime/function";
import { getIter, iterNext } from "../../runtime/protocol";
import { STOP } from "../../runtime/object";
import { PyModule } from "../../types/module";
import { PyTuple } from "../../types/tuple";
import { newBytes } from "../../types/bytes";
import { requireBuffer } from "../../types/text/buffer";
import { moduleHost } from "../../modules/host-ref";
import { defineProperties } from "../native-property";
import { mpInt, parseArgs } from "../mp-args";
import { cpSession } from "./context";
import { makeNativeType } from "../native-type";

export const hidDeviceType = makeNativeType("Device");

/** A full-speed HID endpoint is polled every millisecond; send_report waits for the poll. */
const POLL_US = 1000;

class PyHidDevice extends PyObject {
  readonly lastOut = new Map<number, Uint8Array>();
  constructor(
    readonly name: string, readonly usagePage: number, readonly usage: number,
    readonly reportIds: number[], readonly inLengths: number[], readonly outLengths: number[],
  ) {
    super(hidDeviceType);
  }
}

const KEYBOARD = new PyHidDevice("keyboard", 0x01, 0x06, [1], [8], [1]);
const MOUSE = new PyHidDevice("mouse", 0x01, 0x02, [2], [4], [0]);
const CONSUMER_CONTROL = new PyHidDevice("consumer_control", 0x0c, 0x01, [3], [2], [0]);
const DEFAULT_DEVICES = [KEYBOARD, MOUSE, CONSUMER_CONTROL];

function idIndex(self: PyHidDevice, reportId: PyValue): number {
  if (reportId === None) return 0;
  const i = self.reportIds.indexOf(mpInt(reportId));
  if (i < 0) raiseValueError("Invalid report_id");
  return i;
}

function sendReport(self: PyHidDevice, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [{ name: "report", kind: "obj", required: true }, { name: "report_id", kind: "obj", dflt: None }]);
  const i = idIndex(self, a.report_id);
  const report = requireBuffer(a.report);
  if (report.length !== self.inLengths[i]) raiseValueError(`Buffer incorrect size. Should be ${self.inLengths[i]} bytes.`);
  const hw = cpSession("usb_hid").hw;
  moduleHost().sleepUs(POLL_US);
  hw.usb.hidReport(self.name, self.reportIds[i], report.slice());
  return None;
}

defineMethods(hidDeviceType, {
  send_report: builtinMethodKw("send_report", sendReport),
  get_last_received_report: builtinMethodKw("get_last_received_report", (self: PyHidDevice, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [{ name: "report_id", kind: "obj", dflt: None }]);
    const got = self.lastOut.get(self.reportIds[idIndex(self, a.report_id)]);
    return got === undefined ? None : newBytes(got);
  }),
});
defineProperties(hidDeviceType, {
  usage_page: { get: (self: PyHidDevice) => self.usagePage },
  usage: { get: (self: PyHidDevice) => self.usage },
});
defineClassAttrs(hidDeviceType, { KEYBOARD, MOUSE, CONSUMER_CONTROL });

/** A custom device from boot.py (a gamepad): its descriptor is not parsed, only its usages and report sizes. */
hidDeviceType.defineSlots({
  new: (_t: unknown, args: PyValue[], kw: Kw | null) => {
    const a = parseArgs(args, kw, [
      { name: "report_descriptor", kind: "obj", kwOnly: true, required: true },
      { name: "usage_page", kind: "int", kwOnly: true, required: true },
      { name: "usage", kind: "int", kwOnly: true, required: true },
      { name: "report_ids", kind: "obj", kwOnly: true, required: true },
      { name: "in_report_lengths", kind: "obj", kwOnly: true, required: true },
      { name: "out_report_lengths", kind: "obj", kwOnly: true, required: true },
    ]);
    const ints = (v: PyValue) => listOf(v).map((x) => mpInt(x));
    return new PyHidDevice(`hid-${a.usage_page}-${a.usage}`, a.usage_page, a.usage, ints(a.report_ids), ints(a.in_report_lengths), ints(a.out_report_lengths));
  },
});

function listOf(v: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) out.push(x);
  return out;
}

export function createUsbHidModule(): PyModule {
  const session = cpSession("usb_hid");
  // What boot.py enabled applies to the code that runs after it in the same boot.
  const enabled = session.state("usb_hid.devices", () => ({ devices: DEFAULT_DEVICES as PyHidDevice[], boot: 0 }));
  const m = new PyModule("usb_hid");
  m.set("Device", hidDeviceType);
  m.set("devices", new PyTuple([...enabled.devices]));
  m.set("enable", builtinFunction("enable", 1, 2, (devices: PyValue, boot?: PyValue) => {
    enabled.devices = listOf(devices) as PyHidDevice[];
    enabled.boot = boot === undefined ? 0 : mpInt(boot);
    return None;
  }));
  m.set("disable", builtinFunction("disable", 0, 0, () => {
    enabled.devices = [];
    return None;
  }));
  m.set("get_boot_device", builtinFunction("get_boot_device", 0, 0, () => enabled.boot));
  return m;
}
