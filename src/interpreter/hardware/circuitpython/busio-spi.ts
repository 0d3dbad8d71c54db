// busio.SPI on the raspberrypi port: pin validation, one object per SPI block, claims, and transfers on the
// board's SPI wires at the rate the block's dividers give from clk_peri (= clk_sys on CircuitPython).
import type { PyValue, Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseNotImplementedError, raiseValueError } from "../../runtime/errors";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { parseArgs } from "../mp-args";
import { spiBaudrate } from "../machine/spi";
import { cpSession } from "./context";
import { freePinArg, freePinOrNoneArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";
import { PyCpSpi, defineCpSpiMethods } from "./spi-api";

export const busioSpiType = makeNativeType("SPI");

/** The configure() default (shared-bindings: baudrate=100000). */
const DEFAULT_BAUDRATE = 100_000;

class PyBusioSpi extends PyCpSpi {
  constructor(session: HardwareSession, sck: number, mosi: number | null, miso: number | null, readonly block: number) {
    super(busioSpiType, session, sck, mosi, miso, DEFAULT_BAUDRATE);
  }
  override frequency(): number {
    return spiBaudrate(this.session.hw.clocks.getSysHz(), this.baudrate);
  }
  override release(): void {
    blocksInUse(this.session).delete(this.block);
    super.release();
  }
}

function blocksInUse(session: HardwareSession): Set<number> {
  return session.state("busio.spi.blocks", () => new Set<number>());
}

/** Pins in groups of four (RX, CSn, SCK, TX), SPI0 and SPI1 alternating every eight pins. */
const SLOT = { miso: 0, clock: 2, mosi: 3 } as const;
const spiOf = (pin: number) => Math.floor(pin / 8) % 2;

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "clock", kind: "obj", required: true },
    { name: "MOSI", kind: "obj", dflt: None },
    { name: "MISO", kind: "obj", dflt: None },
    { name: "half_duplex", kind: "bool", dflt: false },
  ]);
  const session = cpSession("busio");
  const clock = freePinArg(session, a.clock, "clock");
  const mosi = freePinOrNoneArg(session, a.MOSI, "MOSI");
  const miso = freePinOrNoneArg(session, a.MISO, "MISO");
  if (a.half_duplex) raiseNotImplementedError("half_duplex");
  const roles: [number | null, number][] = [[clock, SLOT.clock], [mosi, SLOT.mosi], [miso, SLOT.miso]];
  const ok = roles.every(([pin, slot]) => pin === null || (pin % 4 === slot && spiOf(pin) === spiOf(clock)));
  if (!ok) raiseValueError("Invalid pins");
  const block = spiOf(clock);
  if (blocksInUse(session).has(block)) raiseValueError("SPI peripheral in use");
  const pins = roles.map(([pin]) => pin).filter((p): p is number => p !== null);
  for (const pin of pins) {
    session.claims.claim(pin);
    session.hw.gpio.setFunction(pin, FUNCSEL.SPI);
  }
  blocksInUse(session).add(block);
  return new PyBusioSpi(session, clock, mosi, miso, block);
}

defineCpSpiMethods(busioSpiType);
busioSpiType.defineSlots({ new: construct });
