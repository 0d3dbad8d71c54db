// Small int helpers the containers need (kept local so container code does not load the whole int type).

/** Turns a bigint into the canonical int value: a number when it is a safe integer (see DESIGN.md "Values"). */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
