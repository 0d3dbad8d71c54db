// Tests: json.dumps: escaping and container printing.
import { describe, expect, it } from "vitest";
import { toJson, jsonString } from "./encode";
import { PyList } from "../../types/list";
import { PyTuple } from "../../types/tuple";
import { PyDict } from "../../types/dict";
import { None } from "../../runtime/builtin-types";

describe("json.dumps", () => {
  it("escapes strings as MicroPython does", () => {
    expect(jsonString("\x00\x01~")).toBe('"\\u0000\\u0001~"');
    expect(jsonString('"quoted"')).toBe('"\\"quoted\\""');
    expect(jsonString("space\n\r\tspace")).toBe('"space\\n\\r\\tspace"');
    expect(jsonString("é\x7f")).toBe('"é\x7f"');
  });
  it("prints containers and quotes non-str keys", () => {
    const d = new PyDict();
    d.set("a", new PyTuple([2, new PyList([3, None])]));
    expect(toJson(d)).toBe('{"a": [2, [3, null]]}');
    const k = new PyDict();
    k.set(None, -1);
    k.set(false, 0);
    k.set(2, 3);
    expect(toJson(k)).toBe('{"null": -1, "false": 0, "2": 3}');
    expect(toJson(new PyList([1, true]), { item: ",", key: ":" })).toBe("[1,true]");
  });
});
