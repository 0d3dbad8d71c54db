// Process-wide interpreter settings that hot paths read directly (one interpreter runs per worker or CLI process).
export const config = {
  /** The RP2040 build of MicroPython and CircuitPython uses single-precision floats; conformance runs use double. */
  singlePrecision: true,
  flavor: "micropython" as "micropython" | "circuitpython",
  /** The RP2040 board simulated (CircuitPython board id, see hardware/boards): its pin names and identity. */
  board: "raspberry_pi_pico",
};

/** Rounds a float result to the current precision (identity in double mode). */
export function roundFloat(x: number): number {
  return config.singlePrecision ? Math.fround(x) : x;
}

/**
 * micropython.heap_lock() depth: while > 0, allocating objects should raise MemoryError (types that want to be
 * faithful check `heapLock.depth > 0`). micropython.opt_level(): at level ≥ 1 `__debug__` is False and asserts
 * are compiled out (the compiler reads `optimisation.level`).
 */
export const heapLock = { depth: 0 };
export const optimisation = { level: 0 };
