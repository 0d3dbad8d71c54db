// One direction of a state machine's FIFO pair: 32-bit words, 4 deep, 8 when joined, 0 when given away.

export class PioFifo {
  private readonly words = new Uint32Array(8);
  private head = 0;
  private count = 0;
  private depth: number;

  constructor(depth: number) {
    this.depth = depth;
  }

  get level(): number {
    return this.count;
  }
  get capacity(): number {
    return this.depth;
  }
  get empty(): boolean {
    return this.count === 0;
  }
  /** A FIFO of depth 0 (given to the other direction by FJOIN) is both full and empty, as FSTAT shows it. */
  get full(): boolean {
    return this.count >= this.depth;
  }

  /** Changing the depth discards the contents, as changing FJOIN does. */
  resize(depth: number): void {
    this.depth = depth;
    this.clear();
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  /** Adds a word; false when full (the word is dropped). */
  push(value: number): boolean {
    if (this.count >= this.depth) return false;
    this.words[(this.head + this.count) & 7] = value;
    this.count++;
    return true;
  }

  /** Takes the oldest word; undefined when empty. */
  pull(): number | undefined {
    if (this.count === 0) return undefined;
    const value = this.words[this.head];
    this.head = (this.head + 1) & 7;
    this.count--;
    return value;
  }
}
