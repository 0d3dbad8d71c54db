// machine.Pin for the rp2 port: one static object per GPIO, modes IN/OUT/OPEN_DRAIN/ALT, pulls, value access,
// irq(), and the Pin.board / Pin.cpu name tables (ports/rp2/machine_pin.c behaviour).
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import {
  builtinMethod, builtinMethodKw, checkArity, defineClassAttrs, defineMethods,
} from "../../runtime/function";
import { truthy } from "../../runtime/protocol";
import { FUNCSEL, NUM_BANK0_GPIOS, type Level } from "../pico-hardware";
import { MP_BOARD_PINS, MP_CPU_PINS } from "../pin-names";
import { micropythonBoard } from "../boards/index";
import { isIntObject, mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { machineHw, machineSession, machineState } from "./context";
import { IRQ_FALLING, IRQ_RISING, pinIrqOf } from "./pin-irq";

/** Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.ALT. */
export const MODE = { IN: 0, OUT: 1, OPEN_DRAIN: 2, ALT: 3 } as const;
export const PULL_UP = 1;
export const PULL_DOWN = 2;

export const pinType = makeBuiltinType("Pin");

export class PyPin extends PyObject {
  constructor(readonly id: number, readonly name: string) {
    super(pinType);
  }
}

/** The 30 static pin objects (like machine_pin_obj_table: `Pin(0) is Pin.cpu.GPIO0`). */
const PINS: readonly PyPin[] = Array.from({ length: NUM_BANK0_GPIOS }, (_, i) => new PyPin(i, `GPIO${i}`));

export function pinObject(id: number): PyPin {
  return PINS[id];
}

/** A namespace type whose class attributes are pins (`Pin.board`, `Pin.cpu`). */
function pinTable(name: string, entries: readonly [string, number][]) {
  const t = makeBuiltinType(name);
  t.isBaseType = false;
  for (const [pinName, id] of entries) t.setClassAttr(pinName, PINS[id]);
  return t;
}

/** The target board's MicroPython build: its Pin.board names, and pins it prints by another name (WL_GPIO0). */
function buildPins(): { pins: readonly (readonly [string, number])[]; pinNames: Readonly<Record<number, string>> } {
  const build = micropythonBoard().micropython;
  return { pins: build?.pins ?? MP_BOARD_PINS, pinNames: build?.pinNames ?? {} };
}

/** Pins of the Pico W's wireless chip, made once each (simulated on the pads their board definition gives). */
const NAMED_PINS = new Map<string, PyPin>();

/** The pin object a board name stands for: the GPIO's own, or one named after the wireless chip's pin. */
function boardPinObject(id: number): PyPin {
  const name = buildPins().pinNames[id];
  if (name === undefined) return PINS[id];
  let pin = NAMED_PINS.get(name);
  if (pin === undefined) NAMED_PINS.set(name, (pin = new PyPin(id, name)));
  return pin;
}

const boardTables = new Map<string, ReturnType<typeof makeBuiltinType>>();

/** Sets Pin.board to the target board's names (machine is imported afresh by each interpreter). */
export function useTargetBoardPins(): void {
  const key = micropythonBoard().id;
  let table = boardTables.get(key);
  if (table === undefined) {
    table = makeBuiltinType("board");
    table.isBaseType = false;
    for (const [pinName, id] of buildPins().pins) table.setClassAttr(pinName, boardPinObject(id));
    boardTables.set(key, table);
  }
  pinType.setClassAttr("board", table);
}

/** machine_pin_find: a Pin, a board or cpu pin name, or a GPIO number. */
export function findPin(v: PyValue): PyPin {
  if (v instanceof PyPin) return v;
  if (typeof v === "string") {
    const board = buildPins().pins.find(([n]) => n === v);
    if (board) return boardPinObject(board[1]);
    const entry = MP_CPU_PINS.find(([n]) => n === v);
    if (entry) return PINS[entry[1]];
    return raiseValueError(`unknown named pin "${v}"`);
  }
  if (isIntObject(v)) {
    const n = mpInt(v);
    if (n >= 0 && n < NUM_BANK0_GPIOS) return PINS[n];
  }
  return raiseValueError("invalid pin");
}

/** mp_hal_get_pin_obj: the GPIO number of anything findPin accepts. */
export function pinNumberArg(v: PyValue): number {
  return findPin(v).id;
}

// ---------- mp_hal pin operations ----------

export function pinInput(id: number): void {
  const hw = machineHw();
  hw.gpio.setOutputEnable(id, false);
  machineState().openDrain.delete(id);
  hw.gpio.setFunction(id, FUNCSEL.SIO);
}

export function pinOutput(id: number): void {
  const hw = machineHw();
  hw.gpio.setOutputEnable(id, true);
  machineState().openDrain.delete(id);
  hw.gpio.setFunction(id, FUNCSEL.SIO);
}

/** Open drain is simulated: drive low with the output enabled, release (input) for high. */
export function pinOpenDrain(id: number, value: number): void {
  const hw = machineHw();
  hw.gpio.setOutput(id, 0);
  hw.gpio.setOutputEnable(id, value === 0);
  machineState().openDrain.add(id);
  hw.gpio.setFunction(id, FUNCSEL.SIO);
}

function isOpenDrain(id: number): boolean {
  return machineState().openDrain.has(id);
}

export function pinRead(id: number): Level {
  return machineHw().gpio.read(id);
}

export function pinWrite(id: number, value: boolean): void {
  const hw = machineHw();
  if (isOpenDrain(id)) hw.gpio.setOutputEnable(id, !value);
  else hw.gpio.setOutput(id, value ? 1 : 0);
}

// ---------- repr ----------

/** The alternate functions' names as the rp2 pin tables give them (GPCK exists only on GPIO20..25). */
function altName(id: number, funcsel: number): string | undefined {
  switch (funcsel) {
    case FUNCSEL.SPI: return "SPI";
    case FUNCSEL.UART: return "UART";
    case FUNCSEL.I2C: return "I2C";
    case FUNCSEL.PWM: return "PWM";
    case FUNCSEL.SIO: return "SIO";
    case FUNCSEL.PIO0: return "PIO0";
    case FUNCSEL.PIO1: return "PIO1";
    case FUNCSEL.GPCK: return id >= 20 && id <= 25 ? "GPCK" : undefined;
    case FUNCSEL.USB: return "USB";
  }
  return undefined;
}

function pinRepr(self: PyPin): string {
  const hw = machineHw();
  const funcsel = hw.gpio.getFunction(self.id);
  let mode: string;
  if (funcsel !== FUNCSEL.SIO) mode = "ALT";
  else if (isOpenDrain(self.id)) mode = "OPEN_DRAIN";
  else mode = hw.gpio.isOutputEnabled(self.id) ? "OUT" : "IN";
  let out = `Pin(${self.name}, mode=${mode}`;
  const pulls = hw.gpio.getPulls(self.id);
  if (pulls.up) out += ", pull=PULL_UP";
  if (pulls.down) out += pulls.up ? "|PULL_DOWN" : ", pull=PULL_DOWN";
  if (funcsel !== FUNCSEL.SIO) out += `, alt=${altName(self.id, funcsel) ?? funcsel}`;
  return out + ")";
}

// ---------- init ----------

const INIT_ARGS: ArgSpec[] = [
  { name: "mode", kind: "obj", dflt: None },
  { name: "pull", kind: "obj", dflt: None },
  { name: "value", kind: "obj", kwOnly: true, dflt: None },
  { name: "alt", kind: "int", kwOnly: true, dflt: FUNCSEL.SIO },
];

function configureMode(id: number, mode: number, value: number, alt: number): void {
  if (mode === MODE.IN) {
    pinInput(id);
  } else if (mode === MODE.OUT) {
    if (value !== -1) machineHw().gpio.setOutput(id, value ? 1 : 0);
    pinOutput(id);
  } else if (mode === MODE.OPEN_DRAIN) {
    pinOpenDrain(id, value === -1 ? 1 : value);
  } else {
    if (altName(id, alt) === undefined) raiseValueError(`invalid pin af: ${alt}`);
    machineHw().gpio.setFunction(id, alt);
    machineState().openDrain.delete(id);
  }
}

function pinInit(self: PyPin, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, INIT_ARGS);
  const value = a.value === None ? -1 : truthy(a.value) ? 1 : 0;
  if (a.mode !== None) configureMode(self.id, mpInt(a.mode), value, a.alt);
  // None means no pull, so the pulls are always set.
  const pull = a.pull === None ? 0 : mpInt(a.pull);
  machineHw().gpio.setPulls(self.id, (pull & PULL_UP) !== 0, (pull & PULL_DOWN) !== 0);
  return None;
}

