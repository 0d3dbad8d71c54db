// The `array` module: array.array.
import { PyModule } from "../../types/module";
import { arrayType } from "./array";

export function createArrayModule(): PyModule {
  return new PyModule("array").set("array", arrayType);
}
