// Runs a compiled re1.5 program by backtracking with an explicit stack (no JS recursion), over code points.
import {
  OP_CHAR, OP_ANY, OP_CLASS, OP_CLASS_NOT, OP_NAMED_CLASS, OP_BOL, OP_EOL, OP_JMP, OP_SPLIT, OP_RSPLIT,
  OP_SAVE, OP_MATCH, NAMED_IN_CLASS, SEARCH_PREFIX, type RegexProgram,
} from "./program";

/** The text being matched and the window to match in (MicroPython's `pos`/`endpos`). */
export interface Subject {
  /** Code points (str) or byte values (bytes). */
  chars: ArrayLike<number>;
  /** Where matching starts. `^` still only matches at index 0. */
  begin: number;
  /** One past the last index that may be consumed; `$` matches only here. */
  end: number;
}

/**
 * The backtracking depth at which matching gives up, as MicroPython does when its recursive matcher runs out of
 * C stack (`(a*)*` loops forever without consuming input).
 */
export const MAX_BACKTRACK_DEPTH = 200_000;

export class RegexStackOverflow extends Error {}

/** The backtracking stack, kept between calls (matching is not re-entrant: no Python code runs inside). */
let sharedStack = new Int32Array(3 * 1024);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isWord = (c: number) =>
  isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** \d \s \w match; the upper-case letters negate. */
function namedClassMatches(letter: number, c: number): boolean {
  const lower = letter | 0x20;
  const hit = lower === 0x64 ? isDigit(c) : lower === 0x73 ? isSpace(c) : isWord(c);
  return letter === lower ? hit : !hit;
}

function classMatches(code: number[], pc: number, c: number): boolean {
  const positive = code[pc] === OP_CLASS;
  const count = code[pc + 1];
  for (let k = 0, p = pc + 2; k < count; k++, p += 2) {
    const lo = code[p];
    if (lo === NAMED_IN_CLASS ? namedClassMatches(code[p + 1], c) : c >= lo && c <= code[p + 1]) return positive;
  }
  return !positive;
}

// Stack entries are triples: (kind, a, b). ALT resumes at pc a with position b; RESTORE puts b back in caps[a].
const ALT = 0;
const RESTORE = 1;

/**
 * Matches `prog` against `subject`; `anchored` is `match()` (at `begin` only), otherwise `search()`.
 * Returns the capture positions (start/end per group, -1 when a group did not take part) or null.
 * Throws RegexStackOverflow when backtracking gets too deep.
 */
export function runRegex(prog: RegexProgram, subject: Subject, anchored: boolean): Int32Array | null {
  const code = prog.code;
  const chars = subject.chars;
  const end = subject.end;
  const caps = new Int32Array((prog.groups + 1) * 2).fill(-1);
  let stack = sharedStack;
  let top = 0;
  let pc = anchored ? SEARCH_PREFIX : 0;
  let sp = subject.begin;

  const push = (kind: number, a: number, b: number) => {
    if (top + 3 > stack.length) {
      if (stack.length / 3 >= MAX_BACKTRACK_DEPTH) throw new RegexStackOverflow();
      const bigger = new Int32Array(stack.length * 2);
      bigger.set(stack);
      stack = sharedStack = bigger;
    }
    stack[top] = kind;
    stack[top + 1] = a;
    stack[top + 2] = b;
    top += 3;
  };

  for (;;) {
    let ok = true;
    const op = code[pc];
    if (op < OP_BOL && sp >= end) ok = false;
    else {
      switch (op) {
        case OP_CHAR:
          if (chars[sp] === code[pc + 1]) { sp++; pc += 2; } else ok = false;
          break;
        case OP_ANY:
          sp++; pc += 1;
          break;
        case OP_CLASS:
        case OP_CLASS_NOT:
          if (classMatches(code, pc, chars[sp])) { sp++; pc += 2 + 2 * code[pc + 1]; } else ok = false;
          break;
        case OP_NAMED_CLASS:
          if (namedClassMatches(code[pc + 1], chars[sp])) { sp++; pc += 2; } else ok = false;
          break;
        case OP_MATCH:
          return caps;
        case OP_JMP:
          pc += 2 + code[pc + 1];
          break;
        case OP_SPLIT:
          push(ALT, pc + 2 + code[pc + 1], sp);
          pc += 2;
          break;
        case OP_RSPLIT:
          push(ALT, pc + 2, sp);
          pc += 2 + code[pc + 1];
          break;
        case OP_SAVE: {
          const slot = code[pc + 1];
          push(RESTORE, slot, caps[slot]);
          caps[slot] = sp;
          pc += 2;
          break;
        }
        case OP_BOL:
          if (sp === 0) pc += 1; else ok = false;
          break;
        case OP_EOL:
          if (sp === end) pc += 1; else ok = false;
          break;
        default:
          throw new Error(`regex: bad opcode ${op} at ${pc}`);
      }
    }
    if (ok) continue;
    // Backtrack: undo captures until the most recent alternative.
    for (;;) {
      if (top === 0) return null;
      top -= 3;
      if (stack[top] === RESTORE) {
        caps[stack[top + 1]] = stack[top + 2];
      } else {
        pc = stack[top + 1];
        sp = stack[top + 2];
        break;
      }
    }
  }
}
