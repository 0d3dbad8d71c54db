// open(): text (TextIOWrapper) and binary (FileIO) files on the virtual drive, writing through on every write.
import type { PyValue, Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import { newException, raiseOSError, raiseTypeError, ValueError } from "../../runtime/errors";
import { PyStreamObject, defineStreamMethods, type FileBacking } from "./stream-object";
import { onDrive } from "../host-ref";
import { resolvePath } from "../os/paths";
import { strArg, checkKeywords } from "../args";

export const fileIOType = makeBuiltinType("FileIO");
export const textIOType = makeBuiltinType("TextIOWrapper");
fileIOType.isBaseType = false;
textIOType.isBaseType = false;
defineStreamMethods(fileIOType, false);
defineStreamMethods(textIOType, false);

const EEXIST = 17;
const EISDIR = 21;

interface OpenMode {
  read: boolean;
  write: boolean;
  create: boolean;
  truncate: boolean;
  exclusive: boolean;
  append: boolean;
  binary: boolean;
}

/** The open flags of a mode string, as littlefs's open parses them (unknown letters are ignored). */
function parseMode(mode: string): OpenMode {
  const m: OpenMode = { read: false, write: false, create: false, truncate: false, exclusive: false, append: false, binary: false };
  let primary = "";
  let plus = false;
  for (const c of mode) {
    if ("rwxa".includes(c)) {
      if (primary !== "" || plus) throw newException(ValueError); // two access modes
      primary = c;
    } else if (c === "+") plus = true;
    else if (c === "b") m.binary = true;
    else if (c === "t") m.binary = false;
  }
  m.read = primary === "r" || primary === "" || plus;
  m.write = primary === "w" || primary === "x" || primary === "a" || plus;
  m.create = primary === "w" || primary === "x" || primary === "a";
  m.truncate = primary === "w";
  m.exclusive = primary === "x";
  m.append = primary === "a";
  return m;
}

function backingFor(path: string): FileBacking {
  return {
    save: (contents, _offset, bytes, appended) =>
      onDrive((fs) => (appended ? fs.appendFile(path, bytes) : fs.writeFile(path, contents.slice()))),
  };
}

/** `open(file, mode="r", buffering=-1, encoding=None)` on the virtual drive. */
export function openFile(args: PyValue[], kw: Kw | null): PyStreamObject {
  checkKeywords(kw, ["file", "mode", "buffering", "encoding"]);
  const fileArg = args[0] ?? kw?.get("file");
  if (fileArg === undefined) raiseTypeError("function missing 1 required positional arguments");
  if (args.length > 4) raiseTypeError(`function expected at most 4 arguments, got ${args.length}`);
  const modeArg = args[1] ?? kw?.get("mode") ?? "r";
  const mode = parseMode(modeArg === None ? "r" : strArg(modeArg));
  const path = resolvePath(strArg(fileArg!));
  const initial = onDrive((fs) => {
    // CircuitPython's drive while the computer has it: opening for writing fails at once, as on the board.
    if (mode.write && fs.readOnly === true) raiseOSError(30); // EROFS
    const stat = fs.stat(path);
    if (stat?.kind === "dir") raiseOSError(EISDIR);
    if (stat !== null && mode.exclusive) raiseOSError(EEXIST);
    if (stat === null && !mode.create) raiseOSError(2); // ENOENT
    if (stat === null || mode.truncate) {
      fs.writeFile(path, new Uint8Array(0));
      return new Uint8Array(0);
    }
    return fs.readFile(path);
  });
  const stream = new PyStreamObject(
    mode.binary ? fileIOType : textIOType, initial, !mode.binary, mode.read, mode.write, backingFor(path), mode.append,
  );
  if (mode.append) stream.open().pos = initial.length;
  return stream;
}
