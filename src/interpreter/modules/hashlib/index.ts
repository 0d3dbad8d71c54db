// The `hashlib` module: sha256 (and sha1, md5) objects with update() and digest(); a digest is final.
import { PyObject, type PyValue, type Kw } from "../../runtime/object";
import { makeBuiltinType, None } from "../../runtime/builtin-types";
import type { PyType } from "../../runtime/type";
import { raiseValueError } from "../../runtime/errors";
import { checkArity, defineMethods } from "../../runtime/function";
import { newBytes } from "../../types/bytes";
import { PyModule } from "../../types/module";
import { bytesLikeArg } from "../args";
import { Md5, Sha1, Sha256, type Digest } from "./digests";

class PyHash extends PyObject {
  digest: Digest | null;
  constructor(type: PyType, digest: Digest) {
    super(type);
    this.digest = digest;
  }
  running(): Digest {
    return this.digest ?? raiseValueError("hash is final");
  }
}

function hashType(name: string, make: () => Digest): PyType {
  const type = makeBuiltinType(name);
  type.isBaseType = false;
  type.defineSlots({
    new: (t: PyType, args: PyValue[], kw: Kw | null) => {
      checkArity(args.length, 0, 1, kw !== null && kw.size > 0);
      const h = new PyHash(t, make());
      if (args.length > 0) h.running().update(bytesLikeArg(args[0]));
      return h;
    },
    repr: () => `<${name}>`,
  });
  defineMethods(type, {
    update: (self: PyHash, data: PyValue) => {
      self.running().update(bytesLikeArg(data));
      return None;
    },
    digest: (self: PyHash) => {
      const out = self.running().digest();
      self.digest = null;
      return newBytes(out);
    },
  });
  return type;
}

const sha256Type = hashType("sha256", () => new Sha256());
const sha1Type = hashType("sha1", () => new Sha1());
const md5Type = hashType("md5", () => new Md5());

export function createHashlibModule(): PyModule {
  return new PyModule("hashlib").set("sha256", sha256Type).set("sha1", sha1Type).set("md5", md5Type);
}
