// A compact, readable text form of a syntax tree for tests and debugging (positions left out).

/** Dumps a node (or list of nodes): `Kind(field=value, ...)`, names as bare identifiers, defaults omitted. */
export function dumpAst(node: unknown): string {
  return dumpValue(node);
}

const OMITTED_FIELDS: ReadonlySet<string> = new Set(["kind", "start", "length"]);

function dumpValue(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (Array.isArray(value)) return `[${value.map(dumpValue).join(", ")}]`;
  switch (typeof value) {
    case "string": return JSON.stringify(value);
    case "number": return String(value);
    case "bigint": return `${value}n`;
    case "boolean": return value ? "True" : "False";
    case "object": return dumpObject(value as Record<string, unknown>);
    default: return String(value);
  }
}

function dumpObject(node: Record<string, unknown>): string {
  if (node.kind === "Name") return String(node.id);
  if (node.kind === "Constant") return dumpConstant(node.value);
  if (node instanceof Uint8Array) return `b${JSON.stringify(Array.from(node, (byte) => String.fromCharCode(byte)).join(""))}`;
  const fields: string[] = [];
  for (const key of Object.keys(node)) {
    if (OMITTED_FIELDS.has(key) || isDefault(key, node[key])) continue;
    fields.push(`${key}=${dumpValue(node[key])}`);
  }
  return `${String(node.kind ?? "")}(${fields.join(", ")})`;
}

function dumpConstant(value: unknown): string {
  if (value !== null && typeof value === "object" && "type" in value) {
    const literal = value as { type: string; value?: unknown };
    switch (literal.type) {
      case "float": return `float(${String(literal.value)})`;
      case "imag": return `imag(${String(literal.value)})`;
      case "bytes": return dumpObject(literal.value as Record<string, unknown>);
      default: return "...";
    }
  }
  return dumpValue(value);
}

function isDefault(key: string, value: unknown): boolean {
  if (value === null || value === false) return true;
  if (Array.isArray(value) && value.length === 0) return true;
  return key === "conversion" && value === -1;
}
