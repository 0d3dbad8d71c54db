// microcontroller.nvm: CircuitPython's nvm.ByteArray over 4 KiB of flash the board keeps across resets (erased
// flash reads 0xFF). Items and step-1 slices read and write bytes; values must be single bytes.
import { PyObject, type PyValue } from "../../runtime/object";
import { raiseNotImplementedError, raiseValueError } from "../../runtime/errors";
import { PyModule } from "../../types/module";
import { newByteArray } from "../../types/bytearray";
import { PySlice, itemIndex, sliceBounds } from "../../types/slice";
import { requireBuffer } from "../../types/text/buffer";
import type { HardwareSession } from "../session";
import { mpInt } from "../mp-args";
import { makeNativeType } from "../native-type";

export const nvmByteArrayType = makeNativeType("ByteArray");

class PyNvm extends PyObject {
  constructor(readonly session: HardwareSession) {
    super(nvmByteArrayType);
  }
  get bytes(): Uint8Array {
    return this.session.hw.persistent.nvm;
  }
}

function sliceRange(self: PyNvm, s: PySlice): [number, number] {
  const b = sliceBounds(s, self.bytes.length);
  if (b.step !== 1) raiseNotImplementedError("only slices with step=1 (aka None) are supported");
  return [b.start, b.start + b.length];
}

nvmByteArrayType.defineSlots({
  len: (self: PyNvm) => self.bytes.length,
  getitem: (self: PyNvm, index: PyValue) => {
    if (index instanceof PySlice) {
      const [start, stop] = sliceRange(self, index);
      return newByteArray(self.bytes.slice(start, stop));
    }
    return self.bytes[itemIndex(index, self.bytes.length, "ByteArray")];
  },
  setitem: (self: PyNvm, index: PyValue, value: PyValue) => {
    if (index instanceof PySlice) {
      const [start, stop] = sliceRange(self, index);
      const data = typeof value === "number" ? Uint8Array.of(value) : requireBuffer(value);
      if (data.length !== stop - start) raiseValueError("Slice and value different lengths.");
      self.bytes.set(data, start);
      return;
    }
    const byte = mpInt(value);
    if (byte < 0 || byte > 255) raiseValueError("Array values should be single bytes.");
    self.bytes[itemIndex(index, self.bytes.length, "ByteArray")] = byte;
  },
});

export function makeNvm(session: HardwareSession): PyValue {
  return new PyNvm(session);
}

export function createNvmModule(): PyModule {
  return new PyModule("nvm").set("ByteArray", nvmByteArrayType);
}
