// The `ds18x20` module frozen into MicroPython's rp2 firmware: DS18X20(onewire) with scan, convert_temp,
// read_scratch (CRC-checked), write_scratch and read_temp, talking through the OneWire object's methods.
import { PyObject, type PyValue } from "../../runtime/object";
import { None, makeBuiltinType } from "../../runtime/builtin-types";
import { Exception, newException } from "../../runtime/errors";
import { builtinMethod, defineMethods } from "../../runtime/function";
import { callMethod, getAttr } from "../../runtime/attributes";
import { toArray, truthy } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { newList } from "../../types/list";
import { newFloat } from "../../types/float";
import { newByteArray } from "../../types/bytearray";
import { requireBuffer } from "../../types/text/buffer";
import { machineSession } from "./context";

export const ds18x20Type = makeBuiltinType("DS18X20");

const CONVERT = 0x44;
const READ_SCRATCH = 0xbe;
const WRITE_SCRATCH = 0x4e;
/** Family codes of the DS18S20, DS1822 and DS18B20. */
const FAMILIES = [0x10, 0x22, 0x28];

class PyDs18x20 extends PyObject {
  readonly buf = newByteArray(new Uint8Array(9));
  constructor(readonly ow: PyValue) {
    super(ds18x20Type);
  }
}

function readScratch(self: PyDs18x20, rom: PyValue): Uint8Array {
  callMethod(self.ow, "reset", [true]);
  callMethod(self.ow, "select_rom", [rom]);
  callMethod(self.ow, "writebyte", [READ_SCRATCH]);
  callMethod(self.ow, "readinto", [self.buf]);
  if (truthy(callMethod(self.ow, "crc8", [self.buf]))) throw newException(Exception, "CRC error");
  return requireBuffer(self.buf);
}

/** The temperature from the scratchpad: DS18S20 half degrees refined by COUNT_REMAIN, others sixteenths. */
function temperature(family: number, buf: Uint8Array): number {
  if (family === 0x10) {
    const t = buf[1] ? -((~((buf[0] >> 1) | 0x80) + 1) & 0xff) : buf[0] >> 1;
    return t - 0.25 + (buf[7] - buf[6]) / buf[7];
  }
  let t = (buf[1] << 8) | buf[0];
  if (t & 0x8000) t = -((t ^ 0xffff) + 1);
  return t / 16;
}

defineMethods(ds18x20Type, {
  scan: (self: PyDs18x20) => newList(toArray(callMethod(self.ow, "scan", [])).filter((rom) => FAMILIES.includes(requireBuffer(rom)[0]))),
  convert_temp: (self: PyDs18x20) => {
    callMethod(self.ow, "reset", [true]);
    callMethod(self.ow, "writebyte", [getAttr(self.ow, "SKIP_ROM")]);
    callMethod(self.ow, "writebyte", [CONVERT]);
    return None;
  },
  read_scratch: builtinMethod("read_scratch", 1, 1, (self: PyDs18x20, rom: PyValue) => (readScratch(self, rom), self.buf)),
  write_scratch: builtinMethod("write_scratch", 2, 2, (self: PyDs18x20, rom: PyValue, buf: PyValue) => {
    callMethod(self.ow, "reset", [true]);
    callMethod(self.ow, "select_rom", [rom]);
    callMethod(self.ow, "writebyte", [WRITE_SCRATCH]);
    callMethod(self.ow, "write", [buf]);
    return None;
  }),
  read_temp: builtinMethod("read_temp", 1, 1, (self: PyDs18x20, rom: PyValue) => {
    const buf = readScratch(self, rom);
    return newFloat(temperature(requireBuffer(rom)[0], buf));
  }),
});
ds18x20Type.defineSlots({ new: (_t: unknown, args: PyValue[]) => new PyDs18x20(args[0]) });
defineMethods(ds18x20Type, { __init__: builtinMethod("__init__", 1, 1, () => None) });

export function createDs18x20Module(): PyModule {
  machineSession();
  return new PyModule("ds18x20").set("DS18X20", ds18x20Type);
}
