// The Python syntax tree: what the parser produces and the compiler consumes (positions are offset + length).

/** Every node knows where it came from: `start` is a character offset into the source, `length` its extent. */
export interface NodeBase {
  start: number;
  length: number;
}

// ---------- expressions ----------

export interface NameExpr extends NodeBase { kind: "Name"; id: string }
export interface ConstantExpr extends NodeBase {
  kind: "Constant";
  /** int literals above 2**53 are bigint; floats are FloatLiteral so that `1.0` and `1` stay distinct. */
  value: number | bigint | string | boolean | null | FloatLiteral | ImagLiteral | BytesLiteral | EllipsisLiteral;
}
export interface FloatLiteral { type: "float"; value: number }
export interface ImagLiteral { type: "imag"; value: number }
export interface BytesLiteral { type: "bytes"; value: Uint8Array }
export interface EllipsisLiteral { type: "ellipsis" }

/** An f-string: literal parts (strings) and formatted values, concatenated. */
export interface JoinedStrExpr extends NodeBase { kind: "JoinedStr"; values: (ConstantExpr | FormattedValueExpr)[] }
export interface FormattedValueExpr extends NodeBase {
  kind: "FormattedValue";
  value: Expr;
  /** -1 none, 115 's', 114 'r', 97 'a' (as CPython's ast). */
  conversion: number;
  formatSpec: JoinedStrExpr | null;
}
export interface BinOpExpr extends NodeBase { kind: "BinOp"; left: Expr; op: BinaryOperator; right: Expr }
export interface UnaryOpExpr extends NodeBase { kind: "UnaryOp"; op: UnaryOperator; operand: Expr }
export interface BoolOpExpr extends NodeBase { kind: "BoolOp"; op: "and" | "or"; values: Expr[] }
/** `a < b <= c` is one Compare with ops ["<", "<="] and comparators [b, c]. */
export interface CompareExpr extends NodeBase { kind: "Compare"; left: Expr; ops: CompareOperator[]; comparators: Expr[] }
export interface CallExpr extends NodeBase { kind: "Call"; func: Expr; args: Expr[]; keywords: Keyword[] }
/** `f(*a)`: appears inside CallExpr.args, ListExpr.elts, TupleExpr.elts, SetExpr.elts and assignment targets. */
export interface StarredExpr extends NodeBase { kind: "Starred"; value: Expr }
export interface AttributeExpr extends NodeBase { kind: "Attribute"; value: Expr; attr: string }
export interface SubscriptExpr extends NodeBase { kind: "Subscript"; value: Expr; slice: Expr }
/** `a:b:c` inside a subscript; a tuple of slices for `x[1:2, 3]`. */
export interface SliceExpr extends NodeBase { kind: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null }
export interface ListExpr extends NodeBase { kind: "List"; elts: Expr[] }
export interface TupleExpr extends NodeBase { kind: "Tuple"; elts: Expr[]; parenthesized: boolean }
export interface SetExpr extends NodeBase { kind: "Set"; elts: Expr[] }
/** `{**a, 'k': v}`: a null key means `**value`. */
export interface DictExpr extends NodeBase { kind: "Dict"; keys: (Expr | null)[]; values: Expr[] }
export interface IfExpExpr extends NodeBase { kind: "IfExp"; test: Expr; body: Expr; orelse: Expr }
export interface LambdaExpr extends NodeBase { kind: "Lambda"; args: Arguments; body: Expr }
export interface NamedExpr extends NodeBase { kind: "NamedExpr"; target: NameExpr; value: Expr }
export interface ListCompExpr extends NodeBase { kind: "ListComp"; elt: Expr; generators: Comprehension[] }
export interface SetCompExpr extends NodeBase { kind: "SetComp"; elt: Expr; generators: Comprehension[] }
export interface GeneratorExpExpr extends NodeBase { kind: "GeneratorExp"; elt: Expr; generators: Comprehension[] }
export interface DictCompExpr extends NodeBase { kind: "DictComp"; key: Expr; value: Expr; generators: Comprehension[] }
export interface YieldExpr extends NodeBase { kind: "Yield"; value: Expr | null }
export interface YieldFromExpr extends NodeBase { kind: "YieldFrom"; value: Expr }
export interface AwaitExpr extends NodeBase { kind: "Await"; value: Expr }
/** Produced where the parser could not make sense of the input; the compiler never sees it (diagnostics stop compilation). */
export interface ErrorExpr extends NodeBase { kind: "ErrorExpr" }

export type Expr =
  | NameExpr | ConstantExpr | JoinedStrExpr | FormattedValueExpr | BinOpExpr | UnaryOpExpr | BoolOpExpr
  | CompareExpr | CallExpr | StarredExpr | AttributeExpr | SubscriptExpr | SliceExpr | ListExpr | TupleExpr
  | SetExpr | DictExpr | IfExpExpr | LambdaExpr | NamedExpr | ListCompExpr | SetCompExpr | GeneratorExpExpr
  | DictCompExpr | YieldExpr | YieldFromExpr | AwaitExpr | ErrorExpr;

