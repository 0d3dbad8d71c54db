// The iterator for objects that only define __getitem__: calls it with 0, 1, 2... until IndexError.
import { PyObject, STOP, type PyValue, type IterResult } from "./object";
import { makeBuiltinType, typeOf } from "./builtin-types";
import { PyBaseException, IndexError, StopIteration } from "./errors";

export const sequenceIteratorType = makeBuiltinType("iterator");
sequenceIteratorType.isBaseType = false;

export class SequenceIterator extends PyObject {
  index = 0;
  done = false;
  constructor(readonly seq: PyValue) {
    super(sequenceIteratorType);
  }
}

sequenceIteratorType.defineSlots({
  iter: (self: SequenceIterator) => self,
  next: (self: SequenceIterator): IterResult => {
    if (self.done) return STOP;
    try {
      return typeOf(self.seq).slots.getitem!(self.seq, self.index++);
    } catch (e) {
      if (e instanceof PyBaseException && (e.$type.isSubtypeOf(IndexError) || e.$type.isSubtypeOf(StopIteration))) {
        self.done = true;
        return STOP;
      }
      throw e;
    }
  },
});
