// The `heapq` module (MicroPython's subset): heappush, heappop, heapify on plain lists, ordered with `<`.
import type { PyValue } from "../runtime/object";
import { None } from "../runtime/builtin-types";
import { raiseIndexError, raiseTypeError } from "../runtime/errors";
import { builtinFunction } from "../runtime/function";
import { PyModule } from "../types/module";
import { PyList } from "../types/list";
import { lessThan } from "../types/containers/proto";

function heapItems(heap: PyValue): PyValue[] {
  if (!(heap instanceof PyList)) return raiseTypeError("heap must be a list");
  return heap.items;
}

/** Moves the item at `pos` up towards the root until its parent is not greater (CPython's _siftdown). */
function siftDown(heap: PyValue[], startPos: number, pos: number): void {
  const item = heap[pos];
  while (pos > startPos) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (!lessThan(item, parent)) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

/** Moves the item at `pos` down to a leaf along the smaller children, then back up (CPython's _siftup). */
function siftUp(heap: PyValue[], pos: number): void {
  const end = heap.length;
  const startPos = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lessThan(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, startPos, pos);
}

export function heappush(heap: PyValue, item: PyValue): PyValue {
  const items = heapItems(heap);
  items.push(item);
  siftDown(items, 0, items.length - 1);
  return None;
}

export function heappop(heap: PyValue): PyValue {
  const items = heapItems(heap);
  if (items.length === 0) return raiseIndexError("empty heap");
  const last = items.pop()!;
  if (items.length === 0) return last;
  const top = items[0];
  items[0] = last;
  siftUp(items, 0);
  return top;
}

export function heapify(heap: PyValue): PyValue {
  const items = heapItems(heap);
  for (let i = (items.length >> 1) - 1; i >= 0; i--) siftUp(items, i);
  return None;
}

export function createHeapqModule(): PyModule {
  const m = new PyModule("heapq");
  m.set("heappush", builtinFunction("heappush", 2, 2, heappush));
  m.set("heappop", builtinFunction("heappop", 1, 1, heappop));
  m.set("heapify", builtinFunction("heapify", 1, 1, heapify));
  return m;
}
