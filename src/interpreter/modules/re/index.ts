// The `re` module: compile/match/search/sub and the pattern and match objects, as MicroPython's modre.
import { PyObject, type PyValue } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { newException, IndexError, raiseNotImplementedError, raiseRuntimeError, raiseValueError } from "../../runtime/errors";
import { builtinFunction, defineMethods, builtinMethod } from "../../runtime/function";
import { callObject, isCallable, objectId } from "../../runtime/protocol";
import { PyTuple, EMPTY_TUPLE } from "../../types/tuple";
import { PyList } from "../../types/list";
import { PyModule } from "../../types/module";
import { compileRegex, type RegexProgram } from "./program";
import { runRegex, RegexStackOverflow } from "./matcher";
import { toText, sliceText, TextBuilder, type Text } from "./subject";
import { intArg } from "../args";

export const patternType = makeBuiltinType("re");
patternType.isBaseType = false;
export const matchType = makeBuiltinType("match");
matchType.isBaseType = false;

class PyPattern extends PyObject {
  constructor(readonly prog: RegexProgram) {
    super(patternType);
  }
}

class PyMatch extends PyObject {
  constructor(readonly text: Text, readonly caps: Int32Array) {
    super(matchType);
  }
  get groupCount(): number {
    return this.caps.length / 2;
  }
}

// Module-level calls recompile their pattern each time on MicroPython; a small cache gives the same results faster.
const compileCache = new Map<string, RegexProgram>();

function compilePattern(p: PyValue): PyPattern {
  if (p instanceof PyPattern) return p;
  const source = toText(p);
  const key = (source.isBytes ? "b" : "s") + String.fromCodePoint(...source.chars);
  let prog = compileCache.get(key);
  if (prog === undefined) {
    const result = compileRegex(Array.from(source.chars));
    if (typeof result === "string") return raiseValueError(result);
    prog = result;
    if (compileCache.size > 64) compileCache.clear();
    compileCache.set(key, prog);
  }
  return new PyPattern(prog);
}

/** Runs the matcher, turning runaway backtracking into MicroPython's RuntimeError. */
function run(prog: RegexProgram, text: Text, begin: number, end: number, anchored: boolean): Int32Array | null {
  try {
    return runRegex(prog, { chars: text.chars, begin, end }, anchored);
  } catch (e) {
    if (e instanceof RegexStackOverflow) raiseRuntimeError("maximum recursion depth exceeded");
    throw e;
  }
}

/** match()/search(): pos and endpos apply only when called on a compiled pattern. */
function exec(anchored: boolean, args: PyValue[]): PyValue {
  const compiled = args[0] instanceof PyPattern;
  const pattern = compilePattern(args[0]);
  const text = toText(args[1]);
  const len = text.chars.length;
  let begin = 0;
  let end = len;
  if (compiled && args.length > 2) {
    begin = Math.min(Math.max(intArg(args[2]), 0), len);
    if (args.length > 3) end = Math.max(Math.min(intArg(args[3]), len), begin);
  }
  const caps = run(pattern.prog, text, begin, end, anchored);
  return caps === null ? None : new PyMatch(text, caps);
}

function split(self: PyPattern, subject: PyValue, maxsplitArg?: PyValue): PyValue {
  const text = toText(subject);
  let maxsplit = maxsplitArg === undefined ? 0 : intArg(maxsplitArg);
  const out: PyValue[] = [];
  let begin = 0;
  for (;;) {
    const caps = run(self.prog, text, begin, text.chars.length, false);
    // MicroPython stops at the first empty match.
    if (caps === null || caps[0] === caps[1]) break;
    out.push(sliceText(text, begin, caps[0]));
    if (self.prog.groups > 0) raiseNotImplementedError("splitting with sub-captures");
    begin = caps[1];
    if (maxsplit > 0 && --maxsplit === 0) break;
  }
  out.push(sliceText(text, begin, text.chars.length));
  return new PyList(out);
}

