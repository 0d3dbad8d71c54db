// The Python face of generators and coroutines: iteration slots, send/throw/close/pend_throw, repr.
import type { PyValue } from "../runtime/object";
import { None } from "../runtime/builtin-types";
import { builtinMethod, defineMethods } from "../runtime/function";
import { objectId } from "../runtime/protocol";
import {
  PyGenerator, generatorType, coroutineType, generatorNext, generatorSend, generatorThrow, generatorClose,
  exceptionFromThrowArgs,
} from "../runtime/generator";
import { raiseValueError } from "../runtime/errors";

for (const type of [generatorType, coroutineType]) {
  type.defineSlots({
    iter: (self: PyGenerator) => self,
    next: (self: PyGenerator) => generatorNext(self),
    repr: (self: PyGenerator) => `<${type.name} object '${self.name}' at ${objectId(self).toString(16)}>`,
  });
  defineMethods(type, {
    send: (self: PyGenerator, value: PyValue) => generatorSend(self, value),
    throw: builtinMethod("throw", 1, 3, (self: PyGenerator, ...args: PyValue[]) =>
      generatorThrow(self, exceptionFromThrowArgs(args.filter((a) => a !== undefined))),
    ),
    close: (self: PyGenerator) => generatorClose(self),
    pend_throw: (self: PyGenerator, exc: PyValue) => {
      if (self.running) raiseValueError("generator already executing");
      const previous = self.pending ?? None;
      self.pending = exc === None ? null : exc;
      return previous;
    },
  });
}
