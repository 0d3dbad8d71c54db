// NoneType, NotImplementedType and ellipsis: the singletons' repr, truth value and hash.
import { noneType, notImplementedType, ellipsisType, builtinTypes, None } from "../runtime/builtin-types";

builtinTypes.set("NoneType", noneType);

noneType.defineSlots({
  repr: () => "None",
  bool: () => false,
  hash: () => 0x5f3759,
  new: () => None,
});
notImplementedType.defineSlots({ repr: () => "NotImplemented" });
ellipsisType.defineSlots({ repr: () => "Ellipsis" });
