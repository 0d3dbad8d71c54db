// A framebuffer over a byte array in one of MicroPython's pixel formats: pixel access and clipped rectangle fills.

export const MONO_VLSB = 0;
export const RGB565 = 1;
export const GS4_HMSB = 2;
export const MONO_HLSB = 3;
export const MONO_HMSB = 4;
export const GS2_HMSB = 5;
export const GS8 = 6;

/** Why a surface could not be made: an unknown format, or sizes that do not fit the buffer. */
export type SurfaceError = "invalid format" | "bad size";

export class Surface {
  private constructor(
    readonly buf: Uint8Array,
    readonly width: number,
    readonly height: number,
    readonly format: number,
    readonly stride: number,
  ) {}

  /** Validates sizes against the buffer as MicroPython does (the stride rounds up to whole bytes per row). */
  static create(buf: Uint8Array, width: number, height: number, format: number, stride = width): Surface | SurfaceError {
    if (width < 1 || height < 1 || width > 0xffff || height > 0xffff || stride > 0xffff || stride < width) return "bad size";
    let bpp = 1;
    let heightRequired = height;
    let widthRequired = width;
    let stridesRequired = height - 1;
    switch (format) {
      case MONO_VLSB:
        heightRequired = (height + 7) & ~7;
        stridesRequired = heightRequired - 8;
        break;
      case MONO_HLSB:
      case MONO_HMSB:
        stride = (stride + 7) & ~7;
        widthRequired = (width + 7) & ~7;
        break;
      case GS2_HMSB:
        stride = (stride + 3) & ~3;
        widthRequired = (width + 3) & ~3;
        bpp = 2;
        break;
      case GS4_HMSB:
        stride = (stride + 1) & ~1;
        widthRequired = (width + 1) & ~1;
        bpp = 4;
        break;
      case GS8:
        bpp = 8;
        break;
      case RGB565:
        bpp = 16;
        break;
      default:
        return "invalid format";
    }
    const needed = Math.floor(((stridesRequired * stride + (heightRequired - stridesRequired) * widthRequired) * bpp) / 8);
    if (needed > buf.length) return "bad size";
    return new Surface(buf, width, height, format, stride);
  }

  /** Sets a pixel already known to be inside the surface. */
  setPixel(x: number, y: number, col: number): void {
    const b = this.buf;
    switch (this.format) {
      case MONO_VLSB: {
        const i = (y >> 3) * this.stride + x;
        const bit = 1 << (y & 7);
        b[i] = col !== 0 ? b[i] | bit : b[i] & ~bit;
        break;
      }
      case MONO_HLSB:
      case MONO_HMSB: {
        const i = (x + y * this.stride) >> 3;
        const bit = 1 << (this.format === MONO_HMSB ? x & 7 : 7 - (x & 7));
        b[i] = col !== 0 ? b[i] | bit : b[i] & ~bit;
        break;
      }
      case RGB565: {
        const i = (x + y * this.stride) * 2; // little-endian, as on the RP2040
        b[i] = col & 0xff;
        b[i + 1] = (col >>> 8) & 0xff;
        break;
      }
      case GS2_HMSB: {
        const i = (x + y * this.stride) >> 2;
        const shift = (x & 3) << 1;
        b[i] = ((col & 3) << shift) | (b[i] & ~(3 << shift));
        break;
      }
      case GS4_HMSB: {
        const i = (x + y * this.stride) >> 1;
        b[i] = x & 1 ? (col & 0x0f) | (b[i] & 0xf0) : ((col << 4) & 0xf0) | (b[i] & 0x0f);
        break;
      }
      case GS8:
        b[x + y * this.stride] = col & 0xff;
        break;
    }
  }

  /** Reads a pixel already known to be inside the surface. */
  getPixel(x: number, y: number): number {
    const b = this.buf;
    switch (this.format) {
      case MONO_VLSB:
        return (b[(y >> 3) * this.stride + x] >> (y & 7)) & 1;
      case MONO_HLSB:
      case MONO_HMSB:
        return (b[(x + y * this.stride) >> 3] >> (this.format === MONO_HMSB ? x & 7 : 7 - (x & 7))) & 1;
      case RGB565: {
        const i = (x + y * this.stride) * 2;
        return b[i] | (b[i + 1] << 8);
      }
      case GS2_HMSB:
        return (b[(x + y * this.stride) >> 2] >> ((x & 3) << 1)) & 3;
      case GS4_HMSB: {
        const v = b[(x + y * this.stride) >> 1];
        return x & 1 ? v & 0x0f : v >> 4;
      }
      default:
        return b[x + y * this.stride];
    }
  }

  contains(x: number, y: number): boolean {
    return x >= 0 && x < this.width && y >= 0 && y < this.height;
  }

  /** Sets a pixel when it is inside the surface. */
  setPixelClipped(x: number, y: number, col: number): void {
    if (this.contains(x, y)) this.setPixel(x, y, col);
  }

  /** Fills a rectangle, clipped to the surface. */
  fillRect(x: number, y: number, w: number, h: number, col: number): void {
    if (h < 1 || w < 1 || x + w <= 0 || y + h <= 0 || y >= this.height || x >= this.width) return;
    const xend = Math.min(this.width, x + w);
    const yend = Math.min(this.height, y + h);
    x = Math.max(x, 0);
    y = Math.max(y, 0);
    for (let yy = y; yy < yend; yy++) for (let xx = x; xx < xend; xx++) this.setPixel(xx, yy, col);
  }

  fill(col: number): void {
    this.fillRect(0, 0, this.width, this.height, col);
  }
}
