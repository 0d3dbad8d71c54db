// The RP2040's SIO interpolators (datasheet 2.3.1.6): two lanes that shift, mask and add accumulators to bases,
// read by PEEK (no change) or POP (results written back), with CROSS_INPUT/CROSS_RESULT, SIGNED, ADD_RAW,
// FORCE_MSB, BLEND (INTERP0) and CLAMP (INTERP1). Registers are word offsets from the interpolator's base.

const REG = {
  ACCUM0: 0x00, ACCUM1: 0x04, BASE0: 0x08, BASE1: 0x0c, BASE2: 0x10, POP_LANE0: 0x14, POP_LANE1: 0x18,
  POP_FULL: 0x1c, PEEK_LANE0: 0x20, PEEK_LANE1: 0x24, PEEK_FULL: 0x28, CTRL_LANE0: 0x2c, CTRL_LANE1: 0x30,
  ACCUM0_ADD: 0x34, ACCUM1_ADD: 0x38, BASE_1AND0: 0x3c,
} as const;

/** Bits of CTRL_LANEx that can be written (OVERF0/1/OVERF are status). */
const CTRL_WRITABLE = (1 << 23) - 1;

interface LaneOutput {
  /** The shifted and masked (and sign-extended) input: what ACCUMx_ADD reads. */
  masked: number;
  /** BASEx plus the masked value (or the raw input with ADD_RAW), with FORCE_MSB. */
  result: number;
}

export class Interpolator {
  private readonly accum = [0, 0];
  private readonly base = [0, 0, 0];
  private readonly ctrl = [0, 0];

  constructor(readonly index: 0 | 1) {}

  read(offset: number): number {
    switch (offset) {
      case REG.ACCUM0: return this.accum[0];
      case REG.ACCUM1: return this.accum[1];
      case REG.BASE0: return this.base[0];
      case REG.BASE1: return this.base[1];
      case REG.BASE2: return this.base[2];
      case REG.POP_LANE0: return this.pop(0);
      case REG.POP_LANE1: return this.pop(1);
      case REG.POP_FULL: return this.pop(2);
      case REG.PEEK_LANE0: return this.results()[0];
      case REG.PEEK_LANE1: return this.results()[1];
      case REG.PEEK_FULL: return this.results()[2];
      case REG.CTRL_LANE0: return (this.ctrl[0] | this.overflowBits()) >>> 0;
      case REG.CTRL_LANE1: return this.ctrl[1];
      case REG.ACCUM0_ADD: return this.lane(0).masked;
      case REG.ACCUM1_ADD: return this.lane(1).masked;
      default: return 0; // BASE_1AND0 is write-only
    }
  }

  write(offset: number, value: number): void {
    const v = value >>> 0;
    switch (offset) {
      case REG.ACCUM0: this.accum[0] = v; break;
      case REG.ACCUM1: this.accum[1] = v; break;
      case REG.BASE0: this.base[0] = v; break;
      case REG.BASE1: this.base[1] = v; break;
      case REG.BASE2: this.base[2] = v; break;
      case REG.CTRL_LANE0: this.ctrl[0] = v & CTRL_WRITABLE; break;
      case REG.CTRL_LANE1: this.ctrl[1] = v & CTRL_WRITABLE & ~(1 << 21) & ~(1 << 22); break;
      case REG.ACCUM0_ADD: this.accum[0] = (this.accum[0] + v) >>> 0; break;
      case REG.ACCUM1_ADD: this.accum[1] = (this.accum[1] + v) >>> 0; break;
      case REG.BASE_1AND0:
        this.base[0] = this.halfword(v & 0xffff, 0);
        this.base[1] = this.halfword(v >>> 16, 1);
        break;
      default: break; // POP/PEEK registers ignore writes
    }
  }

  /** A 16-bit half of BASE_1AND0, sign-extended when its lane is SIGNED. */
  private halfword(h: number, lane: 0 | 1): number {
    return (this.ctrl[lane] >>> 15) & 1 && h & 0x8000 ? (h | 0xffff0000) >>> 0 : h;
  }

