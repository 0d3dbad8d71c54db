// 32- and 64-bit unsigned C arithmetic as the RP2040 firmware does it (wrap-around, truncating division), so
// computed register values and read-backs match the board bit for bit, including its odd edge cases.

const U32 = 0x1_0000_0000;
const U64_MASK = (1n << 64n) - 1n;

/** A value converted to uint32_t (negative numbers wrap). */
export function u32(x: number): number {
  return ((x % U32) + U32) % U32;
}

/** uint32_t * uint32_t, keeping the low 32 bits. */
export function mulU32(a: number, b: number): number {
  return Math.imul(a, b) >>> 0;
}

/** uint32_t / uint32_t. The RP2040's divider gives all ones when dividing by zero. */
export function divU32(a: number, b: number): number {
  return b === 0 ? 0xffffffff : Math.floor(u32(a) / u32(b));
}

/** A value converted to uint64_t. */
export function u64(x: number | bigint): bigint {
  return BigInt.asUintN(64, typeof x === "bigint" ? x : BigInt(Math.trunc(x)));
}

/** uint64_t / uint64_t (all ones on division by zero, as the runtime's helper returns). */
export function divU64(a: bigint, b: bigint): bigint {
  return b === 0n ? U64_MASK : (a & U64_MASK) / (b & U64_MASK);
}

/** The low 32 bits of a uint64_t as a number. */
export function lowU32(x: bigint): number {
  return Number(BigInt.asUintN(32, x));
}

/** C's signed division (truncates toward zero). */
export function divTrunc(a: number, b: number): number {
  return Math.trunc(a / b);
}
