// PIO emulation tests: each instruction kind, side-set, FIFOs and joins, autopush/autopull, IRQs, clock dividers
// and the lazy timing on the virtual clock (a block alone with its clock and pads; no interpreter).
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../clock";
import { GpioBank, GpioFunction } from "../gpio";
import { EdgeClock } from "../edge-clock";
import { PioBlock } from "./pio-block";
import { EXECCTRL, PINCTRL, SHIFTCTRL, EXECCTRL_RESET, SHIFTCTRL_RESET } from "./registers";
import { asm, ds } from "./test-encode";

const SYS_HZ = 125_000_000;

function setup() {
  const clock = new VirtualClock();
  const gpio = new GpioBank();
  const warnings: string[] = [];
  const pio = new PioBlock({ index: 0, clock, gpio, edgeClock: new EdgeClock(clock), sysClockHz: () => SYS_HZ, warn: (m) => warnings.push(m) });
  return { clock, gpio, pio, warnings };
}

interface Config {
  clkdiv?: number;
  wrapTarget?: number;
  execctrl?: number;
  shiftctrl?: number;
  pinctrl?: number;
}

/** Loads `program` at 0 and configures state machine `sm` (wrap around the whole program by default). */
function load(pio: PioBlock, program: number[], config: Config = {}, sm = 0): void {
  program.forEach((w, i) => pio.writeInstrMem(i, w));
  const wrap = (Math.max(0, program.length - 1) << EXECCTRL.WRAP_TOP_LSB) | ((config.wrapTarget ?? 0) << EXECCTRL.WRAP_BOTTOM_LSB);
  pio.writeClkdiv(sm, (config.clkdiv ?? 1) << 16);
  pio.writeExecctrl(sm, (config.execctrl ?? 0) | wrap);
  pio.writeShiftctrl(sm, config.shiftctrl ?? SHIFTCTRL_RESET);
  pio.writePinctrl(sm, config.pinctrl ?? 0);
  pio.exec(sm, asm.jmp("always", 0));
}

/** Pads `pins` follow PIO0. */
function pioPins(gpio: GpioBank, ...pins: number[]): void {
  for (const p of pins) gpio.setFunction(p, GpioFunction.PIO0);
}

const setPins = (base: number, count: number) => (base << PINCTRL.SET_BASE_LSB) | (count << PINCTRL.SET_COUNT_LSB);
const outPins = (base: number, count: number) => (base << PINCTRL.OUT_BASE_LSB) | (count << PINCTRL.OUT_COUNT_LSB);

