// The pico-sdk's hardware_pio functions both firmwares build on (pio_add_program, pio_sm_init, pio_sm_set_pins...),
// over the PicoHardware PIO registers: program memory and state machine claims are firmware state, kept per board.
import type { PicoHardware } from "../pico-hardware";
import { FUNCSEL } from "../pico-hardware";
import type { PicoPioBlock } from "../pico-pio";
import type { HardwareSession } from "../session";

export const PIO_INSTRUCTION_COUNT = 32;
export const NUM_PIO_STATE_MACHINES = 4;

/** Register fields the SDK's sm_config_* helpers set (datasheet 3.7). */
export const PIO_SM = {
  CLKDIV_INT_LSB: 16,
  CLKDIV_FRAC_LSB: 8,
  EXECCTRL_WRAP_BOTTOM_LSB: 7,
  EXECCTRL_WRAP_TOP_LSB: 12,
  EXECCTRL_OUT_STICKY: 1 << 17,
  EXECCTRL_JMP_PIN_LSB: 24,
  EXECCTRL_SIDE_PINDIR: 1 << 29,
  EXECCTRL_SIDE_EN: 1 << 30,
  EXECCTRL_STATUS_SEL: 1 << 4,
  SHIFTCTRL_AUTOPUSH: 1 << 16,
  SHIFTCTRL_AUTOPULL: 1 << 17,
  SHIFTCTRL_IN_SHIFTDIR_LSB: 18,
  SHIFTCTRL_OUT_SHIFTDIR_LSB: 19,
  SHIFTCTRL_PUSH_THRESH_LSB: 20,
  SHIFTCTRL_PULL_THRESH_LSB: 25,
  SHIFTCTRL_FJOIN_TX: 1 << 30,
  SHIFTCTRL_FJOIN_RX: 1 << 31,
  PINCTRL_OUT_BASE_LSB: 0,
  PINCTRL_SET_BASE_LSB: 5,
  PINCTRL_SIDESET_BASE_LSB: 10,
  PINCTRL_IN_BASE_LSB: 15,
  PINCTRL_OUT_COUNT_LSB: 20,
  PINCTRL_SET_COUNT_LSB: 26,
  PINCTRL_SIDESET_COUNT_LSB: 29,
  FDEBUG_RXSTALL_LSB: 0,
  FDEBUG_RXUNDER_LSB: 8,
  FDEBUG_TXOVER_LSB: 16,
  FDEBUG_TXSTALL_LSB: 24,
} as const;

/** pio_sm_config: the four registers pio_sm_set_config writes. */
export interface PioSmConfig {
  clkdiv: number;
  execctrl: number;
  shiftctrl: number;
  pinctrl: number;
}

/** pio_get_default_sm_config: divider 1, wrap over all memory, both shifts right with threshold 32, no pins. */
export function defaultSmConfig(): PioSmConfig {
  return {
    clkdiv: 1 << PIO_SM.CLKDIV_INT_LSB,
    execctrl: 31 << PIO_SM.EXECCTRL_WRAP_TOP_LSB,
    shiftctrl: (1 << PIO_SM.SHIFTCTRL_IN_SHIFTDIR_LSB) | (1 << PIO_SM.SHIFTCTRL_OUT_SHIFTDIR_LSB),
    pinctrl: 0,
  };
}

/** Replaces `bits` of a register value by `value << lsb` (hw_write_masked on a config word). */
export function withField(reg: number, lsb: number, width: number, value: number): number {
  const mask = ((2 ** width - 1) * 2 ** lsb) >>> 0;
  return ((reg & ~mask) | ((value * 2 ** lsb) & mask)) >>> 0;
}

/** pio_encode_jmp: an unconditional JMP (the address keeps 5 bits). */
export function encodeJmp(addr: number): number {
  return addr & 0x1f;
}

/** What the SDK keeps per PIO block: which instruction words hold programs and which state machines are claimed. */
interface PioAllocation {
  usedInstructions: number;
  claimedSms: number;
}

/** The SDK's allocations on this board, since the last soft reset. */
function allocations(session: HardwareSession): PioAllocation[] {
  return session.state("rp2.pio-sdk", () => [
    { usedInstructions: 0, claimedSms: 0 },
    { usedInstructions: 0, claimedSms: 0 },
  ]);
}

export class PioSdk {
  constructor(private readonly session: HardwareSession) {}

  private get hw(): PicoHardware {
    return this.session.hw;
  }

  block(pio: number): PicoPioBlock {
    return this.hw.pio[pio];
  }

  private alloc(pio: number): PioAllocation {
    return allocations(this.session)[pio];
  }

  // ---------- instruction memory ----------

  /** _pio_find_offset_for_program: the highest free place for `length` words (or at `origin`); -1 when none. */
  findOffset(pio: number, length: number, origin = -1): number {
    if (length > PIO_INSTRUCTION_COUNT) return -1;
    const mask = length === 32 ? 0xffffffff : (1 << length) - 1;
    const used = this.alloc(pio).usedInstructions;
    const fits = (at: number) => ((used >>> 0) & ((mask << at) >>> 0)) === 0;
    if (origin >= 0) return origin + length <= PIO_INSTRUCTION_COUNT && fits(origin) ? origin : -1;
    for (let at = PIO_INSTRUCTION_COUNT - length; at >= 0; at--) if (fits(at)) return at;
    return -1;
  }

