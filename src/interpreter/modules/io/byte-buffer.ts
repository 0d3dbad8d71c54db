// A growable byte buffer with a position: the storage behind StringIO, BytesIO and open files.
// Text streams keep UTF-8 bytes, as MicroPython does: positions are byte offsets, reads count characters.

/** Number of bytes of the UTF-8 sequence starting with `lead` (continuation bytes count as 1). */
function utf8Length(lead: number): number {
  if (lead < 0xc0) return 1;
  if (lead < 0xe0) return 2;
  if (lead < 0xf0) return 3;
  return 4;
}

export class ByteBuffer {
  data: Uint8Array;
  length: number;
  pos = 0;

  constructor(initial: Uint8Array = new Uint8Array(0)) {
    this.data = initial.slice();
    this.length = initial.length;
  }

  get contents(): Uint8Array {
    return this.data.subarray(0, this.length);
  }

  /** Reads up to `n` bytes (all remaining when n < 0). */
  read(n: number): Uint8Array {
    const available = Math.max(0, this.length - this.pos);
    const count = n < 0 ? available : Math.min(n, available);
    const out = this.data.slice(this.pos, this.pos + count);
    this.pos += count;
    return out;
  }

  /** Reads up to `n` UTF-8 characters (all remaining when n < 0). */
  readChars(n: number): Uint8Array {
    if (n < 0) return this.read(-1);
    let end = Math.max(this.pos, 0);
    for (let i = 0; i < n && end < this.length; i++) end += utf8Length(this.data[end]);
    return this.read(Math.min(end, this.length) - this.pos);
  }

  /** Reads through the next newline (included), or at most `limit` bytes/characters when limit ≥ 0. */
  readLine(limit: number, text: boolean): Uint8Array {
    let end = Math.max(this.pos, 0);
    let count = 0;
    while (end < this.length && (limit < 0 || count < limit)) {
      const b = this.data[end];
      end += text ? utf8Length(b) : 1;
      count++;
      if (b === 0x0a) break;
    }
    return this.read(Math.min(end, this.length) - this.pos);
  }

  /** Writes at the position, growing the buffer (a gap after a seek past the end is zero-filled). */
  write(bytes: Uint8Array): number {
    const end = this.pos + bytes.length;
    this.reserve(end);
    if (this.pos > this.length) this.data.fill(0, this.length, this.pos);
    this.data.set(bytes, this.pos);
    this.pos = end;
    if (end > this.length) this.length = end;
    return bytes.length;
  }

  truncate(size: number): void {
    if (size < this.length) this.length = size;
  }

  private reserve(size: number): void {
    if (size <= this.data.length) return;
    const bigger = new Uint8Array(Math.max(size, this.data.length * 2, 16));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
}
