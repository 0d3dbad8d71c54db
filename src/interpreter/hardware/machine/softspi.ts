// machine.SoftSPI: SPI bit-banged by the CPU on any three pins (extmod/machine_spi.c mp_machine_soft_spi_*), with
// the baud rate rounded to whole half-period microseconds and LSB-first supported.
import type { PyValue, Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineClassAttrs, defineMethods } from "../../runtime/function";
import { FUNCSEL } from "../pico-hardware";
import { divU32, u32 } from "../c-arith";
import { parseArgs, type ArgSpec } from "../mp-args";
import { machineHw } from "./context";
import { pinNumberArg } from "./pin";
import { LSB, MSB, PySpiController, defineSpiMethods } from "./spi-bus";

export const softSpiType = makeBuiltinType("SoftSPI");

class PySoftSpi extends PySpiController {
  delayHalf = 1;
  polarity = 0;
  phase = 0;
  constructor(public sck: number, public mosi: number, public miso: number) {
    super(softSpiType);
  }
  get baudrate(): number {
    return divU32(500_000, this.delayHalf);
  }
}

/** baudrate_to_delay_half: rounded up so the real rate never exceeds the one asked for. */
function delayHalf(baudrate: number): number {
  const b = Math.max(1, u32(baudrate));
  return divU32(500_000, b) + (500_000 % b !== 0 ? 1 : 0);
}

const ARGS: ArgSpec[] = [
  { name: "baudrate", kind: "int", dflt: 500_000 },
  { name: "polarity", kind: "int", kwOnly: true, dflt: 0 },
  { name: "phase", kind: "int", kwOnly: true, dflt: 0 },
  { name: "bits", kind: "int", kwOnly: true, dflt: 8 },
  { name: "firstbit", kind: "int", kwOnly: true, dflt: MSB },
  { name: "sck", kind: "obj", kwOnly: true },
  { name: "mosi", kind: "obj", kwOnly: true },
  { name: "miso", kind: "obj", kwOnly: true },
];

/** SCK idles at the polarity; MOSI is an output, MISO an input. */
function setUpPins(self: PySoftSpi): void {
  const gpio = machineHw().gpio;
  for (const pin of [self.sck, self.mosi, self.miso]) gpio.setFunction(pin, FUNCSEL.SIO);
  gpio.setOutput(self.sck, self.polarity ? 1 : 0);
  gpio.setOutputEnable(self.sck, true);
  gpio.setOutputEnable(self.mosi, true);
  gpio.setOutputEnable(self.miso, false);
}

function softSpiNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, ARGS);
  if (a.sck === undefined || a.mosi === undefined || a.miso === undefined) raiseValueError("must specify all of sck/mosi/miso");
  const self = new PySoftSpi(pinNumberArg(a.sck), pinNumberArg(a.mosi), pinNumberArg(a.miso));
  self.delayHalf = delayHalf(a.baudrate);
  self.polarity = a.polarity;
  self.phase = a.phase;
  self.bits = a.bits;
  self.firstbit = a.firstbit === LSB ? LSB : MSB;
  setUpPins(self);
  return self;
}

const INIT_ARGS: ArgSpec[] = ARGS.map((s) => ({ ...s, kwOnly: s.name !== "baudrate", dflt: undefined }));

function softSpiInit(self: PySoftSpi, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, INIT_ARGS);
  if (a.baudrate !== undefined) self.delayHalf = delayHalf(a.baudrate);
  if (a.polarity !== undefined) self.polarity = a.polarity;
  if (a.phase !== undefined) self.phase = a.phase;
  if (a.bits !== undefined) self.bits = a.bits;
  if (a.firstbit !== undefined) self.firstbit = a.firstbit === LSB ? LSB : MSB;
  for (const which of ["sck", "mosi", "miso"] as const) if (a[which] !== undefined) self[which] = pinNumberArg(a[which]);
  setUpPins(self);
  return None;
}

softSpiType.defineSlots({
  repr: (s: PySoftSpi) =>
    `SoftSPI(baudrate=${s.baudrate}, polarity=${s.polarity}, phase=${s.phase}, sck=${s.sck}, mosi=${s.mosi}, miso=${s.miso})`,
  new: softSpiNew,
});
defineMethods(softSpiType, { init: builtinMethodKw("init", softSpiInit), deinit: () => None });
defineSpiMethods(softSpiType);
defineClassAttrs(softSpiType, { MSB, LSB });
