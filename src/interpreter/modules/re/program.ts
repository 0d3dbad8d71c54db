// Compiles MicroPython's regex dialect (re1.5) to a flat program with the same instruction layout and limits.
//
// The layout mirrors re1.5's byte code (an opcode unit, then operands; jumps are relative to the end of the
// jump instruction and must fit a signed byte) so that the same patterns are rejected as "regex too complex"
// as on a board. Operands hold code points instead of bytes.


export const OP_CHAR = 1;
export const OP_ANY = 2;
export const OP_CLASS = 3;
export const OP_CLASS_NOT = 4;
export const OP_NAMED_CLASS = 5;
export const OP_BOL = 0x50;
export const OP_EOL = 0x51;
export const OP_JMP = 0x60;
export const OP_SPLIT = 0x61;
export const OP_RSPLIT = 0x62;
export const OP_SAVE = 0x7e;
export const OP_MATCH = 0x7f;

/** Marks a named class (\d, \w, \s and their negations) inside a [...] class: the pair is (marker, letter). */
export const NAMED_IN_CLASS = -1;

/** Length of the "search" prefix (a lazy `.*?`) that anchored matching skips. */
export const SEARCH_PREFIX = 5;

export interface RegexProgram {
  code: number[];
  /** Number of capturing groups (group 0 not counted). */
  groups: number;
}

/** Why a pattern was rejected, with MicroPython's two messages. */
export type CompileError = "regex too complex" | "error in regex";

const MAX_NESTING = 1000;

const isNamedClassLetter = (c: number): boolean => {
  const ch = String.fromCodePoint(c);
  return "dDsSwW".includes(ch);
};

const fitsSignedByte = (v: number): boolean => v >= -128 && v <= 127;

/** Compiles `pattern` (code points) or returns the error MicroPython would raise. */
export function compileRegex(pattern: number[]): RegexProgram | CompileError {
  const c = new RegexCompiler(pattern);
  // The search prefix: RSplit +3 (prefer the real program), Any, Jmp -5.
  c.code.push(OP_RSPLIT, 3, OP_ANY, OP_JMP, -5, OP_SAVE, 0);
  const stop = c.sequence(0);
  if (stop === null || c.failed) return "regex too complex";
  if (stop < pattern.length) return "error in regex"; // an unmatched ')'
  c.code.push(OP_SAVE, 1, OP_MATCH);
  return { code: c.code, groups: c.groups };
}

class RegexCompiler {
  code: number[] = [];
  groups = 0;
  /** Set when an operand does not fit its byte (jump too far, too many groups or class ranges). */
  failed = false;

  constructor(private readonly re: number[]) {}

  private at(i: number): number {
    return i < this.re.length ? this.re[i] : 0;
  }

  private checked(v: number): number {
    if (!fitsSignedByte(v)) this.failed = true;
    return v;
  }

  private insert(at: number, ...units: number[]): void {
    this.code.splice(at, 0, ...units);
  }

  /**
   * Compiles a sequence of alternatives up to ')' or the end; returns the index where it stopped, or null on a
   * syntax error (which MicroPython reports as "regex too complex").
   */
  sequence(i: number, depth = 0): number | null {
    if (depth > MAX_NESTING) return null;
    const code = this.code;
    const start = code.length;
    let term = code.length;
    let altLabel = 0;
    for (; i < this.re.length && this.at(i) !== 0x29 /* ) */; i++) {
      const ch = this.at(i);
      switch (ch) {
        case 0x5c /* \ */: {
          i++;
          if (i >= this.re.length) return null;
          term = code.length;
          const e = this.at(i);
          code.push(isNamedClassLetter(e) ? OP_NAMED_CLASS : OP_CHAR, e);
          break;
        }
        case 0x2e /* . */:
          term = code.length;
          code.push(OP_ANY);
          break;
        case 0x5b /* [ */: {
          term = code.length;
          const end = this.charClass(i + 1);
          if (end === null) return null;
          i = end;
          break;
        }
        case 0x28 /* ( */: {
          term = code.length;
          const capture = !(this.at(i + 1) === 0x3f && this.at(i + 2) === 0x3a); // (?:
          let group = 0;
          if (capture) {
            group = ++this.groups;
            code.push(OP_SAVE, this.checked(2 * group));
          } else {
            i += 2;
          }
          const end = this.sequence(i + 1, depth + 1);
          if (end === null || this.at(end) !== 0x29) return null;
          i = end;
          if (capture) code.push(OP_SAVE, this.checked(2 * group + 1));
          break;
        }
        case 0x3f /* ? */: {
          if (code.length === term) return null; // nothing to repeat
          const lazy = this.at(i + 1) === 0x3f;
          if (lazy) i++;
          this.insert(term, lazy ? OP_RSPLIT : OP_SPLIT, 0);
          code[term + 1] = this.checked(code.length - term - 2);
          term = code.length;
          break;
        }
        case 0x2a /* * */: {
          if (code.length === term) return null;
          const lazy = this.at(i + 1) === 0x3f;
          if (lazy) i++;
          this.insert(term, lazy ? OP_RSPLIT : OP_SPLIT, 0);
          const jmpAt = code.length;
          code.push(OP_JMP, this.checked(term - jmpAt - 2));
          code[term + 1] = this.checked(code.length - term - 2);
          term = code.length;
          break;
        }
        case 0x2b /* + */: {
          if (code.length === term) return null;
          const lazy = this.at(i + 1) === 0x3f;
          if (lazy) i++;
          const at = code.length;
          code.push(lazy ? OP_SPLIT : OP_RSPLIT, this.checked(term - at - 2));
          term = code.length;
          break;
        }
        case 0x7c /* | */: {
          if (altLabel) code[altLabel] = this.checked(code.length - altLabel - 1);
          this.insert(start, OP_SPLIT, 0);
          code.push(OP_JMP, 0);
          altLabel = code.length - 1;
          code[start + 1] = this.checked(code.length - start - 2);
          term = code.length;
          break;
        }
        case 0x5e /* ^ */:
          code.push(OP_BOL);
          term = code.length;
          break;
        case 0x24 /* $ */:
          code.push(OP_EOL);
          term = code.length;
          break;
        default:
          term = code.length;
          code.push(OP_CHAR, ch);
      }
    }
    if (altLabel) code[altLabel] = this.checked(code.length - altLabel - 1);
    return i;
  }

  /** Compiles the body of `[...]` starting after '['; returns the index of the closing ']' or null. */
  private charClass(i: number): number | null {
    const code = this.code;
    const negated = this.at(i) === 0x5e;
    if (negated) i++;
    code.push(negated ? OP_CLASS_NOT : OP_CLASS, 0);
    const countAt = code.length - 1;
    let count = 0;
    for (; this.at(i) !== 0x5d /* ] */; i++, count++) {
      if (i >= this.re.length) return null;
      let c = this.at(i);
      if (c === 0x5c) {
        i++;
        if (i >= this.re.length) return null;
        c = this.at(i);
        if (isNamedClassLetter(c)) {
          code.push(NAMED_IN_CLASS, c);
          continue;
        }
      }
      if (this.at(i + 1) === 0x2d /* - */ && this.at(i + 2) !== 0x5d && i + 2 < this.re.length) {
        i += 2;
      }
      code.push(c, this.at(i));
    }
    code[countAt] = this.checked(count);
    return i;
  }
}
