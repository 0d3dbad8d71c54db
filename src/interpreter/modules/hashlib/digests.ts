// Streaming SHA-256, SHA-1 and MD5 over Uint8Array input (pure TypeScript, for the hashlib module).

/** A running hash: feed bytes with update(), then digest() once. */
export interface Digest {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
}

/** Shared 64-byte block buffering and Merkle–Damgård padding; subclasses compress blocks. */
abstract class BlockDigest implements Digest {
  private block = new Uint8Array(64);
  private filled = 0;
  private length = 0; // total bytes fed (exact up to 2**53)
  protected words = new Int32Array(16);

  constructor(private readonly bigEndian: boolean) {}

  protected abstract compress(w: Int32Array): void;
  protected abstract state(): number[];

  update(data: Uint8Array): void {
    this.length += data.length;
    for (let i = 0; i < data.length; ) {
      const n = Math.min(64 - this.filled, data.length - i);
      this.block.set(data.subarray(i, i + n), this.filled);
      this.filled += n;
      i += n;
      if (this.filled === 64) this.flushBlock();
    }
  }

  private flushBlock(): void {
    const b = this.block;
    for (let i = 0; i < 16; i++) {
      const o = i * 4;
      this.words[i] = this.bigEndian
        ? (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]
        : b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24);
    }
    this.compress(this.words);
    this.filled = 0;
  }

  digest(): Uint8Array {
    const bits = this.length * 8;
    const pad = new Uint8Array(((this.filled < 56 ? 56 : 120) - this.filled) + 8);
    pad[0] = 0x80;
    const hi = Math.floor(bits / 2 ** 32);
    const lo = bits >>> 0;
    const n = pad.length;
    for (let i = 0; i < 4; i++) {
      if (this.bigEndian) {
        pad[n - 8 + i] = (hi >>> (24 - 8 * i)) & 0xff;
        pad[n - 4 + i] = (lo >>> (24 - 8 * i)) & 0xff;
      } else {
        pad[n - 8 + i] = (lo >>> (8 * i)) & 0xff;
        pad[n - 4 + i] = (hi >>> (8 * i)) & 0xff;
      }
    }
    const savedLength = this.length;
    this.update(pad);
    this.length = savedLength;
    const words = this.state();
    const out = new Uint8Array(words.length * 4);
    words.forEach((w, i) => {
      for (let k = 0; k < 4; k++) out[i * 4 + k] = this.bigEndian ? (w >>> (24 - 8 * k)) & 0xff : (w >>> (8 * k)) & 0xff;
    });
    return out;
  }
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

const SHA256_K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

export class Sha256 extends BlockDigest {
  private h = Int32Array.from([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  private w = new Int32Array(64);
  constructor() {
    super(true);
  }
  protected compress(block: Int32Array): void {
    const w = this.w;
    w.set(block);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    const h = this.h;
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  protected state(): number[] {
    return Array.from(this.h);
  }
}

export class Sha1 extends BlockDigest {
  private h = Int32Array.from([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
  private w = new Int32Array(80);
  constructor() {
    super(true);
  }
  protected compress(block: Int32Array): void {
    const w = this.w;
    w.set(block);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    const h = this.h;
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = b ^ c ^ d; k = 0xca62c1d6; }
      const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
      e = d; d = c; c = rotl(b, 30); b = a; a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
  }
  protected state(): number[] {
    return Array.from(this.h);
  }
}

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

export class Md5 extends BlockDigest {
  private h = Int32Array.from([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  constructor() {
    super(false);
  }
  protected compress(w: Int32Array): void {
    const h = this.h;
    let [a, b, c, d] = h;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number, g: number;
      if (round === 0) { f = (b & c) | (~b & d); g = i; }
      else if (round === 1) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
      else if (round === 2) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
      else { f = c ^ (b | ~d); g = (7 * i) & 15; }
      const s = MD5_S[round * 4 + (i & 3)];
      const t = d;
      d = c;
      c = b;
      b = (b + rotl((a + f + MD5_K[i] + w[g]) | 0, s)) | 0;
      a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
  }
  protected state(): number[] {
    return Array.from(this.h);
  }
}
