// The `$rt` object generated code receives: every helper by the name the code generator uses (`$add` is
// `$rt.add`), plus the runtime state, and how compile-time constants become runtime values.
import { STOP } from "../../runtime/object";
import { None, Ellipsis, typeOf } from "../../runtime/builtin-types";
import { typeVersion } from "../../runtime/type";
import { PyInstance } from "../../runtime/instance";
import { runtimeState, poll } from "../../runtime/state";
import {
  contains, getIter, iterNext, delAttr, delItem,
} from "../../runtime/protocol";
import { traceback, toPyExc, catchInFrame } from "../../runtime/traceback";
import { raiseValue, raiseFrom, reraise, excMatch, assertionError } from "../../runtime/exceptions";
import {
  makeGenerator, makeCoroutine, makeAsyncGenerator, yieldFrom, awaitable, asyncIter, asyncNext, isStopAsyncIteration,
  makeSimpleGenexp, SKIP,
} from "../../runtime/generator";
import { makeClass, classNamespace } from "../../runtime/class-builder";
import { superCall } from "../../types/super";
import { newList } from "../../types/list";
import { newTuple, EMPTY_TUPLE } from "../../types/tuple";
import { newSet as makeSet, setAdd } from "../../types/set";
import { dictFromDisplay, dictSet, DICT_SPREAD } from "../../types/dict";
import { newSlice } from "../../types/slice";
import { rangeType } from "../../types/range";
import { PyFloat, floatType } from "../../types/float";
import { newBytes } from "../../types/bytes";
import { newComplex } from "../../types/complex";
import { formatField } from "../../types/text/format-value";
import { config } from "../../runtime/config";
import { floatLiteralValue } from "../../types/numeric/parse";
import type { PyValue } from "../../runtime/object";
import type { ConstValue } from "../consts";
import * as arith from "./arith";
import * as access from "./access";
import * as calls from "./calls";
import * as misc from "./misc";

export const runtimeHelpers: Record<string, unknown> = {
  ...arith,
  truthy: arith.truthyFast,
  ...access,
  ...calls,
  ...misc,
  None, Ellipsis, STOP, EMPTY_TUPLE, PyInstance, typeVersion, typeOf, DICT_SPREAD, rangeType, PyFloat, floatType,
  state: runtimeState,
  poll,
  contains: (container: PyValue, item: PyValue) => contains(container, item),
  getIter,
  next: iterNext,
  delAttr,
  delItem,
  traceback,
  toPyExc,
  catchInFrame,
  raise: raiseValue,
  raiseFrom,
  reraise,
  excMatch,
  assertionError,
  makeGenerator, makeCoroutine, makeAsyncGenerator, yieldFrom, awaitable, asyncIter, asyncNext, isStopAsyncIteration,
  makeSimpleGenexp, SKIP,
  makeClass, classNamespace, superCall,
  newList: (items: PyValue[]) => newList(items),
  newTuple: (items: PyValue[]) => newTuple(items),
  newSet: (items: PyValue[]) => makeSet(items),
  setAdd,
  newDict: dictFromDisplay,
  dictSet,
  slice: newSlice,
  formatField,
  builtinLocals: () => runtimeState.builtinLocals,
};

function constTupleValue(c: ConstValue): unknown {
  switch (c.kind) {
    case "tuple":
      return newTuple(c.items.map((x) => constTupleValue(x) as PyValue));
    case "int":
    case "str":
    case "bool":
      return c.value;
    case "none":
      return None;
    case "ellipsis":
      return Ellipsis;
    case "bytes":
      return newBytes(c.value);
    case "float":
      return new PyFloat(floatLiteralValue(c.value));
  }
}

/** Turns the code generator's constant descriptions into runtime values. */
export function materializeConstant(c: unknown): unknown {
  const d = c as { float?: number; imag?: number; bytes?: Uint8Array; code?: unknown };
  if (d.float !== undefined) return new PyFloat(config.singlePrecision ? floatLiteralValue(d.float) : d.float);
  if (d.imag !== undefined) return newComplex(0, d.imag);
  if (d.bytes !== undefined) return newBytes(d.bytes);
  if (d.code !== undefined) return d.code;
  const site = c as { methodCache?: number; name?: string };
  if (site.methodCache !== undefined) return calls.newMethodCache(site.methodCache, site.name!);
  const t = (c as { constTuple?: ConstValue }).constTuple;
  if (t !== undefined) return constTupleValue(t);
  throw new Error("internal: unknown constant");
}
