// Installs the methods of str, bytes, bytearray and memoryview. Import once before running Python code (the
// builtins do). Kept apart from the type files because runtime/function.ts sits in an import cycle with them.
import {
  defineMethods, builtinMethodKw, builtinMethod, builtinClassMethod, type PyMethodDescriptor,
} from "../../runtime/function";
import type { PyType } from "../../runtime/type";
import { strType, strKind, strMethods } from "../str";
import { bytesType, bytesKind, decodeMethod, hexMethod, bytesFromHex } from "../bytes";
import { bytearrayType, bytearrayKind, bytearrayMethods } from "../bytearray";
import { memoryviewType, memoryviewMethods } from "../memoryview";
import type { TextKind } from "./text-kind";
import { searchMethods } from "./text-search-methods";
import { splitMethods } from "./text-split-methods";
import { caseMethods } from "./text-case-methods";

/** The methods str, bytes and bytearray share, bound to `kind`. */
function defineTextMethods(type: PyType, kind: TextKind): void {
  const all = { ...searchMethods(kind), ...splitMethods(kind), ...caseMethods(kind) };
  const descriptors: Record<string, PyMethodDescriptor> = {};
  for (const name of Object.keys(all)) descriptors[name] = builtinMethodKw(name, all[name]);
  defineMethods(type, descriptors);
}

defineTextMethods(strType, strKind);
defineMethods(strType, {
  format: builtinMethodKw("format", strMethods.format),
  encode: builtinMethodKw("encode", strMethods.encode),
});

defineTextMethods(bytesType, bytesKind);
defineMethods(bytesType, {
  decode: builtinMethodKw("decode", decodeMethod),
  hex: builtinMethod("hex", 0, 1, hexMethod),
  fromhex: builtinClassMethod("fromhex", 1, 1, bytesFromHex),
});

defineTextMethods(bytearrayType, bytearrayKind);
const { fromhex, pop, ...plainBytearrayMethods } = bytearrayMethods;
defineMethods(bytearrayType, {
  ...plainBytearrayMethods,
  decode: builtinMethodKw("decode", decodeMethod),
  hex: builtinMethod("hex", 0, 1, hexMethod),
  fromhex: builtinClassMethod("fromhex", 1, 1, fromhex),
  pop: builtinMethod("pop", 0, 1, pop),
});

defineMethods(memoryviewType, {
  ...memoryviewMethods,
  hex: builtinMethod("hex", 0, 1, hexMethod),
});
