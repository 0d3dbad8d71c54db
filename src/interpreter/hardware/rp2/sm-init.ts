// StateMachine.init(prog, freq=-1, *, in_base, out_base, set_base, jmp_pin, sideset_base, in_shiftdir, out_shiftdir,
// push_thresh, pull_thresh) as rp2_state_machine_init_helper does it: load the program, compute the divider,
// build the SDK config from the program's EXECCTRL/SHIFTCTRL and the pin bases, set up the pins.
import type { PyValue, Kw } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { raiseValueError } from "../../runtime/errors";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { mpInt, parseArgs, type ArgSpec } from "../mp-args";
import { pinNumberArg } from "../machine/pin";
import type { HardwareSession } from "../session";
import { intTruncated } from "./buffers";
import { PIO_SM, defaultSmConfig, withField, type PioSmConfig } from "./pio-sdk";
import { addProgram, programFields, programOffset, PROG } from "./program";
import type { Rp2State } from "./context";

const INIT_ARGS: ArgSpec[] = [
  { name: "prog", kind: "obj", required: true },
  { name: "freq", kind: "int", dflt: -1 },
  { name: "in_base", kind: "obj", kwOnly: true, dflt: None },
  { name: "out_base", kind: "obj", kwOnly: true, dflt: None },
  { name: "set_base", kind: "obj", kwOnly: true, dflt: None },
  { name: "jmp_pin", kind: "obj", kwOnly: true, dflt: None },
  { name: "sideset_base", kind: "obj", kwOnly: true, dflt: None },
  { name: "in_shiftdir", kind: "obj", kwOnly: true, dflt: None },
  { name: "out_shiftdir", kind: "obj", kwOnly: true, dflt: None },
  { name: "push_thresh", kind: "obj", kwOnly: true, dflt: None },
  { name: "pull_thresh", kind: "obj", kwOnly: true, dflt: None },
];

/** asm_pio_config_t: a pin group's base (-1: none), count, and initial directions and levels. */
interface PinGroup {
  base: number;
  count: number;
  pindirs: number;
  pinvals: number;
}

/** asm_pio_get_pins: the program's out_init/set_init/sideset_init, placed at the base the caller gave. */
function pinGroup(progPins: PyValue, argBase: PyValue): PinGroup {
  const g: PinGroup = { base: -1, count: 0, pindirs: 0, pinvals: 0 };
  if (progPins !== None) {
    const values = progPins instanceof PyList || progPins instanceof PyTuple ? progPins.items : [progPins];
    g.count = values.length;
    values.forEach((v, i) => {
      const value = mpInt(v);
      g.pindirs |= (value >> 1) << i;
      g.pinvals |= (value & 1) << i;
    });
  }
  if (argBase !== None) g.base = pinNumberArg(argBase);
  return g;
}

/** The clock divider for `freq` Hz: -1 runs at clk_sys, 0 sets the divider to 0 (65536). */
function clockDivider(freq: number, sysHz: number): number {
  if (freq < 0) return 1 << PIO_SM.CLKDIV_INT_LSB;
  if (freq === 0) return 0;
  const div = Math.floor((sysHz * 256) / freq);
  if (!(div >= 256 && div <= 65536 * 256)) raiseValueError("freq out of range");
  return (((div >>> 8) & 0xffff) << PIO_SM.CLKDIV_INT_LSB) | ((div & 0xff) << PIO_SM.CLKDIV_FRAC_LSB);
}

/** asm_pio_override_shiftctrl: an explicit argument replaces the program's field (unmasked, as in C). */
function overrideShift(c: PioSmConfig, arg: PyValue, width: number, lsb: number): void {
  if (arg === None) return;
  const bits = ((2 ** width - 1) * 2 ** lsb) >>> 0;
  c.shiftctrl = ((c.shiftctrl & ~bits) | (mpInt(arg) << lsb)) >>> 0;
}

