# Test helper: prints CPython's syntax tree of each file named on stdin as one JSON line, in the
# shape of Pyco's ast.ts (field names, operators as strings), so the parser can be compared with it.
import ast, json, sys

BIN = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.FloorDiv: "//",
       ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
       ast.BitAnd: "&"}
UNARY = {ast.UAdd: "+", ast.USub: "-", ast.Invert: "~", ast.Not: "not"}
CMP = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
       ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}
RENAME = {"decorator_list": "decorators", "kw_defaults": "kwDefaults", "format_spec": "formatSpec",
          "context_expr": "contextExpr", "optional_vars": "optionalVars", "is_async": "isAsync"}
KIND = {"AsyncFunctionDef": "FunctionDef", "AsyncFor": "For", "AsyncWith": "With"}
SKIP = {"ctx", "type_comment", "kind", "type_ignores", "lineno", "col_offset", "end_lineno", "end_col_offset"}


def constant(v):
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, complex):
        return {"imag": repr(v.imag)}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    return {"ellipsis": True}


def convert(node):
    if isinstance(node, list):
        return [convert(n) for n in node]
    if not isinstance(node, ast.AST):
        return node
    name = type(node).__name__
    if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop)):
        return BIN.get(type(node)) or UNARY.get(type(node)) or CMP[type(node)]
    if isinstance(node, ast.boolop):
        return "and" if isinstance(node, ast.And) else "or"
    out = {"kind": KIND.get(name, name)}
    if name in ("AsyncFunctionDef", "AsyncFor", "AsyncWith"):
        out["isAsync"] = True
    elif name in ("FunctionDef", "For", "With"):
        out["isAsync"] = False
    for field, value in ast.iter_fields(node):
        if field in SKIP:
            continue
        key = RENAME.get(field, field)
        if name == "Constant" and field == "value":
            out[key] = constant(value)
        elif name == "AnnAssign" and field == "simple":
            out[key] = bool(value)
        elif name == "comprehension" and field == "is_async":
            out[key] = bool(value)
        else:
            out[key] = convert(value)
    if name in ("FunctionDef", "AsyncFunctionDef"):
        out["docstring"] = docstring(node)
    if hasattr(node, "lineno") and hasattr(node, "end_col_offset") and name not in ("arg", "keyword", "alias", "ExceptHandler"):
        out["pos"] = [node.lineno, node.col_offset, node.end_lineno, node.end_col_offset]
    return out


def docstring(node):
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
        return body[0].value.value
    return None


for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            source = f.read().decode("utf-8")
        tree = ast.parse(source, path)
        line = json.dumps({"path": path, "tree": convert(tree)}, ensure_ascii=True)
    except Exception as e:  # syntax errors, 3.12-only syntax, undecodable files
        line = json.dumps({"path": path, "error": type(e).__name__ + ": " + str(e)})
    sys.stdout.write(line + "\n")
