// CircuitPython's time.struct_time: a 9-field named tuple (localtime() returns one; mktime() takes one).
import type { PyValue, Kw } from "../../runtime/object";
import { raiseTypeError } from "../../runtime/errors";
import { checkArity } from "../../runtime/function";
import { toArray } from "../../runtime/protocol";
import type { PyTuple } from "../../types/tuple";
import { makeAttrTuple, makeAttrTupleType } from "../attrtuple";

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

export const structTimeType = makeAttrTupleType("struct_time", "struct_time");
structTimeType.defineSlots({
  new: (_type, args: PyValue[], kw: Kw | null) => {
    checkArity(args.length, 1, 1, kw !== null && kw.size > 0);
    const items = toArray(args[0]);
    if (items.length !== 9) raiseTypeError("time.struct_time() takes a 9-sequence");
    return makeStructTime(items);
  },
});

export function makeStructTime(items: PyValue[]): PyTuple {
  return makeAttrTuple(FIELDS, items, structTimeType);
}
