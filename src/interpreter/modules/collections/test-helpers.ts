// Test helpers for the collections tests.
import { PySlice } from "../../types/slice";
import { None } from "../../runtime/builtin-types";

/** An unhashable key (a slice, as in MicroPython's slice_optimise test). */
export function PyPySlice(): PySlice {
  return new PySlice(None, "a", None);
}
