// io.StringIO and io.BytesIO: in-memory streams (StringIO keeps UTF-8 bytes, as MicroPython's does).
import type { PyValue, Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { checkArity } from "../../runtime/function";
import { PyStreamObject, defineStreamMethods } from "./stream-object";
import { bytesLikeArg } from "../args";

export const stringIOType = makeBuiltinType("StringIO");
export const bytesIOType = makeBuiltinType("BytesIO");

/** StringIO(initial) / BytesIO(initial): an int argument only reserves space. */
function makeMemoryStream(type: PyType, text: boolean, args: PyValue[], kw: Kw | null): PyStreamObject {
  checkArity(args.length, 0, 1, kw !== null && kw.size > 0);
  const initial = args[0];
  const data =
    initial === undefined || initial === None || typeof initial === "number" ? new Uint8Array(0) : bytesLikeArg(initial);
  return new PyStreamObject(type, data, text);
}

stringIOType.defineSlots({ new: (type, args, kw) => makeMemoryStream(type, true, args, kw) });
bytesIOType.defineSlots({ new: (type, args, kw) => makeMemoryStream(type, false, args, kw) });
defineStreamMethods(stringIOType, true);
defineStreamMethods(bytesIOType, true);

/** A new empty StringIO (for sys.print_exception targets and tests). */
export function newStringIO(): PyStreamObject {
  return new PyStreamObject(stringIOType, new Uint8Array(0), true);
}
