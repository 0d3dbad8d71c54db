// Stable sorting of Python values using only `<` (as list.sort and sorted do), with fast paths for ints and strs.
import type { PyValue } from "../../runtime/object";
import { None } from "../../runtime/builtin-types";
import { lessThan, callObject } from "./proto";

/**
 * Sorts `items` in place: stable, `key` applied once per item, `reverse` keeping equal items in their
 * original order (Python's guarantee). Used by list.sort and by the builtin sorted().
 */
export function sortList(items: PyValue[], key: PyValue = None, reverse = false): void {
  if (items.length < 2) return;
  if (reverse) items.reverse();
  if (key === None) sortValues(items);
  else sortByKey(items, key);
  if (reverse) items.reverse();
}

function sortValues(items: PyValue[]): void {
  if (allNumbers(items)) items.sort(compareNumbers);
  else if (allStrings(items)) items.sort(compareStrings);
  else mergeSort(items, lessThan);
}

function sortByKey(items: PyValue[], key: PyValue): void {
  const n = items.length;
  const keys = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) keys[i] = callObject(key, [items[i]], null);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (allNumbers(keys)) order.sort((a, b) => (keys[a] as number) - (keys[b] as number));
  else if (allStrings(keys)) order.sort((a, b) => compareStrings(keys[a] as string, keys[b] as string));
  else mergeSort(order, (a, b) => lessThan(keys[a], keys[b]));
  const sorted = order.map((i) => items[i]);
  for (let i = 0; i < n; i++) items[i] = sorted[i];
}

function allNumbers(xs: PyValue[]): boolean {
  for (let i = 0; i < xs.length; i++) if (typeof xs[i] !== "number") return false;
  return true;
}

function allStrings(xs: PyValue[]): boolean {
  for (let i = 0; i < xs.length; i++) if (typeof xs[i] !== "string") return false;
  return true;
}

function compareNumbers(a: PyValue, b: PyValue): number {
  return (a as number) - (b as number);
}

function compareStrings(a: PyValue, b: PyValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const INSERTION_RUN = 16;

/**
 * A stable bottom-up merge sort that only asks `less(a, b)`, never assumes a consistent three-way
 * comparator (user `__lt__` can be anything), and never recurses (long lists cannot overflow the stack).
 */
export function mergeSort<T>(xs: T[], less: (a: T, b: T) => boolean): void {
  const n = xs.length;
  for (let lo = 0; lo < n; lo += INSERTION_RUN) insertionSort(xs, lo, Math.min(lo + INSERTION_RUN, n), less);
  if (n <= INSERTION_RUN) return;
  let src = xs;
  let dst = new Array<T>(n);
  for (let width = INSERTION_RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      merge(src, dst, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n), less);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== xs) for (let i = 0; i < n; i++) xs[i] = src[i];
}

function insertionSort<T>(xs: T[], lo: number, hi: number, less: (a: T, b: T) => boolean): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = xs[i];
    let j = i;
    while (j > lo && less(x, xs[j - 1])) {
      xs[j] = xs[j - 1];
      j--;
    }
    xs[j] = x;
  }
}

function merge<T>(src: T[], dst: T[], lo: number, mid: number, hi: number, less: (a: T, b: T) => boolean): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    // Take from the right only when strictly less: equal items keep their order (stability).
    if (less(src[j], src[i])) dst[k++] = src[j++];
    else dst[k++] = src[i++];
  }
  while (i < mid) dst[k++] = src[i++];
  while (j < hi) dst[k++] = src[j++];
}
