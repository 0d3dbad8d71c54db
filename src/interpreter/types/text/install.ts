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
import type { TextKind, TextMethod } from "./text-kind";
import { codePointIndex } from "./code-points";
import { stripText } from "./text-ops";
import { searchMethods } from "./text-search-methods";
import { splitMethods } from "./text-split-methods";
import { caseMethods } from "./text-case-methods";

/**
 * str's commonest calls (`s.startswith("x")`, `s.find("x")`, `s.strip()`...) with plain str operands go
 * straight to the JS string method; anything else takes the general path.
 */
function defineFastPaths(type: PyType, kind: TextKind): void {
  const general = searchMethods(kind);
  const split = splitMethods(kind);
  const fast: Record<string, TextMethod> = {
    startswith: (self, args, kw) =>
      typeof self === "string" && args.length === 1 && kw === null && typeof args[0] === "string"
        ? self.startsWith(args[0])
        : general.startswith(self, args, kw),
    endswith: (self, args, kw) =>
      typeof self === "string" && args.length === 1 && kw === null && typeof args[0] === "string"
        ? self.endsWith(args[0])
        : general.endswith(self, args, kw),
    find: (self, args, kw) => {
      if (typeof self !== "string" || args.length !== 1 || kw !== null || typeof args[0] !== "string") {
        return general.find(self, args, kw);
      }
      const at = self.indexOf(args[0]);
      return at < 0 ? -1 : codePointIndex(self, at);
    },
    strip: (self, args, kw) =>
      typeof self === "string" && args.length === 0 && kw === null ? stripText(self, null, true, true, true) : split.strip(self, args, kw),
  };
  const descriptors: Record<string, PyMethodDescriptor> = {};
  for (const name of Object.keys(fast)) descriptors[name] = builtinMethodKw(name, fast[name]);
  defineMethods(type, descriptors);
}

/** The methods str, bytes and bytearray share, bound to `kind`. */
function defineTextMethods(type: PyType, kind: TextKind): void {
  const all = { ...searchMethods(kind), ...splitMethods(kind), ...caseMethods(kind) };
  const descriptors: Record<string, PyMethodDescriptor> = {};
  for (const name of Object.keys(all)) descriptors[name] = builtinMethodKw(name, all[name]);
  defineMethods(type, descriptors);
}

defineTextMethods(strType, strKind);
defineFastPaths(strType, strKind);
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
const { fromhex, ...plainBytearrayMethods } = bytearrayMethods;
defineMethods(bytearrayType, {
  ...plainBytearrayMethods,
  decode: builtinMethodKw("decode", decodeMethod),
  hex: builtinMethod("hex", 0, 1, hexMethod),
  fromhex: builtinClassMethod("fromhex", 1, 1, fromhex),
});

defineMethods(memoryviewType, memoryviewMethods);
