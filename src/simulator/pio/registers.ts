// PIO register fields (RP2040 datasheet 3.7): SMx_CLKDIV, SMx_EXECCTRL, SMx_SHIFTCTRL, SMx_PINCTRL, FDEBUG and the
// instruction fields, as named there; the state machine decodes its raw registers with these.

export const NUM_PIO_STATE_MACHINES = 4;
export const PIO_INSTRUCTION_COUNT = 32;
/** Each FIFO holds 4 words, or 8 when the other direction's FIFO is joined into it (SHIFTCTRL.FJOIN_*). */
export const FIFO_DEPTH = 4;

/** SMx_CLKDIV: INT in 31:16 (0 means 65536), FRAC in 15:8. */
export const CLKDIV_INT_LSB = 16;
export const CLKDIV_FRAC_LSB = 8;

/** SMx_EXECCTRL. */
export const EXECCTRL = {
  STATUS_N_LSB: 0,
  STATUS_N_BITS: 0xf,
  STATUS_SEL: 1 << 4,
  WRAP_BOTTOM_LSB: 7,
  WRAP_TOP_LSB: 12,
  OUT_STICKY: 1 << 17,
  INLINE_OUT_EN: 1 << 18,
  OUT_EN_SEL_LSB: 19,
  JMP_PIN_LSB: 24,
  SIDE_PINDIR: 1 << 29,
  SIDE_EN: 1 << 30,
  EXEC_STALLED: 1 << 31,
} as const;
/** Reset value: wrap the whole memory (WRAP_TOP 31, WRAP_BOTTOM 0). */
export const EXECCTRL_RESET = 0x1f << EXECCTRL.WRAP_TOP_LSB;

/** SMx_SHIFTCTRL. */
export const SHIFTCTRL = {
  AUTOPUSH: 1 << 16,
  AUTOPULL: 1 << 17,
  IN_SHIFTDIR: 1 << 18,
  OUT_SHIFTDIR: 1 << 19,
  PUSH_THRESH_LSB: 20,
  PULL_THRESH_LSB: 25,
  FJOIN_TX: 1 << 30,
  FJOIN_RX: 1 << 31,
} as const;
/** Reset value: both shift directions right, thresholds 32 (encoded as 0). */
export const SHIFTCTRL_RESET = SHIFTCTRL.IN_SHIFTDIR | SHIFTCTRL.OUT_SHIFTDIR;

/** SMx_PINCTRL. */
export const PINCTRL = {
  OUT_BASE_LSB: 0,
  SET_BASE_LSB: 5,
  SIDESET_BASE_LSB: 10,
  IN_BASE_LSB: 15,
  OUT_COUNT_LSB: 20,
  SET_COUNT_LSB: 26,
  SIDESET_COUNT_LSB: 29,
} as const;
/** Reset value: SET_COUNT 5. */
export const PINCTRL_RESET = 5 << PINCTRL.SET_COUNT_LSB;

/** FDEBUG: one bit per state machine in each byte. */
export const FDEBUG = {
  RXSTALL_LSB: 0,
  RXUNDER_LSB: 8,
  TXOVER_LSB: 16,
  TXSTALL_LSB: 24,
} as const;

/** INTR (raw interrupts): RXNEMPTY 3:0, TXNFULL 7:4, SM0..SM3 (IRQ flags 0..3) 11:8. */
export const INTR_SM_LSB = 8;

/** Instruction opcodes, bits 15:13. */
export const OP = { JMP: 0, WAIT: 1, IN: 2, OUT: 3, PUSH_PULL: 4, MOV: 5, IRQ: 6, SET: 7 } as const;

/** A 5-bit field of a register. */
export function field5(reg: number, lsb: number): number {
  return (reg >>> lsb) & 0x1f;
}

/** The 32-bit value rotated right by `n` (how IN PINS and WAIT PIN see pins starting at IN_BASE). */
export function rotr32(value: number, n: number): number {
  n &= 31;
  return n === 0 ? value >>> 0 : ((value >>> n) | (value << (32 - n))) >>> 0;
}

/** The 32-bit value rotated left by `n` (how OUT/SET data lands on pins starting at their base). */
export function rotl32(value: number, n: number): number {
  n &= 31;
  return n === 0 ? value >>> 0 : ((value << n) | (value >>> (32 - n))) >>> 0;
}

/** A mask of `count` consecutive pins from `base`, wrapping at 32 (count 32 means all). */
export function pinMask(base: number, count: number): number {
  if (count <= 0) return 0;
  if (count >= 32) return 0xffffffff;
  return rotl32((1 << count) - 1, base);
}

/** MOV's bit-reverse operation. */
export function bitReverse(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return ((x >>> 16) | (x << 16)) >>> 0;
}
