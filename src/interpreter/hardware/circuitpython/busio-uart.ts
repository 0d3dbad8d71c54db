// busio.UART on the raspberrypi port: pin validation and claims (rx is checked before tx, as the firmware
// does). Sending and receiving come with the serial-bus simulation.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { defineMethods } from "../../runtime/function";
import { FUNCSEL } from "../pico-hardware";
import type { HardwareSession } from "../session";
import { defineProperties } from "../native-property";
import { parseArgs } from "../mp-args";
import { cpSession, defineContextManager, raiseDeinited, resetPin } from "./context";
import { freePinOrNoneArg } from "./mcu-pin";
import { makeNativeType } from "../native-type";

export const busioUartType = makeNativeType("UART");

class PyBusioUart extends PyObject {
  live = true;
  constructor(readonly session: HardwareSession, readonly pins: number[], readonly baudrate: number) {
    super(busioUartType);
  }
}

/** UART0 TX on GP0/12/16/28, RX one above; UART1 four pins further (datasheet 2.19.2). */
function uartOfPin(pin: number, role: "tx" | "rx"): number | null {
  if (pin % 4 !== (role === "tx" ? 0 : 1)) return null;
  return Math.floor((pin + 4) / 8) % 2;
}

function construct(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, [
    { name: "tx", kind: "obj", dflt: None },
    { name: "rx", kind: "obj", dflt: None },
    { name: "rts", kind: "obj", kwOnly: true, dflt: None },
    { name: "cts", kind: "obj", kwOnly: true, dflt: None },
    { name: "rs485_dir", kind: "obj", kwOnly: true, dflt: None },
    { name: "rs485_invert", kind: "bool", kwOnly: true, dflt: false },
    { name: "baudrate", kind: "int", kwOnly: true, dflt: 9600 },
    { name: "bits", kind: "int", kwOnly: true, dflt: 8 },
    { name: "parity", kind: "obj", kwOnly: true, dflt: None },
    { name: "stop", kind: "int", kwOnly: true, dflt: 1 },
    { name: "timeout", kind: "obj", kwOnly: true, dflt: 1 },
    { name: "receiver_buffer_size", kind: "int", kwOnly: true, dflt: 64 },
  ]);
  const session = cpSession("busio");
  const rx = freePinOrNoneArg(session, a.rx, "rx");
  const tx = freePinOrNoneArg(session, a.tx, "tx");
  if (tx === null && rx === null) raiseValueError("tx and rx cannot both be None");
  const units = [tx === null ? null : uartOfPin(tx, "tx"), rx === null ? null : uartOfPin(rx, "rx")];
  const given = units.filter((u, i) => (i === 0 ? tx : rx) !== null);
  if (given.some((u) => u === null) || (given.length === 2 && given[0] !== given[1])) raiseValueError("Invalid pins");
  const pins = [tx, rx].filter((p): p is number => p !== null);
  for (const pin of pins) {
    session.claims.claim(pin);
    session.hw.gpio.setFunction(pin, FUNCSEL.UART);
  }
  return new PyBusioUart(session, pins, a.baudrate);
}

function deinit(self: PyBusioUart): PyValue {
  if (!self.live) return None;
  for (const pin of self.pins) resetPin(self.session, pin);
  self.live = false;
  return None;
}

defineMethods(busioUartType, { deinit });
defineContextManager(busioUartType, deinit);
defineProperties(busioUartType, {
  baudrate: { get: (self: PyBusioUart) => (self.live ? self.baudrate : raiseDeinited()) },
});
busioUartType.defineSlots({ new: construct });
