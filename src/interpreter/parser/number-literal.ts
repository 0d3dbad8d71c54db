// Number literal text → value (int as number or bigint, float, imaginary), with MicroPython's error messages.

import type { FloatLiteral, ImagLiteral } from "./ast.js";

export type NumberValue = number | bigint | FloatLiteral | ImagLiteral;
export type DecodedNumber = { ok: true; value: NumberValue } | { ok: false; message: string };

const FLOAT_PATTERN = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[jJ]?$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Decodes the text of a Number token (underscores are ignored, as MicroPython's lexer does). */
export function decodeNumber(text: string): DecodedNumber {
  const digits = text.indexOf("_") >= 0 ? text.replace(/_/g, "") : text;
  const second = digits.charCodeAt(1) | 0x20;
  if (digits.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) {
    return decodePrefixedInteger(digits.slice(2), second === 120 ? 16 : second === 111 ? 8 : 2);
  }
  if (isAllDigits(digits)) return decodeDecimalInteger(digits);
  if (isFloatLike(digits)) return decodeFloat(digits);
  return { ok: false, message: `invalid syntax for integer with base 10: '${digits}'` };
}

function isAllDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

/** Text containing a dot, an exponent or a trailing j is meant as a float (valid or not). */
function isFloatLike(text: string): boolean {
  return /[.eEjJ]/.test(text) && /^[\d.]/.test(text) && !/[a-df-ik-zA-DF-IK-Z]/.test(text);
}

function decodeDecimalInteger(digits: string): DecodedNumber {
  if (digits.length > 1 && digits.charCodeAt(0) === 48 && !/^0+$/.test(digits)) {
    return { ok: false, message: `invalid syntax for integer with base 0: '${digits}'` };
  }
  if (digits.length <= 15) return { ok: true, value: Number(digits) };
  return { ok: true, value: normaliseBigInt(BigInt(digits)) };
}

function decodePrefixedInteger(digits: string, base: 16 | 8 | 2): DecodedNumber {
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : /^[01]+$/;
  if (!valid.test(digits)) {
    return { ok: false, message: `invalid syntax for integer with base ${base}: '${digits}'` };
  }
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "0b";
  return { ok: true, value: normaliseBigInt(BigInt(prefix + digits)) };
}

function decodeFloat(text: string): DecodedNumber {
  if (!FLOAT_PATTERN.test(text)) return { ok: false, message: "invalid syntax for number" };
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if (last === 106) return { ok: true, value: { type: "imag", value: Number(text.slice(0, -1)) } };
  return { ok: true, value: { type: "float", value: Number(text) } };
}

/** Integers in safe range are JS numbers; larger ones stay bigint (the runtime's invariant). */
function normaliseBigInt(value: bigint): number | bigint {
  return value <= MAX_SAFE && value >= -MAX_SAFE ? Number(value) : value;
}
