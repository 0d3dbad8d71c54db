// machine.mem8 / mem16 / mem32: register access by address, as MicroPython's machine_mem does it (alignment
// checked, values masked to the width). The simulated registers: SIO (CPUID, GPIO_IN/OUT/OE with their SET/CLR/XOR
// aliases, both interpolators) and TIMER's counter. Any other address raises NotImplementedError naming the
// block, rather than reading made-up values.
import { PyObject, type PyValue } from "../../runtime/object";
import { NotImplementedError, newException, raiseTypeError, raiseValueError } from "../../runtime/errors";
import type { Level } from "../pico-hardware";
import { makeNativeType } from "../native-type";
import { intTruncated } from "../rp2/buffers";
import type { HardwareSession } from "../session";
import { machineSession } from "./context";
import { Interpolator } from "./interpolator";

const SIO_BASE = 0xd0000000;
const TIMER_BASE = 0x40054000;
const GPIO_COUNT = 30;
const GPIO_MASK = (1 << GPIO_COUNT) - 1;

/** The RP2040's address map, for naming what an unsimulated address belongs to. */
const BLOCKS: [number, number, string][] = [
  [0x00000000, 0x00004000, "ROM"], [0x10000000, 0x14000000, "XIP flash"], [0x20000000, 0x20042000, "SRAM"],
  [0x40000000, 0x40004000, "SYSINFO"], [0x40004000, 0x40008000, "SYSCFG"], [0x40008000, 0x4000c000, "CLOCKS"],
  [0x4000c000, 0x40010000, "RESETS"], [0x40010000, 0x40014000, "PSM"], [0x40014000, 0x40018000, "IO_BANK0"],
  [0x40018000, 0x4001c000, "IO_QSPI"], [0x4001c000, 0x40020000, "PADS_BANK0"], [0x40020000, 0x40024000, "PADS_QSPI"],
  [0x40024000, 0x40028000, "XOSC"], [0x40028000, 0x4002c000, "PLL_SYS"], [0x4002c000, 0x40030000, "PLL_USB"],
  [0x40030000, 0x40034000, "BUSCTRL"], [0x40034000, 0x40038000, "UART0"], [0x40038000, 0x4003c000, "UART1"],
  [0x4003c000, 0x40040000, "SPI0"], [0x40040000, 0x40044000, "SPI1"], [0x40044000, 0x40048000, "I2C0"],
  [0x40048000, 0x4004c000, "I2C1"], [0x4004c000, 0x40050000, "ADC"], [0x40050000, 0x40054000, "PWM"],
  [0x40054000, 0x40058000, "TIMER"], [0x40058000, 0x4005c000, "WATCHDOG"], [0x4005c000, 0x40060000, "RTC"],
  [0x40060000, 0x40064000, "ROSC"], [0x40064000, 0x40068000, "VREG_AND_CHIP_RESET"], [0x4006c000, 0x40070000, "TBMAN"],
  [0x50000000, 0x50100000, "DMA"], [0x50100000, 0x50200000, "USBCTRL"], [0x50200000, 0x50300000, "PIO0"],
  [0x50300000, 0x50400000, "PIO1"], [0xd0000000, 0xd0001000, "SIO"], [0xe0000000, 0xe0100000, "PPB"],
];

function blockName(address: number): string {
  return BLOCKS.find(([from, to]) => address >= from && address < to)?.[2] ?? "unmapped";
}

/** The board's SIO and TIMER registers as mem8/16/32 see them. */
class RegisterSpace {
  readonly interp = [new Interpolator(0), new Interpolator(1)];
  /** TIMEHR as latched by the last TIMELR read. */
  private latchedHigh = 0;

  constructor(private readonly session: HardwareSession) {}

  readWord(address: number): number {
    const hw = this.session.hw;
    const gpio = hw.gpio;
    if (address >= SIO_BASE && address < SIO_BASE + 0x1000) {
      const reg = address - SIO_BASE;
      if (reg >= 0x080 && reg < 0x100) return this.interp[(reg - 0x080) >> 6].read((reg - 0x080) & 0x3f);
      switch (reg) {
        case 0x000: return 0; // CPUID: core 0 runs the program
        case 0x004: return this.pins((pin) => gpio.read(pin));
        case 0x008: return hw.system.bootselPressed() ? 0 : 1 << 1; // GPIO_HI_IN: QSPI_SS reads low while BOOTSEL is held
        case 0x010: case 0x014: case 0x018: case 0x01c: return this.pins((pin) => gpio.getOutput(pin));
        case 0x020: case 0x024: case 0x028: case 0x02c: return this.pins((pin) => (gpio.isOutputEnabled(pin) ? 1 : 0));
      }
    }
    if (address >= TIMER_BASE && address < TIMER_BASE + 0x44) {
      const now = Math.floor(hw.timer.nowUs());
      switch (address - TIMER_BASE) {
        case 0x08: return this.latchedHigh; // TIMEHR
        case 0x0c: this.latchedHigh = Math.floor(now / 2 ** 32) >>> 0; return now >>> 0; // TIMELR
        case 0x24: return Math.floor(now / 2 ** 32) >>> 0; // TIMERAWH
        case 0x28: return now >>> 0; // TIMERAWL
      }
    }
    return notSimulated(address);
  }