/** Expands `\1`, `\g<1>` and `\\` in a replacement template; other escapes just drop the backslash. */
function expandTemplate(template: Text, match: PyMatch, out: TextBuilder): void {
  const t = template.chars;
  for (let i = 0; i < t.length; ) {
    if (t[i] !== 0x5c) {
      let run = i + 1;
      while (run < t.length && t[run] !== 0x5c) run++;
      out.appendText(template, i, run);
      i = run;
      continue;
    }
    i++;
    let gFormat = false;
    if (t[i] === 0x67 /* g */ && t[i + 1] === 0x3c /* < */) {
      i += 2;
      gFormat = true;
    }
    if (t[i] >= 0x30 && t[i] <= 0x39) {
      let group = 0;
      while (t[i] >= 0x30 && t[i] <= 0x39) group = group * 10 + (t[i++] - 0x30);
      if (gFormat && t[i] === 0x3e /* > */) i++;
      if (group >= match.groupCount) throw newException(IndexError, group);
      const start = match.caps[group * 2];
      if (start >= 0) out.appendText(match.text, start, match.caps[group * 2 + 1]);
    } else if (t[i] === 0x5c) {
      out.appendText(template, i, i + 1);
      i++;
    }
  }
}

function sub(args: PyValue[]): PyValue {
  const pattern = compilePattern(args[0]);
  const replace = args[1];
  const text = toText(args[2]);
  let count = args.length > 3 ? intArg(args[3]) : 0;
  const out = new TextBuilder(text.isBytes);
  let begin = 0;
  let replaced = false;
  for (;;) {
    const caps = run(pattern.prog, text, begin, text.chars.length, false);
    if (caps === null || caps[0] === caps[1]) break;
    replaced = true;
    out.appendText(text, begin, caps[0]);
    const match = new PyMatch(text, caps);
    const template = isCallable(replace) ? callObject(replace, [match]) : replace;
    expandTemplate(toText(template), match, out);
    begin = caps[1];
    if (count > 0 && --count === 0) break;
  }
  if (!replaced) return text.value;
  out.appendText(text, begin, text.chars.length);
  return out.build();
}

function groupIndex(m: PyMatch, n: PyValue): number {
  const i = intArg(n);
  if (i < 0 || i >= m.groupCount) throw newException(IndexError, n);
  return i;
}

function group(m: PyMatch, n: PyValue): PyValue {
  const i = groupIndex(m, n);
  const start = m.caps[i * 2];
  return start < 0 ? None : sliceText(m.text, start, m.caps[i * 2 + 1]);
}

function span(m: PyMatch, n?: PyValue): [number, number] {
  const i = n === undefined ? 0 : groupIndex(m, n);
  const start = m.caps[i * 2];
  return start < 0 ? [-1, -1] : [start, m.caps[i * 2 + 1]];
}

patternType.defineSlots({ repr: (self: PyPattern) => `<re ${objectId(self).toString(16)}>` });
matchType.defineSlots({ repr: (self: PyMatch) => `<match num=${self.groupCount}>` });

const matchMethod = builtinMethod("match", 1, 3, (self: PyValue, ...rest: PyValue[]) => exec(true, [self, ...rest]));
const searchMethod = builtinMethod("search", 1, 3, (self: PyValue, ...rest: PyValue[]) => exec(false, [self, ...rest]));
defineMethods(patternType, {
  match: matchMethod,
  search: searchMethod,
  split: builtinMethod("split", 1, 2, split),
  sub: builtinMethod("sub", 2, 4, (self: PyValue, ...rest: PyValue[]) => sub([self, ...rest])),
});

defineMethods(matchType, {
  group,
  groups: (m: PyMatch) => {
    if (m.groupCount <= 1) return EMPTY_TUPLE;
    const items: PyValue[] = [];
    for (let i = 1; i < m.groupCount; i++) items.push(group(m, i));
    return new PyTuple(items);
  },
  span: builtinMethod("span", 0, 1, (m: PyMatch, n?: PyValue) => new PyTuple(span(m, n))),
  start: builtinMethod("start", 0, 1, (m: PyMatch, n?: PyValue) => span(m, n)[0]),
  end: builtinMethod("end", 0, 1, (m: PyMatch, n?: PyValue) => span(m, n)[1]),
});

export function createReModule(): PyModule {
  const m = new PyModule("re");
  m.set("compile", builtinFunction("compile", 1, 2, (p: PyValue) => {
    if (p instanceof PyPattern) return toText(p) as never; // raises: a compiled pattern is not a str
    const compiled = compilePattern(p);
    return new PyPattern(compiled.prog);
  }));
  m.set("match", builtinFunction("match", 2, 4, (...args: PyValue[]) => exec(true, args)));
  m.set("search", builtinFunction("search", 2, 4, (...args: PyValue[]) => exec(false, args)));
  m.set("sub", builtinFunction("sub", 3, 5, (...args: PyValue[]) => sub(args)));
  return m;
}

