// adafruit_bus_device, built into CircuitPython for the RP2040 (shared-bindings/adafruit_bus_device): I2CDevice
// (probe at construction, lock while in `with`, reads and writes at its address) and SPIDevice (lock, configure,
// chip select). They call the bus's methods, so any busio/bitbangio object (or look-alike) works.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { isException, newException, OSError, ValueError } from "../../runtime/errors";
import { builtinMethod, builtinMethodKw, defineMethods } from "../../runtime/function";
import { callMethod, setAttr } from "../../runtime/attributes";
import { isInstance, truthy } from "../../runtime/protocol";
import { PyModule } from "../../types/module";
import { newByteArray } from "../../types/bytearray";
import { sleepMicros } from "../../modules/host-ref";
import { parseArgs } from "../mp-args";
import { OUT_IN_SLICE_ARGS, SLICE_ARGS } from "./bus-buffers";
import { makeNativeType } from "../native-type";

export const i2cDeviceType = makeNativeType("I2CDevice");
export const spiDeviceType = makeNativeType("SPIDevice");


class PyI2cDevice extends PyObject {
  constructor(readonly i2c: PyValue, readonly address: number) {
    super(i2cDeviceType);
  }
}

class PySpiDevice extends PyObject {
  constructor(
    readonly spi: PyValue, readonly cs: PyValue, readonly csActive: boolean,
    readonly baudrate: number, readonly polarity: number, readonly phase: number, readonly extraClocks: number,
  ) {
    super(spiDeviceType);
  }
}

/** Spins on try_lock(), as the firmware does, staying interruptible (Ctrl-C, scheduled callbacks). */
function lock(bus: PyValue): void {
  while (!truthy(callMethod(bus, "try_lock", []))) sleepMicros(0);
}

const kw = (entries: Record<string, PyValue>): Kw => new Map(Object.entries(entries)) as Kw;

/** Writes an empty buffer to the address; an OSError means nobody answered. */
function probe(self: PyI2cDevice): void {
  lock(self.i2c);
  try {
    callMethod(self.i2c, "writeto", [self.address, newByteArray(new Uint8Array(0))]);
  } catch (e) {
    if (isException(e) && isInstance(e, OSError)) {
      callMethod(self.i2c, "unlock", []);
      throw newException(ValueError, `No I2C device at address: 0x${self.address.toString(16)}`);
    }
    callMethod(self.i2c, "unlock", []);
    throw e;
  }
  callMethod(self.i2c, "unlock", []);
}

i2cDeviceType.defineSlots({
  new: (_t: unknown, args: PyValue[], kwargs: Kw | null) => {
    const a = parseArgs(args, kwargs, [
      { name: "i2c", kind: "obj", required: true },
      { name: "device_address", kind: "int", required: true },
      { name: "probe", kind: "bool", dflt: true },
    ]);
    const self = new PyI2cDevice(a.i2c, a.device_address);
    if (a.probe) probe(self);
    return self;
  },
});

defineMethods(i2cDeviceType, {
  __enter__: (self: PyI2cDevice) => (lock(self.i2c), self),
  __exit__: builtinMethod("__exit__", 3, 3, (self: PyI2cDevice) => (callMethod(self.i2c, "unlock", []), false)),
  readinto: builtinMethodKw("readinto", (self: PyI2cDevice, args: PyValue[], kwargs: Kw | null) => {
    const a = parseArgs(args, kwargs, [{ name: "buffer", kind: "obj", required: true }, ...SLICE_ARGS]);
    callMethod(self.i2c, "readfrom_into", [self.address, a.buffer], kw({ start: a.start, end: a.end }));
    return None;
  }),
  write: builtinMethodKw("write", (self: PyI2cDevice, args: PyValue[], kwargs: Kw | null) => {
    const a = parseArgs(args, kwargs, [{ name: "buffer", kind: "obj", required: true }, ...SLICE_ARGS]);
    callMethod(self.i2c, "writeto", [self.address, a.buffer], kw({ start: a.start, end: a.end }));
    return None;
  }),
  write_then_readinto: builtinMethodKw("write_then_readinto", (self: PyI2cDevice, args: PyValue[], kwargs: Kw | null) => {
    const a = parseArgs(args, kwargs, [
      { name: "out_buffer", kind: "obj", required: true },
      { name: "in_buffer", kind: "obj", required: true },
      ...OUT_IN_SLICE_ARGS,
    ]);
    callMethod(self.i2c, "writeto_then_readfrom", [self.address, a.out_buffer, a.in_buffer],
      kw({ out_start: a.out_start, out_end: a.out_end, in_start: a.in_start, in_end: a.in_end }));
    return None;
  }),
});

spiDeviceType.defineSlots({
  new: (_t: unknown, args: PyValue[], kwargs: Kw | null) => {
    const a = parseArgs(args, kwargs, [
      { name: "spi", kind: "obj", required: true },
      { name: "chip_select", kind: "obj", dflt: None },
      { name: "cs_active_value", kind: "bool", kwOnly: true, dflt: false },
      { name: "baudrate", kind: "int", kwOnly: true, dflt: 100_000 },
      { name: "polarity", kind: "int", kwOnly: true, dflt: 0 },
      { name: "phase", kind: "int", kwOnly: true, dflt: 0 },
      { name: "extra_clocks", kind: "int", kwOnly: true, dflt: 0 },
    ]);
    // Chip select idles inactive.
    if (a.chip_select !== None) callMethod(a.chip_select, "switch_to_output", [], kw({ value: !a.cs_active_value }));
    return new PySpiDevice(a.spi, a.chip_select, a.cs_active_value, a.baudrate, a.polarity, a.phase, a.extra_clocks);
  },
});

defineMethods(spiDeviceType, {
  __enter__: (self: PySpiDevice) => {
    lock(self.spi);
    callMethod(self.spi, "configure", [], kw({ baudrate: self.baudrate, polarity: self.polarity, phase: self.phase }));
    if (self.cs !== None) setAttr(self.cs, "value", self.csActive);
    return self.spi;
  },
  __exit__: builtinMethod("__exit__", 3, 3, (self: PySpiDevice) => {
    if (self.cs !== None) setAttr(self.cs, "value", !self.csActive);
    if (self.extraClocks > 0) {
      const bytes = Math.ceil(self.extraClocks / 8);
      callMethod(self.spi, "write", [newByteArray(new Uint8Array(bytes).fill(0xff))]);
    }
    callMethod(self.spi, "unlock", []);
    return false;
  }),
});

/** The package and its two submodules, made together so `adafruit_bus_device.i2c_device` is one object. */
let current: { pkg: PyModule; i2c: PyModule; spi: PyModule } | null = null;

export function createBusDevicePackage(): PyModule {
  const i2c = new PyModule("adafruit_bus_device.i2c_device").set("I2CDevice", i2cDeviceType);
  const spi = new PyModule("adafruit_bus_device.spi_device").set("SPIDevice", spiDeviceType);
  const pkg = new PyModule("adafruit_bus_device").set("i2c_device", i2c).set("spi_device", spi);
  pkg.$dict.__path__ = "<frozen adafruit_bus_device>";
  current = { pkg, i2c, spi };
  return pkg;
}

/** The importer loads the package before a submodule, so these return the package's own submodules. */
export const createI2cDeviceModule = (): PyModule => current?.i2c ?? (createBusDevicePackage(), current!.i2c);
export const createSpiDeviceModule = (): PyModule => current?.spi ?? (createBusDevicePackage(), current!.spi);