/** asm_pio_init_gpio: initial levels and directions through the state machine, then the pads to this PIO. */
function initGpio(state: Rp2State, pio: number, sm: number, g: PinGroup): void {
  const mask = (((1 << g.count) - 1) << g.base) >>> 0;
  state.sdk.setPinsWithMask(pio, sm, (g.pinvals << g.base) >>> 0, mask, false);
  state.sdk.setPinsWithMask(pio, sm, (g.pindirs << g.base) >>> 0, mask, true);
  for (let i = 0; i < g.count; i++) state.sdk.gpioInit(pio, g.base + i);
}

/** rp2_state_machine_init_helper for state machine `id` (0..7). */
export function initStateMachine(session: HardwareSession, state: Rp2State, id: number, args: PyValue[], kw: Kw | null): void {
  const a = parseArgs(args, kw, INIT_ARGS);
  const pio = id >> 2;
  const sm = id & 3;
  const fields = programFields(a.prog);
  let offset = programOffset(fields, pio);
  if (offset < 0) {
    addProgram(state.sdk, pio, a.prog);
    offset = programOffset(fields, pio);
  }
  state.initialPc[id] = offset;
  const clkdiv = clockDivider(a.freq, session.hw.clocks.getSysHz());
  state.sdk.init(pio, sm, offset, null);

  const c = defaultSmConfig();
  c.clkdiv = clkdiv;
  c.execctrl = intTruncated(fields[PROG.EXECCTRL]);
  c.shiftctrl = intTruncated(fields[PROG.SHIFTCTRL]);
  // The program's wrap is relative to its start.
  c.execctrl = (c.execctrl + (offset << PIO_SM.EXECCTRL_WRAP_TOP_LSB) + (offset << PIO_SM.EXECCTRL_WRAP_BOTTOM_LSB)) >>> 0;
  if (a.in_base !== None) c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_IN_BASE_LSB, 5, pinNumberArg(a.in_base));
  const out = pinGroup(fields[PROG.OUT_PINS], a.out_base);
  if (out.base >= 0) {
    c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_OUT_BASE_LSB, 5, out.base);
    c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_OUT_COUNT_LSB, 6, out.count);
  }
  const set = pinGroup(fields[PROG.SET_PINS], a.set_base);
  if (set.base >= 0) {
    c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_SET_BASE_LSB, 5, set.base);
    c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_SET_COUNT_LSB, 3, set.count);
  }
  if (a.jmp_pin !== None) c.execctrl = withField(c.execctrl, PIO_SM.EXECCTRL_JMP_PIN_LSB, 5, pinNumberArg(a.jmp_pin));
  const side = pinGroup(fields[PROG.SIDESET_PINS], a.sideset_base);
  if (side.base >= 0) {
    // With optional side-set the count includes the enable bit.
    const count = side.count + (c.execctrl & PIO_SM.EXECCTRL_SIDE_EN ? 1 : 0);
    c.pinctrl = (c.pinctrl | (count << PIO_SM.PINCTRL_SIDESET_COUNT_LSB)) >>> 0;
    c.pinctrl = withField(c.pinctrl, PIO_SM.PINCTRL_SIDESET_BASE_LSB, 5, side.base);
  }
  overrideShift(c, a.in_shiftdir, 1, PIO_SM.SHIFTCTRL_IN_SHIFTDIR_LSB);
  overrideShift(c, a.out_shiftdir, 1, PIO_SM.SHIFTCTRL_OUT_SHIFTDIR_LSB);
  overrideShift(c, a.push_thresh, 5, PIO_SM.SHIFTCTRL_PUSH_THRESH_LSB);
  overrideShift(c, a.pull_thresh, 5, PIO_SM.SHIFTCTRL_PULL_THRESH_LSB);
  state.sdk.setConfig(pio, sm, c);

  for (const g of [out, set, side]) if (g.base >= 0) initGpio(state, pio, sm, g);
}
