// The iterator of lists and tuples: walks the live items array, so appends during iteration are seen (as in Python).
import { PyObject, STOP, type IterResult, type PyValue } from "../../runtime/object";
import { makeBuiltinType } from "../../runtime/builtin-types";

// MicroPython names the list/tuple iterator types plainly "iterator".
export const seqIteratorType = makeBuiltinType("iterator");
seqIteratorType.isBaseType = false;

export class PySeqIterator extends PyObject {
  index = 0;
  constructor(readonly source: { items: PyValue[] }) {
    super(seqIteratorType);
  }
}

/** The `iter` slot of list and tuple (also how `toArray` recognises them). */
export function iterSeq(seq: { items: PyValue[] }): PySeqIterator {
  return new PySeqIterator(seq);
}

/** The next item, or STOP; the compiler may call this directly for `for x in list`. */
export function seqIteratorNext(it: PySeqIterator): IterResult {
  const items = it.source.items;
  const i = it.index;
  if (i < items.length) {
    it.index = i + 1;
    return items[i];
  }
  it.index = Number.MAX_SAFE_INTEGER; // stay exhausted even if the list grows later
  return STOP;
}

seqIteratorType.defineSlots({
  iter: (self: PySeqIterator) => self,
  next: seqIteratorNext,
});

/**
 * True for lists and tuples (and subclasses that keep the default iteration): `for` loops and unpacking may
 * then walk `v.items` directly (re-reading its length each step, as the list iterator does).
 */
export function isPlainSequence(v: PyValue): v is PyObject & { items: PyValue[] } {
  return v instanceof PyObject && v.$type.slots.iter === iterSeq;
}
