// A model of the Pico's MicroPython heap for gc and micropython.mem_info: the figures a freshly booted board
// reports (MicroPython 1.28: 10112 bytes used, 235776 free), growing a little as a program asks about memory.

export const HEAP_TOTAL = 245_888;
const USED_AFTER_BOOT = 10_112;
/** Each query counts as a small allocation (after answering), so repeated measurements move the way a real program's do. */
const QUERY_COST = 32;

let used = USED_AFTER_BOOT;
let totalAllocated = USED_AFTER_BOOT;
let peak = USED_AFTER_BOOT;
let enabled = true;
let threshold = -1;

function touch(): void {
  used = Math.min(HEAP_TOTAL, used + QUERY_COST);
  totalAllocated += QUERY_COST;
  peak = Math.max(peak, used);
}

export const heapModel = {
  used(): number {
    const value = used;
    touch();
    return value;
  },
  free(): number {
    const value = HEAP_TOTAL - used;
    touch();
    return value;
  },
  totalAllocated(): number {
    const value = totalAllocated;
    touch();
    return value;
  },
  peak(): number {
    const value = peak;
    touch();
    return value;
  },
  collect(): void {
    used = USED_AFTER_BOOT;
  },
  get enabled(): boolean {
    return enabled;
  },
  set enabled(on: boolean) {
    enabled = on;
  },
  get threshold(): number {
    return threshold;
  },
  /** Stored in whole 16-byte GC blocks, as MicroPython does (threshold(1) reads back as 0); negative: off. */
  set threshold(bytes: number) {
    threshold = bytes < 0 ? -1 : Math.floor(bytes / 16) * 16;
  },
  reset(): void {
    used = totalAllocated = peak = USED_AFTER_BOOT;
    enabled = true;
    threshold = -1;
  },
};