  writeWord(address: number, value: number): void {
    const gpio = this.session.hw.gpio;
    if (address >= SIO_BASE && address < SIO_BASE + 0x1000) {
      const reg = address - SIO_BASE;
      if (reg >= 0x080 && reg < 0x100) return this.interp[(reg - 0x080) >> 6].write((reg - 0x080) & 0x3f, value);
      const out = this.pins((pin) => gpio.getOutput(pin));
      const oe = this.pins((pin) => (gpio.isOutputEnabled(pin) ? 1 : 0));
      const v = value & GPIO_MASK;
      switch (reg) {
        case 0x010: return this.setOutputs(v);
        case 0x014: return this.setOutputs(out | v);
        case 0x018: return this.setOutputs(out & ~v);
        case 0x01c: return this.setOutputs(out ^ v);
        case 0x020: return this.setEnables(v);
        case 0x024: return this.setEnables(oe | v);
        case 0x028: return this.setEnables(oe & ~v);
        case 0x02c: return this.setEnables(oe ^ v);
      }
    }
    notSimulated(address);
  }

  private pins(bit: (pin: number) => number): number {
    let word = 0;
    for (let pin = 0; pin < GPIO_COUNT; pin++) if (bit(pin)) word |= 1 << pin;
    return word >>> 0;
  }

  private setOutputs(word: number): void {
    const gpio = this.session.hw.gpio;
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      const level = ((word >>> pin) & 1) as Level;
      if (gpio.getOutput(pin) !== level) gpio.setOutput(pin, level);
    }
  }

  private setEnables(word: number): void {
    const gpio = this.session.hw.gpio;
    for (let pin = 0; pin < GPIO_COUNT; pin++) {
      const enabled = ((word >>> pin) & 1) === 1;
      if (gpio.isOutputEnabled(pin) !== enabled) gpio.setOutputEnable(pin, enabled);
    }
  }
}

function notSimulated(address: number): never {
  const hex = address.toString(16).padStart(8, "0");
  throw newException(NotImplementedError, `machine.mem: address 0x${hex} (${blockName(address)}) is not simulated`);
}

export const memType = makeNativeType("mem");
memType.isBaseType = false;

class PyMem extends PyObject {
  constructor(readonly width: 1 | 2 | 4) {
    super(memType);
  }
}

function registers(): RegisterSpace {
  return machineSession().state("machine.mem", (s) => new RegisterSpace(s));
}

/** The address as machine_mem_get_addr takes it: truncated to 32 bits, aligned to the access width. */
function addressOf(self: PyMem, index: PyValue): number {
  const address = intTruncated(index);
  if ((address & (self.width - 1)) !== 0) raiseValueError(`address ${address.toString(16).padStart(8, "0")} is not aligned to ${self.width} bytes`);
  return address;
}

memType.defineSlots({
  repr: (self: PyMem) => `<${self.width * 8}-bit memory>`,
  getitem: (self: PyMem, index: PyValue) => {
    const address = addressOf(self, index);
    const word = registers().readWord((address & ~3) >>> 0);
    const shift = (address & 3) * 8;
    return self.width === 4 ? word : (word >>> shift) & (self.width === 2 ? 0xffff : 0xff);
  },
  setitem: (self: PyMem, index: PyValue, value: PyValue | undefined) => {
    const address = addressOf(self, index);
    if (value === undefined) return raiseTypeError("'mem' object doesn't support item deletion");
    const v = intTruncated(value);
    // Narrow writes to these registers replicate across the 32-bit bus, as the RP2040's APB/SIO do.
    const word = self.width === 4 ? v : self.width === 2 ? ((v & 0xffff) * 0x10001) >>> 0 : ((v & 0xff) * 0x01010101) >>> 0;
    registers().writeWord((address & ~3) >>> 0, word);
  },
});

export const MEM8 = new PyMem(1);
export const MEM16 = new PyMem(2);
export const MEM32 = new PyMem(4);