export type BinaryOperator = "+" | "-" | "*" | "@" | "/" | "//" | "%" | "**" | "<<" | ">>" | "|" | "^" | "&";
export type UnaryOperator = "-" | "+" | "~" | "not";
export type CompareOperator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";

export interface Keyword extends NodeBase { kind: "keyword"; arg: string | null /* null for **kwargs */; value: Expr }
export interface Comprehension extends NodeBase {
  kind: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

/** Parameters as CPython's ast.arguments. `defaults` align with the LAST positional params. */
export interface Arguments extends NodeBase {
  kind: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** one per kwonly arg; null where it has no default */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Arg extends NodeBase { kind: "arg"; arg: string; annotation: Expr | null }

// ---------- statements ----------

export interface ExprStmt extends NodeBase { kind: "Expr"; value: Expr }
export interface AssignStmt extends NodeBase { kind: "Assign"; targets: Expr[]; value: Expr }
export interface AugAssignStmt extends NodeBase { kind: "AugAssign"; target: Expr; op: BinaryOperator; value: Expr }
export interface AnnAssignStmt extends NodeBase { kind: "AnnAssign"; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
export interface PassStmt extends NodeBase { kind: "Pass" }
export interface BreakStmt extends NodeBase { kind: "Break" }
export interface ContinueStmt extends NodeBase { kind: "Continue" }
export interface ReturnStmt extends NodeBase { kind: "Return"; value: Expr | null }
export interface RaiseStmt extends NodeBase { kind: "Raise"; exc: Expr | null; cause: Expr | null }
export interface GlobalStmt extends NodeBase { kind: "Global"; names: string[] }
export interface NonlocalStmt extends NodeBase { kind: "Nonlocal"; names: string[] }
export interface DeleteStmt extends NodeBase { kind: "Delete"; targets: Expr[] }
export interface AssertStmt extends NodeBase { kind: "Assert"; test: Expr; msg: Expr | null }
export interface ImportStmt extends NodeBase { kind: "Import"; names: Alias[] }
/** `from ..pkg import a as b`: level counts the dots; names [{name:"*"}] for a star import. */
export interface ImportFromStmt extends NodeBase { kind: "ImportFrom"; module: string | null; names: Alias[]; level: number }
export interface Alias extends NodeBase { kind: "alias"; name: string; asname: string | null }

export interface IfStmt extends NodeBase { kind: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface WhileStmt extends NodeBase { kind: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface ForStmt extends NodeBase { kind: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean }
export interface WithStmt extends NodeBase { kind: "With"; items: WithItem[]; body: Stmt[]; isAsync: boolean }
export interface WithItem extends NodeBase { kind: "withitem"; contextExpr: Expr; optionalVars: Expr | null }
export interface TryStmt extends NodeBase { kind: "Try"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface ExceptHandler extends NodeBase { kind: "ExceptHandler"; type: Expr | null; name: string | null; body: Stmt[] }
export interface FunctionDefStmt extends NodeBase {
  kind: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  returns: Expr | null;
  isAsync: boolean;
  /** The first string statement of the body, if any (kept in body too). */
  docstring: string | null;
}
export interface ClassDefStmt extends NodeBase {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}
/** A statement the parser could not understand; compilation stops at the first diagnostic. */
export interface ErrorStmt extends NodeBase { kind: "ErrorStmt" }

export type Stmt =
  | ExprStmt | AssignStmt | AugAssignStmt | AnnAssignStmt | PassStmt | BreakStmt | ContinueStmt | ReturnStmt
  | RaiseStmt | GlobalStmt | NonlocalStmt | DeleteStmt | AssertStmt | ImportStmt | ImportFromStmt | IfStmt
  | WhileStmt | ForStmt | WithStmt | TryStmt | FunctionDefStmt | ClassDefStmt | ErrorStmt;

export interface Module extends NodeBase { kind: "Module"; body: Stmt[] }

/** A problem found while tokenizing or parsing. `message` uses MicroPython's wording where it has one. */
export interface Diagnostic {
  message: string;
  start: number;
  length: number;
  /** MicroPython reports most syntax problems as "invalid syntax"; the kind picks the Python exception class. */
  // ADDED by the parser: "NotImplementedError" — MicroPython raises it at compile time for `\N{...}` escapes.
  errorType: "SyntaxError" | "IndentationError" | "NotImplementedError";
  /**
   * ADDED by the parser: a longer explanation for the editor where MicroPython's message is terse
   * (e.g. message "invalid syntax", detail "unterminated string literal"). Never part of the raised exception.
   */
  detail?: string;
}

export interface ParseResult {
  module: Module;
  diagnostics: Diagnostic[];
  /** Maps offsets to 1-based line and column; computed once per source. */
  lines: LineMap;
}

export interface LineMap {
  lineOf(offset: number): number;
  columnOf(offset: number): number;
  lineText(line: number): string;
}
