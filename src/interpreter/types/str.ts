// The str type: JS strings; lengths and indices count code points (fast path when there are no surrogates).
import { makeBuiltinType, registerPrimitiveType, builtinTypes } from "../runtime/builtin-types";

export const strType = makeBuiltinType("str");
registerPrimitiveType("str", strType);
builtinTypes.set("str", strType);
