// The `io` module: StringIO, BytesIO, IOBase, open and the SEEK_* constants.
import { builtinFunctionKw } from "../../runtime/function";
import { PyModule } from "../../types/module";
import { stringIOType, bytesIOType } from "./string-io";
import { ioBaseType } from "./iobase";
import { openFile } from "./file-io";

export { openFile } from "./file-io";
export { streamWriteText, streamWriteBytes, streamReadAllText } from "./stream-ops";
export { newStringIO } from "./string-io";

/** The builtin `open`, shared with the builtins module. */
export const openBuiltin = builtinFunctionKw("open", openFile);

export function createIoModule(): PyModule {
  const m = new PyModule("io");
  m.set("open", openBuiltin);
  m.set("IOBase", ioBaseType);
  m.set("StringIO", stringIOType);
  m.set("BytesIO", bytesIOType);
  m.set("SEEK_SET", 0);
  m.set("SEEK_CUR", 1);
  m.set("SEEK_END", 2);
  return m;
}
