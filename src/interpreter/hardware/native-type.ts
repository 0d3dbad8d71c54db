// Types of natively implemented hardware objects. MicroPython and CircuitPython print an object whose type has
// no print function as `<TypeName>`; types that print themselves (Pin, PWM, Timer…) replace this repr.
import { makeBuiltinType } from "../runtime/builtin-types";
import type { PyType } from "../runtime/type";

export function makeNativeType(name: string): PyType {
  const type = makeBuiltinType(name);
  type.defineSlots({ repr: () => `<${name}>` });
  return type;
}
