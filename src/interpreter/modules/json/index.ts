// The `json` module: dumps/dump (with MicroPython's `separators` keyword) and loads/load.
import type { PyValue, Kw } from "../../runtime/object";
import { None, typeOf } from "../../runtime/builtin-types";
import { newException, OSError, raiseTypeError, raiseValueError } from "../../runtime/errors";
import { builtinFunctionKw, checkArity } from "../../runtime/function";
import { lookupAttr } from "../../runtime/protocol";
import { PyTuple } from "../../types/tuple";
import { PyList } from "../../types/list";
import { PyStreamObject } from "../io/stream-object";
import { isIOBase } from "../io/iobase";
import { streamWriteText, streamReadAllText } from "../io/stream-ops";
import { PyModule } from "../../types/module";
import { getBuffer } from "../../types/text/buffer";
import { decodeText } from "../../types/text/utf8";
import { parseJson } from "./decode";
import { toJson, DEFAULT_SEPARATORS, type JsonSeparators } from "./encode";
import { checkKeywords, strArg } from "../args";

function separatorsFrom(kw: Kw | null): JsonSeparators {
  checkKeywords(kw, ["separators"]);
  const given = kw?.get("separators");
  if (given === undefined || given === None) return DEFAULT_SEPARATORS;
  if (!(given instanceof PyTuple || given instanceof PyList)) {
    return raiseTypeError(`object '${typeOf(given).name}' isn't a tuple or list`);
  }
  const pair = given.items;
  if (pair.length !== 2) raiseValueError(`requested length 2 but object has length ${pair.length}`);
  return { item: strArg(pair[0]), key: strArg(pair[1]) };
}

/** The text of a str, bytes or bytearray document. */
function documentText(v: PyValue): string {
  if (typeof v === "string") return v;
  const data = getBuffer(v) ?? raiseTypeError("object with buffer protocol required");
  return decodeText(data, "utf-8", "replace");
}

/** MicroPython accepts only objects with the stream protocol; here also any object with the needed method. */
function requireStream(stream: PyValue, method: string): void {
  if (stream instanceof PyStreamObject || isIOBase(stream)) return;
  if (lookupAttr(stream, method) === undefined) throw newException(OSError, "stream operation not supported");
}

export function createJsonModule(): PyModule {
  const m = new PyModule("json");
  m.set("dumps", builtinFunctionKw("dumps", (args, kw) => {
    checkArity(args.length, 1, 1, false);
    return toJson(args[0], separatorsFrom(kw));
  }));
  m.set("dump", builtinFunctionKw("dump", (args, kw) => {
    checkArity(args.length, 2, 2, false);
    const sep = separatorsFrom(kw);
    requireStream(args[1], "write");
    streamWriteText(args[1], toJson(args[0], sep));
    return None;
  }));
  m.set("loads", builtinFunctionKw("loads", (args, kw) => {
    checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
    return parseJson(documentText(args[0]));
  }));
  m.set("load", builtinFunctionKw("load", (args, kw) => {
    checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
    requireStream(args[0], "read");
    return parseJson(streamReadAllText(args[0]));
  }));
  return m;
}
