// Optional attribute lookup for duck typing (does `x` have a `keys` method?) through the core's attribute protocol.
import type { PyValue } from "../../runtime/object";
import { lookupAttr } from "../../runtime/attributes";

/** `getattr(o, name, undefined)` without raising AttributeError. */
export function getAttrIfPresent(o: PyValue, name: string): PyValue | undefined {
  return lookupAttr(o, name);
}