  /** pio_add_program(_at_offset): copies the program in, relocating its JMPs; returns the offset (-1 when full). */
  addProgram(pio: number, program: ArrayLike<number>, origin = -1): number {
    const offset = this.findOffset(pio, program.length, origin);
    if (offset < 0) return -1;
    const block = this.block(pio);
    for (let i = 0; i < program.length; i++) {
      const instr = program[i] & 0xffff;
      block.writeInstrMem(offset + i, (instr & 0xe000) === 0 ? instr + offset : instr);
    }
    const mask = program.length === 32 ? 0xffffffff : (1 << program.length) - 1;
    this.alloc(pio).usedInstructions = (this.alloc(pio).usedInstructions | (mask << offset)) >>> 0;
    return offset;
  }

  /** pio_remove_program: frees the words (their contents stay in memory). */
  removeProgram(pio: number, length: number, offset: number): void {
    const mask = length >= 32 ? 0xffffffff : ((1 << length) - 1) << offset;
    this.alloc(pio).usedInstructions = (this.alloc(pio).usedInstructions & ~mask) >>> 0;
  }

  // ---------- state machine claims ----------

  isClaimed(pio: number, sm: number): boolean {
    return (this.alloc(pio).claimedSms & (1 << sm)) !== 0;
  }
  claim(pio: number, sm: number): void {
    this.alloc(pio).claimedSms |= 1 << sm;
  }
  unclaim(pio: number, sm: number): void {
    this.alloc(pio).claimedSms &= ~(1 << sm);
  }
  /** pio_claim_unused_sm(pio, false): the first free state machine, claimed; -1 when all are taken. */
  claimUnused(pio: number): number {
    for (let sm = 0; sm < NUM_PIO_STATE_MACHINES; sm++) {
      if (!this.isClaimed(pio, sm)) {
        this.claim(pio, sm);
        return sm;
      }
    }
    return -1;
  }

  // ---------- state machines ----------

  /** pio_sm_set_config. */
  setConfig(pio: number, sm: number, c: PioSmConfig): void {
    const b = this.block(pio);
    b.writeSmRegister(sm, "clkdiv", c.clkdiv);
    b.writeSmRegister(sm, "execctrl", c.execctrl);
    b.writeSmRegister(sm, "shiftctrl", c.shiftctrl);
    b.writeSmRegister(sm, "pinctrl", c.pinctrl);
  }

  /** pio_sm_init: disabled, configured, FIFOs and debug flags cleared, restarted, jumped to `initialPc`. */
  init(pio: number, sm: number, initialPc: number, config: PioSmConfig | null): void {
    const b = this.block(pio);
    b.setEnabled(1 << sm, false);
    this.setConfig(pio, sm, config ?? defaultSmConfig());
    this.clearFifos(pio, sm);
    const fdebugMask = (1 << PIO_SM.FDEBUG_TXOVER_LSB) | (1 << PIO_SM.FDEBUG_RXUNDER_LSB) |
      (1 << PIO_SM.FDEBUG_TXSTALL_LSB) | (1 << PIO_SM.FDEBUG_RXSTALL_LSB);
    b.clearFdebug(fdebugMask << sm);
    b.restart(1 << sm);
    b.clkdivRestart(1 << sm);
    b.exec(sm, encodeJmp(initialPc));
  }

  /** pio_sm_clear_fifos: toggling FJOIN_RX twice empties both FIFOs. */
  clearFifos(pio: number, sm: number): void {
    const b = this.block(pio);
    const shiftctrl = b.readSmRegister(sm, "shiftctrl");
    b.writeSmRegister(sm, "shiftctrl", (shiftctrl ^ PIO_SM.SHIFTCTRL_FJOIN_RX) >>> 0);
    b.writeSmRegister(sm, "shiftctrl", shiftctrl);
  }

  /** pio_sm_set_pins_with_mask / pio_sm_set_pindirs_with_mask: one SET per pin, through a borrowed PINCTRL. */
  setPinsWithMask(pio: number, sm: number, values: number, mask: number, pindirs = false): void {
    const b = this.block(pio);
    const pinctrl = b.readSmRegister(sm, "pinctrl");
    const execctrl = b.readSmRegister(sm, "execctrl");
    b.writeSmRegister(sm, "execctrl", (execctrl & ~PIO_SM.EXECCTRL_OUT_STICKY) >>> 0);
    for (let pin = 0; pin < 32; pin++) {
      if (((mask >>> pin) & 1) === 0) continue;
      b.writeSmRegister(sm, "pinctrl", (1 << PIO_SM.PINCTRL_SET_COUNT_LSB) | (pin << PIO_SM.PINCTRL_SET_BASE_LSB));
      b.exec(sm, 0xe000 | ((pindirs ? 4 : 0) << 5) | ((values >>> pin) & 1)); // set pins|pindirs, v
    }
    b.writeSmRegister(sm, "pinctrl", pinctrl);
    b.writeSmRegister(sm, "execctrl", execctrl);
  }

  /** pio_gpio_init: the pad follows this PIO block. */
  gpioInit(pio: number, pin: number): void {
    this.hw.gpio.setFunction(pin, pio === 0 ? FUNCSEL.PIO0 : FUNCSEL.PIO1);
  }
}
