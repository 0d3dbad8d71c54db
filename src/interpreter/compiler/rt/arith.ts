// Operator helpers called by generated code: an exact small-int (and float) fast path, small enough for V8
// to inline at each call site, then the generic slot dispatch. Fast paths give exactly the slow path's result.
import type { PyValue } from "../../runtime/object";
import { binaryOp, inplaceOp, unaryOp, richCompare, truthy } from "../../runtime/protocol";
import { reflectedOrRaise } from "../../runtime/operators";
import { PyInstance } from "../../runtime/instance";
import { PyFunction } from "../../runtime/function";
import { lookupWithSlots } from "../../runtime/slot-methods";
import { NotImplemented } from "../../runtime/builtin-types";
import type { BinarySlotName } from "../../runtime/type";
import { PyFloat, floatType } from "../../types/float";
import { PyComplex, complexType, newComplex } from "../../types/complex";
import { config, roundFloat } from "../../runtime/config";

const MAX = 9007199254740991;

/**
 * `a <op> b` for an instance of a user class defining the operator as a plain method (and b not an instance
 * of another user class, whose reflected method might take priority): the method called directly.
 * Undefined when the generic dispatch must decide.
 */
function userOperator(a: PyInstance, b: PyValue, dunder: string, op: BinarySlotName): PyValue | undefined {
  const t = a.$type;
  if (b instanceof PyInstance && b.$type !== t) return undefined;
  const m = lookupWithSlots(t, dunder);
  if (!(m instanceof PyFunction) || (m.direct & 4) === 0) return undefined;
  const r = m.fn(a, b);
  return r === NotImplemented ? reflectedOrRaise(a, b, op) : r;
}
const MAX_BIG = 9007199254740991n;

function isIntValue(v: PyValue): v is number | bigint {
  return typeof v === "bigint" || typeof v === "number";
}

/** The canonical int: a number when the bigint is a safe integer. */
function normBig(v: bigint): number | bigint {
  return v <= MAX_BIG && v >= -MAX_BIG ? Number(v) : v;
}

function isPlainFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat && v.$type === floatType;
}

function float(x: number): PyFloat {
  return new PyFloat(config.singlePrecision ? Math.fround(x) : x);
}

export function add(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") {
      const r = a + b;
      if (r <= MAX && r >= -MAX) return r;
    } else if (b instanceof PyFloat && b.$type === floatType) {
      return float(a + b.value);
    }
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return float(a.value + b.value);
    if (typeof b === "number") return float(a.value + b);
  }
  if (typeof a === "bigint" || typeof b === "bigint") {
    if (isIntValue(a) && isIntValue(b)) return normBig(BigInt(a) + BigInt(b));
  }
  if (a instanceof PyComplex && b instanceof PyComplex && a.$type === complexType && b.$type === complexType) {
    return newComplex(a.real + b.real, a.imag + b.imag);
  }
  if (a instanceof PyInstance) {
    const r = userOperator(a, b, "__add__", "add");
    if (r !== undefined) return r;
  }
  return binaryOp(a, b, "add");
}

export function sub(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") {
      const r = a - b;
      if (r <= MAX && r >= -MAX) return r;
    } else if (b instanceof PyFloat && b.$type === floatType) {
      return float(a - b.value);
    }
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return float(a.value - b.value);
    if (typeof b === "number") return float(a.value - b);
  }
  if (typeof a === "bigint" || typeof b === "bigint") {
    if (isIntValue(a) && isIntValue(b)) return normBig(BigInt(a) - BigInt(b));
  }
  if (a instanceof PyComplex && b instanceof PyComplex && a.$type === complexType && b.$type === complexType) {
    return newComplex(a.real - b.real, a.imag - b.imag);
  }
  if (a instanceof PyInstance) {
    const r = userOperator(a, b, "__sub__", "sub");
    if (r !== undefined) return r;
  }
  return binaryOp(a, b, "sub");
}

