// The PIO blocks and the NeoPixel strips in the typed hardware interface (part of PicoHardware). Register names
// follow the RP2040 datasheet, section 3.7; the pico-sdk's hardware_pio functions are built on them in rp2/pio-sdk.ts.

/** The per-state-machine configuration registers. */
export type PioSmRegister = "clkdiv" | "execctrl" | "shiftctrl" | "pinctrl";

/** One PIO block (PIO0 or PIO1): 32 instruction words, 4 state machines, 8 IRQ flags. */
export interface PicoPioBlock {
  /** INSTR_MEM0..31 (write-only). */
  writeInstrMem(addr: number, instr: number): void;
  /** CTRL.SM_ENABLE for the state machines in `mask`. */
  setEnabled(mask: number, enabled: boolean): void;
  isEnabled(sm: number): boolean;
  /** CTRL.SM_RESTART and CTRL.CLKDIV_RESTART for the state machines in `mask`. */
  restart(mask: number): void;
  clkdivRestart(mask: number): void;
  /** SMx_CLKDIV / SMx_EXECCTRL / SMx_SHIFTCTRL / SMx_PINCTRL. Writing SHIFTCTRL with a new FJOIN empties the FIFOs. */
  writeSmRegister(sm: number, reg: PioSmRegister, value: number): void;
  readSmRegister(sm: number, reg: PioSmRegister): number;
  /** SMx_ADDR: the program counter. */
  readAddr(sm: number): number;
  /** SMx_INSTR: executes an instruction at once, even on a disabled state machine. */
  exec(sm: number, instr: number): void;
  /** TXFx write of a whole word; false when the FIFO was full (FDEBUG.TXOVER). */
  putTx(sm: number, value: number): boolean;
  /** RXFx read; undefined when the FIFO was empty (FDEBUG.RXUNDER). */
  getRx(sm: number): number | undefined;
  /** FLEVEL, and each FIFO's depth (4; 8 or 0 with FJOIN). */
  fifoLevels(sm: number): { tx: number; rx: number; txDepth: number; rxDepth: number };
  /** FDEBUG (TXSTALL 31:24, TXOVER 23:16, RXUNDER 15:8, RXSTALL 7:0); writing 1s clears. */
  readFdebug(): number;
  clearFdebug(mask: number): void;
  /** IRQ: the 8 flags; writing 1s clears. IRQ_FORCE sets them. */
  readIrq(): number;
  clearIrq(mask: number): void;
  forceIrq(mask: number): void;
  /** The CPU-facing interrupt: called with INTR bits (SM0..SM3 at 8..11) when a state machine raises IRQ 0..3. */
  onInterrupt(listener: (intr: number) => void): () => void;
  /** How long (µs) a CPU waiting on state machine `sm`'s FIFOs should let pass before looking again. */
  waitHintUs(sm: number): number;
  /**
   * A DMA channel paced by the TX DREQ of `sm`: `next` is asked for a word whenever the TX FIFO has room (undefined:
   * nothing more for now). Setting it again re-services the FIFO; null detaches it.
   */
  setTxDma(sm: number, next: (() => number | undefined) | null): void;
  /** A DMA channel paced by the RX DREQ: each received word goes to `sink.put` while `sink.ready()`. */
  setRxDma(sm: number, sink: { ready(): boolean; put(word: number): void } | null): void;
}

/** A WS2812 strip as the board shows it: colours [r, g, b] (or [r, g, b, w]) 0..255 from the first pixel. */
export interface NeopixelStripView {
  pin: number;
  colors: readonly (readonly number[])[];
  /** Changes whenever a pixel does. */
  version: number;
}

export interface PicoNeopixel {
  /** The strips that have received pixels on some pad (decoded from the pad's waveform), in pin order. */
  neopixels(): NeopixelStripView[];
  /**
   * machine.bitstream's high-low encoding on a pad in SIO output mode: each byte MSB first, each bit high for
   * timingNs[0] then low timingNs[1] ns (0), or high timingNs[2] then low timingNs[3] (1). Returns the duration in µs,
   * which the caller lets pass on the board's clock.
   */
  bitstream(pin: number, timingNs: readonly number[], data: Uint8Array): number;
}