function pinNew(_type: unknown, args: PyValue[], kw: Kw | null): PyValue {
  checkArity(args.length, 1, -1, kw !== null && kw.size > 0, true);
  const pin = findPin(args[0]);
  if (args.length > 1 || (kw !== null && kw.size > 0)) pinInit(pin, args.slice(1), kw);
  return pin;
}

// ---------- value access ----------

/** `pin()` / `pin(v)` and `pin.value()` / `pin.value(v)`. */
function pinCallValue(self: PyPin, value?: PyValue): PyValue {
  if (value === undefined) return pinRead(self.id);
  pinWrite(self.id, truthy(value));
  return None;
}

function pinLow(self: PyPin): PyValue {
  if (isOpenDrain(self.id)) machineHw().gpio.setOutputEnable(self.id, true);
  else machineHw().gpio.setOutput(self.id, 0);
  return None;
}

function pinHigh(self: PyPin): PyValue {
  if (isOpenDrain(self.id)) machineHw().gpio.setOutputEnable(self.id, false);
  else machineHw().gpio.setOutput(self.id, 1);
  return None;
}

function pinToggle(self: PyPin): PyValue {
  const gpio = machineHw().gpio;
  if (isOpenDrain(self.id)) gpio.setOutputEnable(self.id, !gpio.isOutputEnabled(self.id));
  else gpio.setOutput(self.id, gpio.getOutput(self.id) === 1 ? 0 : 1);
  return None;
}

