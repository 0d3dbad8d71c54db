// machine.SPI for the rp2 port: two static SPI blocks that keep their pins; construction, pin validation,
// baud rate from clk_peri, repr, and transfers on the board's SPI wires (spi-bus.ts).
import type { PyValue, Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseNotImplementedError, raiseValueError } from "../../runtime/errors";
import { builtinMethodKw, defineClassAttrs, defineMethods } from "../../runtime/function";
import { FUNCSEL } from "../pico-hardware";
import { u32 } from "../c-arith";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { machineHw, machineSession } from "./context";
import { pinNumberArg } from "./pin";
import { LSB, MSB, PySpiController, defineSpiMethods } from "./spi-bus";

export const spiType = makeBuiltinType("SPI");

const DEFAULT_BAUDRATE = 1_000_000;
/** The Pico's default pins: SPI0 on GP18/19/16, SPI1 on GP10/11/8. */
const DEFAULT_PINS = [{ sck: 18, mosi: 19, miso: 16 }, { sck: 10, mosi: 11, miso: 8 }];

class PySpi extends PySpiController {
  baudrate = 0;
  polarity = 0;
  phase = 0;
  constructor(readonly id: number, public sck: number, public mosi: number, public miso: number) {
    super(spiType);
  }
}

type SpiPin = "sck" | "mosi" | "miso";
/** Pins come in groups of four (MISO, CS, SCK, MOSI); SPI0/SPI1 alternate every eight pins. */
const PIN_SLOT: Record<SpiPin, number> = { miso: 0, sck: 2, mosi: 3 };
const isValid = (id: number, which: SpiPin, pin: number) => (pin & 3) === PIN_SLOT[which] && ((pin & 8) >> 3) === id;

/** spi_set_baudrate: the fastest prescale/postdiv rate at or below `baudrate`, from clk_peri. */
export function spiBaudrate(periHz: number, baudrate: number): number {
  let prescale = 2;
  for (; prescale <= 254; prescale += 2) {
    if (periHz < (prescale + 2) * 256 * baudrate) break;
  }
  let postdiv = 256;
  for (; postdiv > 1; postdiv--) {
    if (Math.floor(periHz / (prescale * (postdiv - 1))) > baudrate) break;
  }
  return Math.floor(periHz / (prescale * postdiv));
}

const ARGS: ArgSpec[] = [
  { name: "id", kind: "obj", required: true },
  { name: "baudrate", kind: "int", dflt: DEFAULT_BAUDRATE },
  { name: "polarity", kind: "int", kwOnly: true, dflt: 0 },
  { name: "phase", kind: "int", kwOnly: true, dflt: 0 },
  { name: "bits", kind: "int", kwOnly: true, dflt: 8 },
  { name: "firstbit", kind: "int", kwOnly: true, dflt: MSB },
  { name: "sck", kind: "obj", kwOnly: true, dflt: None },
  { name: "mosi", kind: "obj", kwOnly: true, dflt: None },
  { name: "miso", kind: "obj", kwOnly: true, dflt: None },
];

function spiObjects(): PySpi[] {
  return machineSession().state("machine.spi", () => DEFAULT_PINS.map((p, id) => new PySpi(id, p.sck, p.mosi, p.miso)));
}

/** The registers hold 8-bit fields: bits=17 reads back as given, as the firmware's uint8_t fields do. */
function configure(self: PySpi, a: Record<string, any>): void {
  self.baudrate = u32(a.baudrate);
  self.polarity = a.polarity & 0xff;
  self.phase = a.phase & 0xff;
  self.bits = a.bits & 0xff;
  self.firstbit = a.firstbit & 0xff;
  if (self.firstbit === LSB) raiseNotImplementedError("LSB");
  const hw = machineHw();
  self.baudrate = spiBaudrate(hw.clocks.getPeriHz(), self.baudrate);
  for (const pin of [self.sck, self.miso, self.mosi]) hw.gpio.setFunction(pin, FUNCSEL.SPI);
}

function spiNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, ARGS);
  const id = mpInt(a.id);
  if (id < 0 || id > 1) raiseValueError(`SPI(${id}) doesn't exist`);
  const self = spiObjects()[id];
  for (const which of ["sck", "mosi", "miso"] as const) {
    if (a[which] === None) continue;
    const pin = pinNumberArg(a[which]);
    if (!isValid(id, which, pin)) raiseValueError(`bad ${which.toUpperCase()} pin`);
    self[which] = pin;
  }
  if (args.length > 1 || (kw !== null && kw.size > 0) || self.baudrate === 0) configure(self, a);
  return self;
}

const INIT_ARGS: ArgSpec[] = ["baudrate", "polarity", "phase", "bits", "firstbit"].map((name) => ({
  name, kind: "int" as const, kwOnly: true, dflt: -1,
}));

function spiInit(self: PySpi, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, INIT_ARGS);
  if (a.baudrate !== -1) self.baudrate = spiBaudrate(machineHw().clocks.getPeriHz(), u32(a.baudrate));
  if (a.polarity !== -1) self.polarity = a.polarity & 0xff;
  if (a.phase !== -1) self.phase = a.phase & 0xff;
  if (a.bits !== -1) self.bits = a.bits & 0xff;
  if (a.firstbit !== -1) {
    self.firstbit = a.firstbit & 0xff;
    if (self.firstbit === LSB) raiseNotImplementedError("LSB");
  }
  return None;
}

spiType.defineSlots({
  repr: (s: PySpi) =>
    `SPI(${s.id}, baudrate=${s.baudrate}, polarity=${s.polarity}, phase=${s.phase}, bits=${s.bits}, ` +
    `sck=${s.sck}, mosi=${s.mosi}, miso=${s.miso})`,
  new: spiNew,
});

defineMethods(spiType, {
  init: builtinMethodKw("init", spiInit),
  deinit: () => None,
});

defineSpiMethods(spiType);
defineClassAttrs(spiType, { MSB, LSB });
