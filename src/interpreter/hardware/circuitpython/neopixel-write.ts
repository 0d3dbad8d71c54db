// CircuitPython's neopixel_write(digitalinout, buf) on the RP2040: as the firmware does, a PIO state machine is
// borrowed for the transfer (12.8 MHz, one byte per autopull), then the pad goes back to a low SIO output.
import type { PyValue } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { raiseTypeError } from "../../runtime/errors";
import { builtinFunction } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { sleepMicros } from "../../modules/host-ref";
import { FUNCSEL } from "../pico-hardware";
import { requireBufferInfo } from "../rp2/buffers";
import { cpSession, raiseDeinited } from "./context";
import { digitalInOutType } from "./digitalio";
import { constructStateMachine, type ConstructParams } from "./rp2pio-machine";
import { transfer } from "./rp2pio-transfer";

/**
 * The firmware's program: zeros are ~312 ns high / 936 ns low, ones ~700 ns high / 556 ns low.
 *   bitloop: out x 1 side 0 [6]; jmp !x do_zero side 1 [3]; jmp bitloop side 1 [4]; do_zero: nop side 0 [4]
 */
const NEOPIXEL_PROGRAM = [0x6621, 0x1323, 0x1400, 0xa442];
/** A fixed identity for the program buffer, so consecutive writes reuse its copy in PIO memory. */
const NEOPIXEL_PROGRAM_ID = -1;

/** port_get_raw_ticks runs at 1024 Hz; a new write waits until 2 ticks after the last one ended. */
const RAW_TICK_US = 1_000_000 / 1024;

/** What neopixel_write reads of a DigitalInOut (digitalio.ts keeps these fields). */
interface DigitalInOutFields {
  pin: number | null;
  output: boolean;
  openDrain: boolean;
}

function params(pin: number): ConstructParams {
  const mask = 1 << pin;
  return {
    program: NEOPIXEL_PROGRAM, programId: NEOPIXEL_PROGRAM_ID, frequency: 12_800_000, init: [],
    firstOutPin: null, outPinCount: 1, firstInPin: null, inPinCount: 1, pullUp: 0, pullDown: 0,
    firstSetPin: null, setPinCount: 1, firstSidesetPin: pin, sidesetPinCount: 1, sidesetPindirs: false,
    initialPinState: 0, initialPinDirection: mask, jmpPin: null, pinsWeUse: mask, txFifo: true, rxFifo: false,
    autoPull: true, pullThreshold: 8, outShiftRight: false, waitForTxstall: true, autoPush: false, pushThreshold: 32,
    inShiftRight: true, claimPins: false, sidesetEnable: false, wrapTarget: 0, wrap: -1, offset: -1, fifoType: -1,
    movStatusType: 0, movStatusN: 0,
  };
}

function neopixelWrite(digitalinout: PyValue, buf: PyValue): PyValue {
  if (typeOf(digitalinout) !== digitalInOutType) {
    return raiseTypeError(`digitalinout must be of type DigitalInOut, not ${typeOf(digitalinout).name}`);
  }
  const dio = digitalinout as unknown as DigitalInOutFields;
  const pin = dio.pin ?? raiseDeinited();
  const bytes = requireBufferInfo(buf).bytes;
  const session = cpSession("neopixel_write");
  const timing = session.state("neopixel_write", () => ({ nextStartUs: 0 }));
  const sm = constructStateMachine(session, params(pin));
  if (sm === null) return None; // no free state machine: the firmware silently skips the write
  const wait = timing.nextStartUs - session.hw.timer.nowUs();
  if (wait > 0) sleepMicros(Math.ceil(wait)); // don't run onto the previous frame: the strip must latch first
  transfer(sm, { bytes, stride: 1, swap: false }, null);
  sm.deinit(true);
  // gpio_init, then switch_to_output(False, PUSH_PULL).
  const gpio = session.hw.gpio;
  gpio.setFunction(pin, FUNCSEL.SIO);
  gpio.setOutput(pin, 0);
  gpio.setOutputEnable(pin, true);
  dio.output = true;
  dio.openDrain = false;
  timing.nextStartUs = (Math.floor(session.hw.timer.nowUs() / RAW_TICK_US) + 2) * RAW_TICK_US;
  return None;
}

export function createNeopixelWriteModule(): PyModule {
  cpSession("neopixel_write");
  const m = new PyModule("neopixel_write");
  m.set("neopixel_write", builtinFunction("neopixel_write", 2, 2, neopixelWrite));
  return m;
}
