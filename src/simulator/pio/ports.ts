// The PIO blocks and NeoPixel strips as the interpreter's PicoHardware sees them (pio and neopixel parts).
import type { PicoNeopixel, PicoPioBlock } from "../../interpreter/hardware/pico-pio";
import type { NeopixelBank } from "../parts/neopixels";
import type { PioBlock } from "./pio-block";

export function pioPort(block: PioBlock): PicoPioBlock {
  const writers = {
    clkdiv: (sm: number, v: number) => block.writeClkdiv(sm, v),
    execctrl: (sm: number, v: number) => block.writeExecctrl(sm, v),
    shiftctrl: (sm: number, v: number) => block.writeShiftctrl(sm, v),
    pinctrl: (sm: number, v: number) => block.writePinctrl(sm, v),
  };
  return {
    writeInstrMem: (addr, instr) => block.writeInstrMem(addr, instr),
    setEnabled: (mask, enabled) => block.setEnabled(mask, enabled),
    isEnabled: (sm) => block.isEnabled(sm),
    restart: (mask) => block.restart(mask),
    clkdivRestart: (mask) => block.clkdivRestart(mask),
    writeSmRegister: (sm, reg, value) => writers[reg](sm, value),
    readSmRegister: (sm, reg) => block.readSmRegister(sm, reg),
    readAddr: (sm) => block.readAddr(sm),
    exec: (sm, instr) => block.exec(sm, instr),
    putTx: (sm, value) => block.putTx(sm, value),
    getRx: (sm) => block.getRx(sm),
    fifoLevels: (sm) => block.fifoLevels(sm),
    readFdebug: () => block.readFdebug(),
    clearFdebug: (mask) => block.clearFdebug(mask),
    readIrq: () => block.readIrq(),
    clearIrq: (mask) => block.clearIrqFlags(mask),
    forceIrq: (mask) => block.forceIrqFlags(mask),
    onInterrupt: (listener) => block.onInterrupt(listener),
    waitHintUs: (sm) => block.waitHintUs(sm),
    setTxDma: (sm, next) => block.setTxDma(sm, next),
    setRxDma: (sm, sink) => block.setRxDma(sm, sink),
  };
}

export function neopixelPort(bank: NeopixelBank): PicoNeopixel {
  return {
    neopixels: () => bank.strips(),
    bitstream: (pin, timingNs, data) => bank.bitstream(pin, timingNs, data),
  };
}
