// MicroPython's random number generator (Yasmarang, by Ilya Levin, public domain), so seeded sequences match a board.

/** The generator state; `seed()` resets it the way MicroPython does. */
export class Yasmarang {
  private pad = 0xeda4baba;
  private n = 69;
  private d = 233;
  private dat = 0;

  seed(seed: number): void {
    this.pad = seed >>> 0;
    this.n = 69;
    this.d = 233;
    this.dat = 0;
  }

  /** The next 32-bit output. */
  next(): number {
    this.pad = (this.pad + this.dat + Math.imul(this.d, this.n)) >>> 0;
    this.pad = ((this.pad << 3) + (this.pad >>> 29)) >>> 0;
    this.n = (this.pad | 2) >>> 0;
    this.d = (this.d ^ (((this.pad << 31) + (this.pad >>> 1)) >>> 0)) >>> 0;
    this.dat = (this.dat ^ (this.pad & 0xff) ^ (this.d >>> 8) ^ 1) & 0xff;
    return (this.pad ^ (this.d << 5) ^ (this.pad >>> 18) ^ (this.dat << 1)) >>> 0;
  }

  /** An unsigned integer below `n` (n ≥ 1), by rejection sampling under the smallest covering mask. */
  below(n: number): number {
    let mask = 1;
    while ((n & mask) >>> 0 < n) mask = ((mask << 1) | 1) >>> 0;
    let r: number;
    do r = (this.next() & mask) >>> 0;
    while (r >= n);
    return r;
  }

  /** A float in [0, 1): random fraction bits under exponent 0 (52 bits for double, 23 for single precision). */
  float(single: boolean): number {
    if (single) return (this.next() & 0x7fffff) / 0x800000;
    const hi = this.next() & 0xfffff;
    const lo = this.next();
    return (hi * 2 ** 32 + lo) / 2 ** 52;
  }
}
