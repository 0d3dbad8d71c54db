// Case conversion, character-class tests and centring, shared by str (Unicode) and bytes (ASCII only).
import type { PyValue, Kw } from "../../runtime/object";
import { raiseTypeError } from "../../runtime/errors";
import { type TextKind, type TextMethod, checkArgs, intArg } from "./text-kind";
import { codePointLength } from "./code-points";

const ASCII_UPPER = /[A-Z]+/g;
const ASCII_LOWER = /[a-z]+/g;

function lowerText(kind: TextKind, s: string): string {
  return kind.unicode ? s.toLowerCase() : s.replace(ASCII_UPPER, (m) => m.toLowerCase());
}

function upperText(kind: TextKind, s: string): string {
  return kind.unicode ? s.toUpperCase() : s.replace(ASCII_LOWER, (m) => m.toUpperCase());
}

type CharTest = (s: string) => boolean;

const TESTS_UNICODE: Record<string, CharTest> = {
  isspace: (s) => /^[\s\x1c-\x1f\x85]+$/u.test(s),
  isalpha: (s) => /^\p{L}+$/u.test(s),
  isdigit: (s) => /^[\p{Nd}\u00b2\u00b3\u00b9]+$/u.test(s),
};

const TESTS_ASCII: Record<string, CharTest> = {
  isspace: (s) => /^[ \t\n\r\v\f]+$/.test(s),
  isalpha: (s) => /^[A-Za-z]+$/.test(s),
  isdigit: (s) => /^[0-9]+$/.test(s),
};

/** isupper/islower: at least one cased character, and no cased character of the other case. */
function caseTest(kind: TextKind, s: string, upper: boolean): boolean {
  const lowered = lowerText(kind, s);
  const uppered = upperText(kind, s);
  if (lowered === uppered) return false;
  return upper ? s === uppered : s === lowered;
}

function center(kind: TextKind, self: PyValue, args: PyValue[], kw: Kw | null): PyValue {
  checkArgs(args, kw, 2, 3);
  const text = kind.text(self);
  const width = intArg(args[0]);
  let fill = " ";
  if (args.length > 1) {
    fill = kind.arg(args[1]);
    if (codePointLength(fill) !== 1) raiseTypeError("The fill character must be exactly one character long");
  }
  const margin = width - (kind.unicode ? codePointLength(text) : text.length);
  if (margin <= 0) return kind.make(text);
  // CPython's rounding: the extra space goes left when both the margin and the width are odd.
  const left = (margin >> 1) + (margin & width & 1);
  return kind.make(fill.repeat(left) + text + fill.repeat(margin - left));
}

/** The case and character-class methods bound to one text kind. */
export function caseMethods(kind: TextKind): Record<string, TextMethod> {
  const tests = kind.unicode ? TESTS_UNICODE : TESTS_ASCII;
  const methods: Record<string, TextMethod> = {
    lower: (self, args, kw) => (checkArgs(args, kw, 1, 1), kind.make(lowerText(kind, kind.text(self)))),
    upper: (self, args, kw) => (checkArgs(args, kw, 1, 1), kind.make(upperText(kind, kind.text(self)))),
    isupper: (self, args, kw) => (checkArgs(args, kw, 1, 1), caseTest(kind, kind.text(self), true)),
    islower: (self, args, kw) => (checkArgs(args, kw, 1, 1), caseTest(kind, kind.text(self), false)),
    center: (self, args, kw) => center(kind, self, args, kw),
  };
  for (const name of Object.keys(tests)) {
    const test = tests[name];
    methods[name] = (self, args, kw) => (checkArgs(args, kw, 1, 1), test(kind.text(self)));
  }
  return methods;
}