  private lane(i: 0 | 1): LaneOutput {
    const ctrl = this.ctrl[i];
    const shift = ctrl & 0x1f;
    const maskLsb = (ctrl >>> 5) & 0x1f;
    const maskMsb = (ctrl >>> 10) & 0x1f;
    const signed = (ctrl >>> 15) & 1;
    const crossInput = (ctrl >>> 16) & 1;
    const addRaw = (ctrl >>> 18) & 1;
    const forceMsb = (ctrl >>> 19) & 3;
    const input = this.accum[crossInput ? 1 - i : i];
    const width = maskMsb - maskLsb + 1;
    const mask = width <= 0 ? 0 : (width >= 32 ? 0xffffffff : ((1 << width) - 1) << maskLsb) >>> 0;
    let masked = ((input >>> shift) & mask) >>> 0;
    if (signed && maskMsb < 31 && (masked >>> maskMsb) & 1) masked = (masked | ~((2 ** (maskMsb + 1)) - 1)) >>> 0;
    const result = ((((addRaw ? input : masked) + this.base[i]) >>> 0) | (forceMsb << 28)) >>> 0;
    return { masked, result };
  }

  /** RESULT0, RESULT1 and RESULT2 (the full result), with BLEND and CLAMP applied. */
  private results(): [number, number, number] {
    const l0 = this.lane(0);
    const l1 = this.lane(1);
    let r0 = l0.result;
    let r1 = l1.result;
    let r2 = (this.base[2] + l0.masked + l1.masked) >>> 0;
    if (this.index === 0 && (this.ctrl[0] >>> 21) & 1) {
      // BLEND: lane 1 interpolates BASE0..BASE1 by lane 1's low 8 bits; lane 0 and FULL leave out their bases.
      const alpha = l1.masked & 0xff;
      const signed = (this.ctrl[1] >>> 15) & 1;
      const b0 = signed ? this.base[0] | 0 : this.base[0];
      const b1 = signed ? this.base[1] | 0 : this.base[1];
      r1 = (b0 + Math.trunc(((b1 - b0) * alpha) / 256)) >>> 0;
      r0 = l0.masked;
      r2 = (this.base[2] + l0.masked) >>> 0;
    }
    if (this.index === 1 && (this.ctrl[0] >>> 22) & 1) {
      // CLAMP: lane 0's masked value held between BASE0 and BASE1 (signed when lane 0 is SIGNED).
      const signed = (this.ctrl[0] >>> 15) & 1;
      const v = signed ? l0.masked | 0 : l0.masked;
      const lo = signed ? this.base[0] | 0 : this.base[0];
      const hi = signed ? this.base[1] | 0 : this.base[1];
      r0 = (v < lo ? lo : v > hi ? hi : v) >>> 0;
    }
    return [r0, r1, r2];
  }

  /** POP_LANEx / POP_FULL: the result, then each accumulator takes its lane's result (or the other's with CROSS_RESULT). */
  private pop(which: 0 | 1 | 2): number {
    const r = this.results();
    const cross0 = (this.ctrl[0] >>> 17) & 1;
    const cross1 = (this.ctrl[1] >>> 17) & 1;
    this.accum[0] = cross0 ? r[1] : r[0];
    this.accum[1] = cross1 ? r[0] : r[1];
    return r[which];
  }

  /** CTRL_LANE0's OVERF0/OVERF1/OVERF: whether a lane's input had bits outside its mask. */
  private overflowBits(): number {
    let bits = 0;
    for (const i of [0, 1] as const) {
      const ctrl = this.ctrl[i];
      const input = this.accum[(ctrl >>> 16) & 1 ? 1 - i : i] >>> (ctrl & 0x1f);
      const maskMsb = (ctrl >>> 10) & 0x1f;
      if (maskMsb < 31 && input >>> (maskMsb + 1) !== 0) bits |= 1 << (23 + i);
    }
    return bits !== 0 ? bits | (1 << 25) : 0;
  }
}
