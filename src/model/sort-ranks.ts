/**
 * Sort ranks: every distinct value of a column collated once, so that ordering 100,000 rows
 * compares small integers (a counting sort, linear) instead of collating strings.
 *
 * Collating is what costs (French collation of 70,000 distinct company names: a quarter of a
 * second), so the ranks of a column are kept in a dictionary shared by every rows array: when
 * the store replaces its rows after an edit, only the values never seen before are placed (a
 * binary search each), and reading the ranks of the new rows is a lookup per row.
 */
import type {Work} from './sliced-work.js';

/** Rank of an empty value: after every other, whatever the direction. */
export const EMPTY_RANK = 0x7fffffff;

export type Compare = (a: string, b: string) => number;

/** The distinct values of a column in order, and each one's rank (equal values share one). */
export interface RankDictionary {
  compare: Compare;
  /** Distinct values in order (values no longer used are kept: harmless). */
  sorted: string[];
  rankOf: Map<string, number>;
  /** Highest rank given. */
  maxRank: number;
  /** Increases whenever ranks are renumbered (values placed). */
  version: number;
}

/** Ranks of the rows of one array for one column. */
export interface RowRanks {
  /** Per row, its value's rank, or EMPTY_RANK. */
  ranks: Int32Array;
  maxRank: number;
}

/** Values placed one by one into an existing dictionary at most; beyond, it is built anew. */
export function placeableCount(dictionarySize: number): number {
  return Math.max(2000, dictionarySize >> 3);
}

/** Yields every so often: `checkEvery` units of work between two checkpoints. */
const CHECK_EVERY = 4096;

/** A dictionary of `values` (distinct, non-empty), sorted and ranked. */
export function* buildDictionary(values: string[], compare: Compare, distinctUnequal = false): Work<RankDictionary> {
  const sorted = yield* sortDistinct(values, compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  let work = 0;
  for (let i = 0; i < sorted.length; i++) {
    // Values found equal share a rank, so that the next level (or the code) decides.
    if (i > 0 && (distinctUnequal || compare(sorted[i - 1], sorted[i]) !== 0)) rank += 1;
    rankOf.set(sorted[i], rank);
    if (++work === CHECK_EVERY) {
      work = 0;
      yield;
    }
  }
  return {compare, sorted, rankOf, maxRank: sorted.length ? rank : -1, version: 0};
}

/**
 * Places values the dictionary has never seen (a binary search each), then renumbers the
 * ranks once. Modifies the dictionary.
 */
export function placeValues(dictionary: RankDictionary, values: Iterable<string>): void {
  const {compare, rankOf} = dictionary;
  const added = [...new Set(values)].filter((value) => !rankOf.has(value)).sort(compare);
  if (!added.length) return;
  const old = dictionary.sorted;
  const merged: string[] = new Array(old.length + added.length);
  // Where each new value goes: the first old value after it.
  let from = 0;
  let k = 0;
  for (const value of added) {
    let lo = from;
    let hi = old.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(old[mid], value) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (from < lo) merged[k++] = old[from++];
    merged[k++] = value;
  }
  while (from < old.length) merged[k++] = old[from++];
  // Renumber: equality of two old neighbours is known from their old ranks.
  const isNew = new Set(added);
  let rank = 0;
  let previousOldRank = -1;
  for (let i = 0; i < merged.length; i++) {
    const value = merged[i];
    const oldRank = isNew.has(value) ? -1 : rankOf.get(value)!;
    if (i > 0) {
      const same = oldRank >= 0 && previousOldRank >= 0 ? oldRank === previousOldRank : compare(merged[i - 1], value) === 0;
      if (!same) rank += 1;
    }
    previousOldRank = oldRank;
    rankOf.set(value, rank);
  }
  dictionary.sorted = merged;
  dictionary.maxRank = rank;
  dictionary.version += 1;
}

/** Stable bottom-up merge sort of distinct values (insertion-sorted runs first). */
function* sortDistinct(values: string[], compare: Compare): Work<string[]> {
  const n = values.length;
  let src = values.slice();
  let dst: string[] = new Array(n);
  const RUN = 24;
  let work = 0;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const value = src[i];
      let j = i - 1;
      while (j >= lo && compare(src[j], value) > 0) {
        src[j + 1] = src[j];
        j -= 1;
      }
      src[j + 1] = value;
    }
    work += RUN * 6;
    if (work >= CHECK_EVERY) {
      work = 0;
      yield;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      if (mid >= hi || compare(src[mid - 1], src[mid]) <= 0) {
        // Already in order (common for codes): copy.
        while (k < hi) dst[k++] = src[i++];
        work += (hi - lo) >> 4;
      } else {
        while (i < mid && j < hi) {
          dst[k++] = compare(src[i], src[j]) <= 0 ? src[i++] : src[j++];
          if (++work === CHECK_EVERY) {
            work = 0;
            yield;
          }
        }
        while (i < mid) dst[k++] = src[i++];
        while (j < hi) dst[k++] = src[j++];
      }
      if (work >= CHECK_EVERY) {
        work = 0;
        yield;
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/**
 * A stable counting sort of `order` (row indices) by the rows' ranks, ascending or descending;
 * empty values last in both directions. Linear in the rows and the ranks.
 */
export function sortByRanks(order: Uint32Array, {ranks, maxRank}: RowRanks, descending: boolean): Uint32Array {
  const buckets = maxRank + 2;
  const counts = new Uint32Array(buckets + 1);
  const keyOf = (rank: number) => (rank === EMPTY_RANK ? buckets - 1 : descending ? maxRank - rank : rank);
  for (let i = 0; i < order.length; i++) counts[keyOf(ranks[order[i]]) + 1] += 1;
  for (let b = 1; b <= buckets; b++) counts[b] += counts[b - 1];
  const sorted = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const row = order[i];
    sorted[counts[keyOf(ranks[row])]++] = row;
  }
  return sorted;
}