describe("PIO: instructions", () => {
  it("SET pins and pindirs drive the pads; SET x/y load 5-bit values", () => {
    const { gpio, pio } = setup();
    pioPins(gpio, 2, 3);
    load(pio, [], { pinctrl: setPins(2, 2) });
    pio.exec(0, asm.set("pindirs", 3));
    pio.exec(0, asm.set("pins", 2));
    expect([gpio.read(2), gpio.read(3)]).toEqual([0, 1]);
    pio.exec(0, asm.set("x", 21));
    pio.exec(0, asm.set("y", 31));
    expect([pio.sm[0].x, pio.sm[0].y]).toEqual([21, 31]);
  });

  it("JMP conditions: always, !x, x--, !y, y--, x!=y, pin, !osre", () => {
    const { gpio, pio, clock } = setup();
    // Count X down from 3 to 0 in a loop, then push the number of loops (in Y) and stop.
    load(pio, [
      asm.set("x", 3), // 0
      asm.set("y", 0), // 1
      asm.jmp("!x", 6), // 2: done when X reaches 0
      asm.mov("y", "y", "invert"), // 3: count loops in Y's complement... keep simple: toggle
      asm.jmp("x--", 2), // 4
      asm.jmp("always", 31), // 5: never reached
      asm.mov("isr", "x"), // 6
      asm.push(), // 7
      asm.jmp("always", 8), // 8: park
    ]);
    pio.setEnabled(1, true);
    clock.advanceBy(1);
    expect(pio.getRx(0)).toBe(0);
    expect(pio.sm[0].y).toBe(0xffffffff); // inverted three times

    // x--  on 0: not taken, X wraps to 0xffffffff.
    pio.exec(0, asm.set("x", 0));
    pio.exec(0, asm.jmp("x--", 20));
    expect(pio.sm[0].x).toBe(0xffffffff);
    // x!=y, !y, y--.
    pio.exec(0, asm.set("y", 1));
    pio.exec(0, asm.jmp("x!=y", 9));
    expect(pio.readAddr(0)).toBe(9);
    pio.exec(0, asm.jmp("y--", 10));
    expect([pio.readAddr(0), pio.sm[0].y]).toEqual([10, 0]);
    pio.exec(0, asm.jmp("!y", 11));
    expect(pio.readAddr(0)).toBe(11);
    // pin: EXECCTRL.JMP_PIN.
    pio.writeExecctrl(0, 5 << EXECCTRL.JMP_PIN_LSB);
    pio.exec(0, asm.jmp("pin", 12));
    expect(pio.readAddr(0)).toBe(11);
    gpio.drive(5, 1);
    pio.exec(0, asm.jmp("pin", 12));
    expect(pio.readAddr(0)).toBe(12);
    // !osre: the OSR starts empty.
    pio.exec(0, asm.jmp("!osre", 13));
    expect(pio.readAddr(0)).toBe(12);
    pio.exec(0, asm.mov("osr", "x"));
    pio.exec(0, asm.jmp("!osre", 13));
    expect(pio.readAddr(0)).toBe(13);
  });

  it("WAIT gpio / pin / irq, with polarity; a WAIT 1 IRQ clears the flag", () => {
    const { gpio, pio, clock } = setup();
    load(pio, [
      asm.wait(1, "gpio", 7),
      asm.wait(0, "pin", 1), // IN_BASE 6 + 1 = GPIO7
      asm.wait(1, "irq", 2),
      asm.set("x", 1),
      asm.jmp("always", 4),
    ], { pinctrl: 6 << PINCTRL.IN_BASE_LSB });
    pio.setEnabled(1, true);
    clock.advanceBy(5);
    expect(pio.readAddr(0)).toBe(0);
    gpio.drive(7, 1);
    clock.advanceBy(5);
    expect(pio.readAddr(0)).toBe(1);
    gpio.drive(7, 0);
    clock.advanceBy(5);
    expect(pio.readAddr(0)).toBe(2);
    pio.forceIrqFlags(1 << 2);
    clock.advanceBy(5);
    expect(pio.readAddr(0)).toBe(4);
    expect(pio.sm[0].x).toBe(1);
    expect(pio.readIrq()).toBe(0);
  });

  it("IN shifts left or right, counts bits and autopushes at the threshold", () => {
    const { pio } = setup();
    load(pio, [], { shiftctrl: 0 }); // shift left, no autopush
    pio.exec(0, asm.set("x", 0b101));
    pio.exec(0, asm.in("x", 3));
    pio.exec(0, asm.in("x", 3));
    expect(pio.sm[0].isr).toBe(0b101101);
    expect(pio.sm[0].isrCount).toBe(6);
    pio.writeShiftctrl(0, SHIFTCTRL.IN_SHIFTDIR | SHIFTCTRL.AUTOPUSH | (8 << SHIFTCTRL.PUSH_THRESH_LSB));
    pio.exec(0, asm.mov("isr", "null"));
    pio.exec(0, asm.set("x", 0xf));
    pio.exec(0, asm.in("x", 4));
    expect(pio.sm[0].isr).toBe(0xf0000000);
    pio.exec(0, asm.in("null", 4));
    expect(pio.getRx(0)).toBe(0x0f000000); // pushed at 8 bits, ISR cleared
    expect(pio.sm[0].isrCount).toBe(0);
  });

  it("IN PINS reads from IN_BASE upwards, wrapping at 32", () => {
    const { gpio, pio } = setup();
    load(pio, [], { shiftctrl: 0, pinctrl: 28 << PINCTRL.IN_BASE_LSB });
    gpio.drive(28, 1);
    gpio.drive(0, 1);
    pio.exec(0, asm.in("pins", 5)); // bits: 28, 29, 30, 31, 0
    expect(pio.sm[0].isr).toBe(0b10001);
  });

  it("OUT to pins, pindirs, x, pc, isr and exec; both shift directions", () => {
    const { gpio, pio } = setup();
    pioPins(gpio, 10, 11, 12, 13);
    load(pio, [], { shiftctrl: 0, pinctrl: outPins(10, 4) }); // shift left: MSBs first
    pio.exec(0, asm.set("x", 0x1f));
    pio.exec(0, asm.mov("osr", "x", "invert")); // 0xffffffe0
    pio.exec(0, asm.out("pindirs", 4));
    pio.exec(0, asm.out("pins", 4));
    expect([10, 11, 12, 13].map((p) => gpio.read(p))).toEqual([1, 1, 1, 1]);
    pio.exec(0, asm.out("x", 24)); // ffe0 << 8 bits consumed: remaining 0xffe0 >> ... take the next 24
    expect(pio.sm[0].x).toBe(0xffffe0);
    pio.writeShiftctrl(0, SHIFTCTRL.OUT_SHIFTDIR);
    pio.exec(0, asm.set("y", 0b10110));
    pio.exec(0, asm.mov("osr", "y"));
    pio.exec(0, asm.out("pc", 5));
    expect(pio.readAddr(0)).toBe(0b10110);
    pio.exec(0, asm.mov("osr", "y"));
    pio.exec(0, asm.out("isr", 3));
    expect([pio.sm[0].isr, pio.sm[0].isrCount]).toEqual([0b110, 3]);
    // OUT EXEC: the shifted-out word runs as the next instruction.
    pio.exec(0, asm.set("x", 0));
    pio.putTx(0, asm.set("x", 9));
    pio.exec(0, asm.pull());
    pio.exec(0, asm.out("exec", 16));
    pio.setEnabled(1, true);
    expect(pio.sm[0].execPending).toBe(asm.set("x", 9));
  });

  it("autopull refills the OSR from the TX FIFO; an empty OSR cannot be refilled and shifted on one cycle", () => {
    const { pio, clock } = setup();
    load(pio, [asm.out("x", 8), asm.mov("isr", "x"), asm.push()], {
      shiftctrl: SHIFTCTRL.AUTOPULL | (16 << SHIFTCTRL.PULL_THRESH_LSB), // shift left, 16-bit threshold
    });
    pio.setEnabled(1, true);
    clock.advanceBy(1);
    expect(pio.readFdebug() & (1 << 24)).not.toBe(0); // TXSTALL
    pio.putTx(0, 0x1234abcd);
    clock.advanceBy(1);
    expect([pio.getRx(0), pio.getRx(0), pio.getRx(0)]).toEqual([0x12, 0x34, undefined]);
  });

  it("PUSH/PULL: block, noblock, iffull, ifempty", () => {
    const { pio, clock } = setup();
    load(pio, [], { shiftctrl: 0 });
    pio.exec(0, asm.set("x", 7));
    pio.exec(0, asm.pull({ block: false })); // empty FIFO: OSR = X
    expect(pio.sm[0].osr).toBe(7);
    pio.exec(0, asm.pull());
    expect(pio.sm[0].execStalled).toBe(true); // a blocking PULL on an empty FIFO stalls
    pio.putTx(0, 42);
    expect(pio.sm[0].execStalled).toBe(true); // a disabled machine does not retry it
    pio.setEnabled(1, true);
    clock.advanceBy(1);
    pio.catchUp();
    expect([pio.sm[0].execStalled, pio.sm[0].osr]).toEqual([false, 42]);
    pio.setEnabled(1, false);
    pio.exec(0, asm.in("x", 4));
    pio.exec(0, asm.push({ iffull: true })); // below the threshold: nothing
    expect(pio.fifoLevels(0).rx).toBe(0);
    for (let i = 0; i < 5; i++) pio.exec(0, asm.push({ block: false }));
    expect(pio.fifoLevels(0).rx).toBe(4);
    expect(pio.readFdebug() & 1).toBe(1); // RXSTALL: the fifth was lost
    pio.writeShiftctrl(0, 16 << SHIFTCTRL.PULL_THRESH_LSB);
    pio.putTx(0, 1);
    pio.exec(0, asm.pull({ ifempty: true })); // OSR count 0 < 16: nothing
    expect(pio.fifoLevels(0).tx).toBe(1);
  });

  it("MOV with invert and bit-reverse; STATUS; to PC and EXEC", () => {
    const { pio } = setup();
    load(pio, []);
    pio.exec(0, asm.set("x", 1));
    pio.exec(0, asm.mov("y", "x", "reverse"));
    expect(pio.sm[0].y).toBe(0x80000000);
    pio.exec(0, asm.mov("y", "x", "invert"));
    expect(pio.sm[0].y).toBe(0xfffffffe);
    pio.writeExecctrl(0, EXECCTRL_RESET | 1); // all ones while TX level < 1
    pio.exec(0, asm.mov("x", "status"));
    expect(pio.sm[0].x).toBe(0xffffffff);
    pio.putTx(0, 5);
    pio.exec(0, asm.mov("x", "status"));
    expect(pio.sm[0].x).toBe(0);
    pio.exec(0, asm.set("y", 17));
    pio.exec(0, asm.mov("pc", "y"));
    expect(pio.readAddr(0)).toBe(17);
  });

  it("IRQ set/clear/wait with REL; flags 0-3 interrupt the CPU", () => {
    const { pio, clock } = setup();
    const intr: number[] = [];
    pio.onInterrupt((bits) => intr.push(bits));
    load(pio, [asm.irq("wait", 0, true), asm.set("x", 3), asm.jmp("always", 2)], {}, 1);
    pio.setEnabled(2, true);
    clock.advanceBy(1);
    expect(pio.readIrq()).toBe(1 << 1); // REL: flag 0 + SM1
    expect(intr).toEqual([1 << 9]);
    expect(pio.sm[1].x).toBe(0); // waits for the flag to clear
    pio.clearIrqFlags(1 << 1);
    clock.advanceBy(1);
    pio.catchUp();
    expect(pio.sm[1].x).toBe(3);
    pio.exec(0, asm.irq("set", 5));
    pio.exec(0, asm.irq("clear", 1)); // already clear
    expect(pio.readIrq()).toBe(1 << 5);
  });
});