const IRQ_ARGS: ArgSpec[] = [
  { name: "handler", kind: "obj", dflt: None },
  { name: "trigger", kind: "int", dflt: IRQ_FALLING | IRQ_RISING },
  { name: "hard", kind: "bool", dflt: false },
];

function pinIrq(self: PyPin, args: PyValue[], kw: Kw | null): PyValue {
  const a = parseArgs(args, kw, IRQ_ARGS);
  const irq = pinIrqOf(machineSession(), self.id, self);
  if (args.length > 0 || (kw !== null && kw.size > 0)) irq.configure(a.handler, a.trigger, a.hard);
  return irq;
}

pinType.defineSlots({
  repr: pinRepr,
  new: pinNew,
  call: (self: PyPin, args: PyValue[], kw: Kw | null) => {
    checkArity(args.length, 0, 1, kw !== null && kw.size > 0);
    return pinCallValue(self, args[0]);
  },
});

defineMethods(pinType, {
  init: builtinMethodKw("init", pinInit),
  value: builtinMethod("value", 0, 1, pinCallValue),
  low: pinLow,
  high: pinHigh,
  off: pinLow,
  on: pinHigh,
  toggle: pinToggle,
  irq: builtinMethodKw("irq", pinIrq),
});

defineClassAttrs(pinType, {
  board: pinTable("board", MP_BOARD_PINS),
  cpu: pinTable("cpu", MP_CPU_PINS),
  IN: MODE.IN,
  OUT: MODE.OUT,
  OPEN_DRAIN: MODE.OPEN_DRAIN,
  ALT: MODE.ALT,
  PULL_UP,
  PULL_DOWN,
  IRQ_RISING,
  IRQ_FALLING,
  ALT_SPI: FUNCSEL.SPI,
  ALT_UART: FUNCSEL.UART,
  ALT_I2C: FUNCSEL.I2C,
  ALT_PWM: FUNCSEL.PWM,
  ALT_SIO: FUNCSEL.SIO,
  ALT_PIO0: FUNCSEL.PIO0,
  ALT_PIO1: FUNCSEL.PIO1,
  ALT_GPCK: FUNCSEL.GPCK,
  ALT_USB: FUNCSEL.USB,
});
