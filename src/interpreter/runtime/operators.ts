// Operators: binary (+ reflected and in-place forms), unary, and rich comparison, dispatched through type slots.
// Slot contract: `add(self, other)` has self on the left; `radd(self, other)` has self on the right;
// `iadd(self, other)` may mutate self. Any of them returns NotImplemented when it cannot handle `other`.
import type { PyValue } from "./object";
import { typeOf, NotImplemented } from "./builtin-types";
import type { BinarySlotName, CompareOp, PyType, TypeSlots } from "./type";
import { raiseTypeError } from "./errors";
import { config } from "./config";
import { PyFloat, floatType } from "../types/float";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

type BinarySlot = (self: unknown, other: PyValue) => PyValue;

function slotOf(slots: TypeSlots, name: string): BinarySlot | undefined {
  return (slots as Record<string, BinarySlot | undefined>)[name];
}

/** `a <op> b` for the binary operators (`op` is the slot name: "add", "floordiv", "lshift"...). */
export function binaryOp(a: PyValue, b: PyValue, op: BinarySlotName): PyValue {
  const fast = binaryFastPath(a, b, op);
  if (fast !== undefined) return fast;
  return dispatchBinary(a, b, op, op);
}

/** `a <op>= b`: the in-place slot first, then the plain operator. */
export function inplaceOp(a: PyValue, b: PyValue, op: BinarySlotName): PyValue {
  const fast = binaryFastPath(a, b, op);
  if (fast !== undefined) return fast;
  if (typeof a === "object") {
    const islot = slotOf(a.$type.slots, INPLACE_NAME[op]);
    if (islot !== undefined) {
      const r = islot(a, b);
      if (r !== NotImplemented) return r;
    }
  }
  return dispatchBinary(a, b, op, INPLACE_NAME[op]);
}

/** The exact int and float cases every program hits; undefined when the slots must decide. */
function binaryFastPath(a: PyValue, b: PyValue, op: BinarySlotName): PyValue | undefined {
  if (typeof a === "number" && typeof b === "number") {
    let r: number;
    switch (op) {
      case "add": r = a + b; break;
      case "sub": r = a - b; break;
      case "mul": r = a * b + 0; break; // + 0 turns -0 into 0
      default: return undefined;
    }
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r : undefined;
  }
  if (typeof a === "string" && typeof b === "string" && op === "add") return a + b;
  if (a instanceof PyFloat && b instanceof PyFloat && a.$type === floatType && b.$type === floatType) {
    switch (op) {
      case "add": return newFloat(a.value + b.value);
      case "sub": return newFloat(a.value - b.value);
      case "mul": return newFloat(a.value * b.value);
    }
  }
  return undefined;
}

function newFloat(x: number): PyFloat {
  return new PyFloat(config.singlePrecision ? Math.fround(x) : x);
}

const REFLECTED_NAME = {} as Record<BinarySlotName, string>;
const INPLACE_NAME = {} as Record<BinarySlotName, string>;
for (const op of ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "or", "xor"] as BinarySlotName[]) {
  REFLECTED_NAME[op] = "r" + op;
  INPLACE_NAME[op] = "i" + op;
}

function dispatchBinary(a: PyValue, b: PyValue, op: BinarySlotName, nameForError: string): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const rname = REFLECTED_NAME[op];
  const reflected = tb !== ta ? slotOf(tb.slots, rname) : undefined;
  // A subclass on the right that overrides the reflected method gets the first try (Python's rule).
  if (reflected !== undefined && tb.isSubtypeOf(ta) && reflected !== slotOf(ta.slots, rname)) {
    const r = reflected(b, a);
    if (r !== NotImplemented) return r;
  }
  const forward = slotOf(ta.slots, op);
  if (forward !== undefined) {
    const r = forward(a, b);
    if (r !== NotImplemented) return r;
  }
  if (reflected !== undefined) {
    const r = reflected(b, a);
    if (r !== NotImplemented) return r;
  }
  return raiseUnsupported(nameForError, ta, tb);
}

/** After the left operand's method returned NotImplemented: the right operand's reflected method, or TypeError. */
export function reflectedOrRaise(a: PyValue, b: PyValue, op: BinarySlotName): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (tb !== ta) {
    const reflected = slotOf(tb.slots, REFLECTED_NAME[op]);
    if (reflected !== undefined) {
      const r = reflected(b, a);
      if (r !== NotImplemented) return r;
    }
  }
  return raiseUnsupported(op, ta, tb);
}

export function raiseUnsupported(op: string, ta: PyType, tb: PyType): never {
  return raiseTypeError(`unsupported types for __${op}__: '${ta.name}', '${tb.name}'`);
}

export type UnaryOpName = "neg" | "pos" | "invert";

/** `-x`, `+x`, `~x` (`not x` is `!truthy(x)`). */
export function unaryOp(o: PyValue, op: UnaryOpName): PyValue {
  if (typeof o === "number") {
    if (op === "neg") return o === 0 ? 0 : -o;
    if (op === "pos") return o;
    if (o > -MAX_SAFE) return -o - 1;
  }
  const slot = typeOf(o).slots[op];
  if (slot !== undefined) return slot(o);
  return raiseTypeError(`unsupported type for __${op}__: '${typeOf(o).name}'`);
}

// ---------- comparison ----------

const REFLECTED: Record<CompareOp, CompareOp> = { lt: "gt", le: "ge", eq: "eq", ne: "ne", gt: "lt", ge: "le" };

function compareValues(a: number | string, b: number | string, op: CompareOp): boolean {
  switch (op) {
    case "lt": return a < b;
    case "le": return a <= b;
    case "eq": return a === b;
    case "ne": return a !== b;
    case "gt": return a > b;
    case "ge": return a >= b;
  }
}

/** `a <op> b` with reflected operands; the result may be any object (user `__lt__` can return anything). */
export function richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (typeof a === "number" && typeof b === "number") return compareValues(a, b, op);
  if (typeof a === "string" && typeof b === "string") return compareValues(a, b, op);
  if (a instanceof PyFloat && b instanceof PyFloat && a.$type === floatType && b.$type === floatType) {
    return compareValues(a.value, b.value, op);
  }
  return dispatchCompare(a, b, op);
}

function dispatchCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const forward = ta.slots.richcompare;
  // Unlike arithmetic, comparisons try the reflected operation even between objects of the same type
  // (a class with only __lt__ still supports `>`).
  const reflected = tb.slots.richcompare;
  if (reflected !== undefined && tb !== ta && tb.isSubtypeOf(ta) && reflected !== forward) {
    const r = reflected(b, a, REFLECTED[op]);
    if (r !== NotImplemented) return r;
  }
  if (forward !== undefined) {
    const r = forward(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (reflected !== undefined && (op !== "eq" && op !== "ne" || tb !== ta)) {
    const r = reflected(b, a, REFLECTED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === "eq") return a === b;
  if (op === "ne") return a !== b;
  return raiseUnsupported(op, ta, tb);
}
