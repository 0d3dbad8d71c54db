// Operator and delimiter recognition for the tokenizer (longest match, shared constant strings).

/** Operators that may follow each first character, longest first. */
const OPERATORS_BY_FIRST_CHAR: ReadonlyMap<number, readonly string[]> = buildTable([
  "(", ")", "[", "]", "{", "}", ",", ";", "~",
  ":=", ":",
  "...", ".",
  "+=", "+",
  "->", "-=", "-",
  "**=", "**", "*=", "*",
  "//=", "//", "/=", "/",
  "%=", "%",
  "&=", "&",
  "|=", "|",
  "^=", "^",
  "@=", "@",
  "==", "=",
  "<<=", "<<", "<=", "<",
  ">>=", ">>", ">=", ">",
  "!=",
]);

function buildTable(operators: string[]): Map<number, string[]> {
  const table = new Map<number, string[]>();
  for (const op of operators) {
    const first = op.charCodeAt(0);
    const list = table.get(first) ?? [];
    list.push(op);
    table.set(first, list);
  }
  return table;
}

/** The operator starting at `pos` (whose first character code is `c`), or null if none does. */
export function operatorAt(src: string, pos: number, c: number): string | null {
  const candidates = OPERATORS_BY_FIRST_CHAR.get(c);
  if (candidates === undefined) return null;
  for (const op of candidates) {
    if (op.length === 1 || src.startsWith(op, pos)) return op;
  }
  return null;
}

/** Augmented assignment operators → the binary operator they apply. */
export const AUGMENTED_ASSIGNMENT: ReadonlyMap<string, string> = new Map([
  ["+=", "+"], ["-=", "-"], ["*=", "*"], ["@=", "@"], ["/=", "/"], ["//=", "//"], ["%=", "%"],
  ["**=", "**"], ["<<=", "<<"], [">>=", ">>"], ["|=", "|"], ["^=", "^"], ["&=", "&"],
]);
