// The bool type: JS booleans, a subclass of int (True + 1 == 2).
import { makeBuiltinType, registerPrimitiveType, builtinTypes } from "../runtime/builtin-types";
import { intType } from "./int";

export const boolType = makeBuiltinType("bool", [intType]);
boolType.isBaseType = false;
registerPrimitiveType("bool", boolType);
builtinTypes.set("bool", boolType);
