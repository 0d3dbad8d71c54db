// The `onewire` module (micropython-lib's onewire.py on the rp2 port): OneWire(pin) with reset, bit/byte I/O,
// ROM selection and the search algorithm, over the simulated 1-Wire bus.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { Exception, newException } from "../../runtime/errors";
import { builtinMethod, checkArity, defineClassAttrs, defineMethods } from "../../runtime/function";
import { callMethod, truthy } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { newList } from "../../types/list";
import { newBytes } from "../../types/bytes";
import { bytesLikeArg } from "../../modules/args";
import { getBuffer } from "../../types/text/buffer";
import { mpInt } from "../mp-args";
import { defineProperties } from "../native-property";
import { currentSession } from "../session";
import { MODE, PULL_UP, PyPin, findPin } from "../machine/pin";
import { OneWireBus, crc8 } from "./bus";

const SEARCH_ROM = 0xf0;
const MATCH_ROM = 0x55;
const SKIP_ROM = 0xcc;

export const oneWireErrorType = makeBuiltinType("OneWireError", [Exception]);
export const oneWireType = makeBuiltinType("OneWire");

class PyOneWire extends PyObject {
  constructor(readonly pin: PyPin, readonly bus: OneWireBus) {
    super(oneWireType);
  }
}

function oneWireNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
  const pin = findPin(args[0]);
  // `pin.init(pin.OPEN_DRAIN, pin.PULL_UP)`, as onewire.py does.
  callMethod(pin, "init", [MODE.OPEN_DRAIN, PULL_UP]);
  return new PyOneWire(pin, new OneWireBus(currentSession("onewire").hw, pin.id));
}

/** One step of the ROM search: the next ROM after `prev` and the new discrepancy marker (onewire.py's _search_rom). */
function searchRom(bus: OneWireBus, prev: Uint8Array | null, diff: number): [Uint8Array | null, number] {
  if (!bus.reset()) return [null, 0];
  bus.writeByte(SEARCH_ROM);
  const last = prev ?? new Uint8Array(8);
  const rom = new Uint8Array(8);
  let nextDiff = 0;
  let i = 64;
  for (let byte = 0; byte < 8; byte++) {
    let r = 0;
    for (let bit = 0; bit < 8; bit++) {
      let b = bus.readBit();
      if (bus.readBit()) {
        if (b) return [null, 0]; // no device answered, or the bus is faulty
      } else if (!b && (diff > i || ((last[byte] & (1 << bit)) !== 0 && diff !== i))) {
        // Devices disagree on this bit: take the 1 branch now, the 0 branch on a later pass.
        b = 1;
        nextDiff = i;
      }
      bus.writeBit(b);
      if (b) r |= 1 << bit;
      i--;
    }
    rom[byte] = r;
  }
  return [rom, nextDiff];
}

function scan(self: PyOneWire): PyValue {
  const devices: PyValue[] = [];
  let diff = 65;
  let rom: Uint8Array | null = null;
  for (let n = 0; n < 0xff; n++) {
    [rom, diff] = searchRom(self.bus, rom, diff);
    if (rom !== null) devices.push(newBytes(rom));
    if (diff === 0) break;
  }
  return newList(devices);
}

defineMethods(oneWireType, {
  reset: builtinMethod("reset", 0, 1, (self: PyOneWire, required?: PyValue) => {
    const present = self.bus.reset();
    if (required !== undefined && truthy(required) && !present) throw newException(oneWireErrorType);
    return present;
  }),
  readbit: (self: PyOneWire) => self.bus.readBit(),
  readbyte: (self: PyOneWire) => self.bus.readByte(),
  writebit: (self: PyOneWire, value: PyValue) => (self.bus.writeBit(mpInt(value) & 1), None),
  writebyte: (self: PyOneWire, value: PyValue) => (self.bus.writeByte(mpInt(value) & 0xff), None),
  readinto: (self: PyOneWire, buf: PyValue) => {
    const data = getBuffer(buf) ?? bytesLikeArg(buf);
    for (let i = 0; i < data.length; i++) data[i] = self.bus.readByte();
    return None;
  },
  write: (self: PyOneWire, buf: PyValue) => {
    for (const b of bytesLikeArg(buf)) self.bus.writeByte(b);
    return None;
  },
  select_rom: (self: PyOneWire, rom: PyValue) => {
    self.bus.reset();
    self.bus.writeByte(MATCH_ROM);
    for (const b of bytesLikeArg(rom)) self.bus.writeByte(b);
    return None;
  },
  scan,
  crc8: (_self: PyOneWire, data: PyValue) => crc8(bytesLikeArg(data)),
});
defineClassAttrs(oneWireType, { SEARCH_ROM, MATCH_ROM, SKIP_ROM });
oneWireType.defineSlots({ new: oneWireNew });
defineProperties(oneWireType, { pin: { get: (self: PyOneWire) => self.pin } });

export function createOneWireModule(): PyModule {
  currentSession("onewire");
  const m = new PyModule("onewire");
  m.set("OneWire", oneWireType);
  m.set("OneWireError", oneWireErrorType);
  return m;
}

