// The int type: JS numbers for safe integers, normalised bigints beyond (arithmetic lives in numeric helpers).
import { makeBuiltinType, registerPrimitiveType, builtinTypes } from "../runtime/builtin-types";

export const intType = makeBuiltinType("int");
registerPrimitiveType("int", intType);
builtinTypes.set("int", intType);

/** Turns a bigint into the canonical int value: a number when it is a safe integer. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