export function mul(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") {
      const r = a * b;
      if (r <= MAX && r >= -MAX) return r + 0;
    } else if (b instanceof PyFloat && b.$type === floatType) {
      return float(a * b.value);
    }
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return float(a.value * b.value);
    if (typeof b === "number") return float(a.value * b);
  }
  if (typeof a === "bigint" || typeof b === "bigint") {
    if (isIntValue(a) && isIntValue(b)) return normBig(BigInt(a) * BigInt(b));
  }
  if (a instanceof PyComplex && b instanceof PyComplex && a.$type === complexType && b.$type === complexType) {
    return newComplex(roundFloat(a.real * b.real) - roundFloat(a.imag * b.imag), roundFloat(a.real * b.imag) + roundFloat(a.imag * b.real));
  }
  if (a instanceof PyInstance) {
    const r = userOperator(a, b, "__mul__", "mul");
    if (r !== undefined) return r;
  }
  return binaryOp(a, b, "mul");
}

export function truediv(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") {
      if (b !== 0) return float(a / b);
    } else if (b instanceof PyFloat && b.$type === floatType && b.value !== 0) {
      return float(a / b.value);
    }
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) {
      if (b.value !== 0) return float(a.value / b.value);
    } else if (typeof b === "number" && b !== 0) {
      return float(a.value / b);
    }
  }
  if (a instanceof PyInstance) {
    const r = userOperator(a, b, "__truediv__", "truediv");
    if (r !== undefined) return r;
  }
  return binaryOp(a, b, "truediv");
}

export function floordiv(a: PyValue, b: PyValue): PyValue {
  // Exact for safe integers: the quotient's rounding error can't reach the next integer below 2**53.
  if (typeof a === "number" && typeof b === "number" && b !== 0) return Math.floor(a / b) + 0;
  if ((typeof a === "bigint" || typeof b === "bigint") && isIntValue(a) && isIntValue(b) && b !== 0) {
    const x = BigInt(a);
    const y = BigInt(b);
    const q = x / y;
    // Truncation is the floor unless the signs differ and the division is inexact (checked by a multiplication,
    // much cheaper than a second big division).
    return normBig((x < 0n) !== (y < 0n) && q * y !== x ? q - 1n : q);
  }
  return binaryOp(a, b, "floordiv");
}

export function mod(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a % b;
    return (r !== 0 && r < 0 !== b < 0 ? r + b : r) + 0;
  }
  return binaryOp(a, b, "mod");
}

export function pow(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b <= 2) {
    const r = b === 2 ? a * a : b === 1 ? a : 1;
    if (r <= MAX) return r;
  }
  return binaryOp(a, b, "pow");
}

export function lshift(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 31 && a >= -0x100000 && a <= 0x100000) {
    return a * (1 << b);
  }
  return binaryOp(a, b, "lshift");
}

export function rshift(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 32 && a >= -0x80000000 && a <= 0x7fffffff) {
    return a >> b;
  }
  return binaryOp(a, b, "rshift");
}

function isInt32(x: number): boolean {
  return (x | 0) === x;
}

export function and(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && isInt32(a) && isInt32(b)) return a & b;
  return binaryOp(a, b, "and");
}

export function or(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && isInt32(a) && isInt32(b)) return a | b;
  return binaryOp(a, b, "or");
}

export function xor(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && isInt32(a) && isInt32(b)) return a ^ b;
  return binaryOp(a, b, "xor");
}

export function matmul(a: PyValue, b: PyValue): PyValue {
  return binaryOp(a, b, "matmul");
}

// In-place forms: immutable operands share the plain fast path; mutable ones reach their i-slot.
export function iadd(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return typeof a === "object" ? inplaceOp(a, b, "add") : add(a, b);
}
export function isub(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "sub") : sub(a, b);
}
export function imul(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "mul") : mul(a, b);
}
export function itruediv(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "truediv") : truediv(a, b);
}
export function ifloordiv(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "floordiv") : floordiv(a, b);
}
export function imod(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "mod") : mod(a, b);
}
export function ipow(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "pow") : pow(a, b);
}
export function ilshift(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "lshift") : lshift(a, b);
}
export function irshift(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "rshift") : rshift(a, b);
}
export function iand(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "and") : and(a, b);
}
export function ior(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "or") : or(a, b);
}
export function ixor(a: PyValue, b: PyValue): PyValue {
  return typeof a === "object" ? inplaceOp(a, b, "xor") : xor(a, b);
}
export function imatmul(a: PyValue, b: PyValue): PyValue {
  return inplaceOp(a, b, "matmul");
}