describe("PIO: side-set, FIFOs, clocks", () => {
  it("side-set drives pins alongside the instruction; 'opt' needs its enable bit; SIDE_PINDIR sets directions", () => {
    const { gpio, pio } = setup();
    pioPins(gpio, 4, 5);
    // 2 side-set bits including the enable bit (opt): one pin, at bit 4 of the field when enabled.
    load(pio, [], { execctrl: EXECCTRL.SIDE_EN, pinctrl: (2 << PINCTRL.SIDESET_COUNT_LSB) | (4 << PINCTRL.SIDESET_BASE_LSB) });
    pio.exec(0, asm.set("pindirs", 0));
    pio.writePinctrl(0, setPins(4, 2) | (2 << PINCTRL.SIDESET_COUNT_LSB) | (4 << PINCTRL.SIDESET_BASE_LSB));
    pio.exec(0, asm.set("pindirs", 3));
    pio.exec(0, asm.nop() | ds(0b11000)); // enable + value 1
    expect(gpio.read(4)).toBe(1);
    pio.exec(0, asm.nop() | ds(0b01000)); // value 1 without enable: nothing
    pio.exec(0, asm.set("pins", 0) | ds(0b11000)); // side-set wins over SET on the same pin
    expect([gpio.read(4), gpio.read(5)]).toEqual([1, 0]);
    pio.writeExecctrl(0, EXECCTRL.SIDE_PINDIR | (1 << EXECCTRL.WRAP_TOP_LSB));
    pio.writePinctrl(0, (1 << PINCTRL.SIDESET_COUNT_LSB) | (5 << PINCTRL.SIDESET_BASE_LSB));
    pio.exec(0, asm.nop() | ds(0b00000));
    expect(gpio.isOutputEnabled(5)).toBe(false); // (SIO OE untouched; the PIO's own OE for pin 5 is now 0)
    expect(pio.padOutput(5).enabled).toBe(false);
  });

  it("FJOIN gives one direction 8 entries and the other none; changing it empties both", () => {
    const { pio } = setup();
    load(pio, []);
    for (let i = 0; i < 5; i++) pio.putTx(0, i);
    expect(pio.fifoLevels(0)).toEqual({ tx: 4, rx: 0, txDepth: 4, rxDepth: 4 });
    expect(pio.readFdebug() & (1 << 16)).not.toBe(0); // TXOVER
    pio.writeShiftctrl(0, SHIFTCTRL_RESET | SHIFTCTRL.FJOIN_TX);
    expect(pio.fifoLevels(0)).toEqual({ tx: 0, rx: 0, txDepth: 8, rxDepth: 0 });
    for (let i = 0; i < 9; i++) pio.putTx(0, i);
    expect(pio.fifoLevels(0).tx).toBe(8);
    pio.writeShiftctrl(0, SHIFTCTRL_RESET | SHIFTCTRL.FJOIN_RX);
    expect(pio.fifoLevels(0)).toEqual({ tx: 0, rx: 0, txDepth: 0, rxDepth: 8 });
  });

  it("a fractional clock divider gives the average rate sys_clk / (INT + FRAC/256)", () => {
    const { pio, clock } = setup();
    // Count cycles in X (X-- every cycle), from 0: after 1 ms at 8 MHz (divider 15.625) X = -8000.
    load(pio, [asm.jmp("x--", 0)]);
    pio.writeClkdiv(0, (15 << 16) | (160 << 8));
    pio.setEnabled(1, true);
    clock.advanceBy(1000);
    pio.catchUp();
    expect(0x100000000 - pio.sm[0].x).toBe(8000);
  });

  it("blinks an LED at 1 Hz from a 2 kHz program, edges at the right virtual times", () => {
    const { gpio, pio, clock } = setup();
    pioPins(gpio, 25);
    // The MicroPython pio_1hz example: 1000 cycles high, 1000 low at 2000 Hz.
    const prog = [
      asm.irq("set", 0, true), asm.set("pins", 1), asm.set("x", 31) | ds(5), asm.nop() | ds(29), asm.jmp("x--", 3),
      asm.nop(), asm.set("pins", 0), asm.set("x", 31) | ds(5), asm.nop() | ds(29), asm.jmp("x--", 8),
    ];
    load(pio, prog, { clkdiv: 62500, pinctrl: setPins(25, 1) });
    pio.exec(0, asm.set("pindirs", 1));
    const edges: [number, number][] = [];
    gpio.onChange(25, (level) => edges.push([clock.nowUs, level]));
    pio.setEnabled(1, true);
    clock.advanceBy(3_100_000);
    const times = edges.map(([t]) => t);
    expect(edges.map(([, l]) => l)).toEqual([1, 0, 1, 0, 1, 0, 1]);
    for (let i = 1; i < times.length; i++) expect(Math.abs(times[i] - times[i - 1] - 500_000)).toBeLessThanOrEqual(1);
  });

  it("restart clears shift counters and a stalled EXEC; clkdiv restart and enable start on the next clock", () => {
    const { pio } = setup();
    load(pio, []);
    pio.exec(0, asm.set("x", 3));
    pio.exec(0, asm.in("x", 2));
    pio.exec(0, asm.pull());
    expect(pio.sm[0].execStalled).toBe(true);
    pio.restart(1);
    expect([pio.sm[0].isrCount, pio.sm[0].osrCount, pio.sm[0].execStalled, pio.sm[0].x]).toEqual([0, 32, false, 3]);
  });

  it("parks an idle NOP loop instead of running it (and wakes it when written to)", () => {
    const { pio, clock } = setup();
    load(pio, [asm.nop(), asm.jmp("always", 0)]);
    pio.setEnabled(1, true);
    const before = pio.instructionsExecuted;
    clock.advanceBy(10_000);
    expect(pio.instructionsExecuted - before).toBeLessThan(10);
    pio.exec(0, asm.set("x", 9));
    pio.exec(0, asm.mov("isr", "x"));
    pio.exec(0, asm.push());
    expect(pio.getRx(0)).toBe(9);
  });
});

describe("PIO: delay loops", () => {
  it("fast-forwards a jmp x-- self loop exactly as stepping it would", () => {
    const results: number[][] = [];
    for (const skip of [true, false]) {
      const { pio, clock } = setup();
      load(pio, [asm.set("x", 31), asm.jmp("x--", 1) | ds(3), asm.mov("isr", "x"), asm.push(), asm.jmp("always", 4)], { clkdiv: 10 });
      if (!skip) (pio.sm[0] as unknown as { skipDelayLoop: () => number }).skipDelayLoop = () => 0;
      pio.setEnabled(1, true);
      const seen: number[] = [];
      for (let t = 0; t < 14; t++) {
        clock.advanceBy(0.75);
        pio.catchUp();
        seen.push(pio.sm[0].x, pio.readAddr(0), pio.fifoLevels(0).rx);
      }
      results.push(seen);
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0].slice(-3)).toEqual([0xffffffff, 4, 1]); // 32 turns of 4 × 10 cycles: ~10.3 µs
  });
});