export function neg(a: PyValue): PyValue {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  if (isPlainFloat(a)) return new PyFloat(-a.value);
  return unaryOp(a, "neg");
}

export function pos(a: PyValue): PyValue {
  return typeof a === "number" ? a : unaryOp(a, "pos");
}

export function invert(a: PyValue): PyValue {
  if (typeof a === "number" && isInt32(a)) return ~a;
  return unaryOp(a, "invert");
}

// ---------- comparisons: value forms (any PyValue) and B forms (JS boolean, for conditions) ----------

export function lt(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") return a < b;
    if (b instanceof PyFloat && b.$type === floatType) return a < b.value;
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return a.value < b.value;
    if (typeof b === "number") return a.value < b;
  }
  return richCompare(a, b, "lt");
}

export function ltB(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number") {
    if (typeof b === "number") return a < b;
    if (b instanceof PyFloat && b.$type === floatType) return a < b.value;
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return a.value < b.value;
    if (typeof b === "number") return a.value < b;
  }
  return truthy(richCompare(a, b, "lt"));
}

export function le(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") return a <= b;
    if (b instanceof PyFloat && b.$type === floatType) return a <= b.value;
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return a.value <= b.value;
    if (typeof b === "number") return a.value <= b;
  }
  return richCompare(a, b, "le");
}

export function leB(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number") {
    if (typeof b === "number") return a <= b;
    if (b instanceof PyFloat && b.$type === floatType) return a <= b.value;
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return a.value <= b.value;
    if (typeof b === "number") return a.value <= b;
  }
  return truthy(richCompare(a, b, "le"));
}

export function gt(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") return a > b;
    if (b instanceof PyFloat && b.$type === floatType) return a > b.value;
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return a.value > b.value;
    if (typeof b === "number") return a.value > b;
  }
  return richCompare(a, b, "gt");
}

export function gtB(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number") {
    if (typeof b === "number") return a > b;
    if (b instanceof PyFloat && b.$type === floatType) return a > b.value;
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return a.value > b.value;
    if (typeof b === "number") return a.value > b;
  }
  return truthy(richCompare(a, b, "gt"));
}

export function ge(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") return a >= b;
    if (b instanceof PyFloat && b.$type === floatType) return a >= b.value;
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return a.value >= b.value;
    if (typeof b === "number") return a.value >= b;
  }
  return richCompare(a, b, "ge");
}

export function geB(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number") {
    if (typeof b === "number") return a >= b;
    if (b instanceof PyFloat && b.$type === floatType) return a >= b.value;
  } else if (a instanceof PyFloat && a.$type === floatType) {
    if (b instanceof PyFloat && b.$type === floatType) return a.value >= b.value;
    if (typeof b === "number") return a.value >= b;
  }
  return truthy(richCompare(a, b, "ge"));
}

export function eq(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "string" && typeof b === "string") return a === b;
  return richCompare(a, b, "eq");
}

export function eqB(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "string" && typeof b === "string") return a === b;
  return truthy(richCompare(a, b, "eq"));
}

export function ne(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  if (typeof a === "string" && typeof b === "string") return a !== b;
  return richCompare(a, b, "ne");
}

export function neB(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  if (typeof a === "string" && typeof b === "string") return a !== b;
  return truthy(richCompare(a, b, "ne"));
}

/** Python truthiness with the common cases first. */
export function truthyFast(v: PyValue): boolean {
  if (v === true) return true;
  if (v === false) return false;
  if (typeof v === "number") return v !== 0;
  return truthy(v);
}
