/**
 * A substring index over folded search texts, so that a search keystroke over 100,000 clients
 * looks at the few rows that can match instead of all of them.
 *
 * Search finds rows whose folded text contains every term anywhere (`ontr` finds "Montréal"), so
 * the index is of character trigrams: a term of three characters or more can only be in rows
 * having its rarest trigram, which are then checked with `includes`. Two-character terms are
 * answered exactly from the trigrams they start (every word is followed by a space or another
 * character), one-character terms from a bit mask of the characters each row has.
 *
 * Characters other than `a`–`z`, `0`–`9` and the space (rare once folded) share one code: what
 * the index answers for them is a superset, always checked.
 */
import type {Work} from './sliced-work.js';

const SPACE = 0;
const OTHER = 37;
/** Size of the alphabet: space, a–z, 0–9, other. */
const A = 38;
const TRIGRAMS = A * A * A;

const CODES = new Uint8Array(128).fill(OTHER);
CODES[32] = SPACE;
for (let c = 97; c <= 122; c++) CODES[c] = c - 96;
for (let c = 48; c <= 57; c++) CODES[c] = c - 48 + 27;

const codeOf = (charCode: number) => (charCode < 128 ? CODES[charCode] : OTHER);

export interface SearchIndex {
  count: number;
  /** Per row, bit `code - 1` set when the row has that character (codes 1–32). */
  maskLow: Uint32Array;
  /** Per row, bit `code - 33` set when the row has that character (codes 33–37). */
  maskHigh: Uint8Array;
  /** Rows having each character code. */
  charRows: Uint32Array;
  /** Trigram `t`'s rows are `postings[offsets[t]]` to `postings[offsets[t + 1] - 1]`, ascending. */
  offsets: Uint32Array;
  postings: Uint32Array;
  /** Scratch marks for unions without duplicates. */
  stamps: Uint32Array;
  stamp: number;
}

/** Builds the index of `texts(0)` … `texts(count - 1)`: two passes over the text. */
export function* buildSearchIndex(texts: (i: number) => string, count: number): Work<SearchIndex> {
  const offsets = new Uint32Array(TRIGRAMS + 1);
  const lastRow = new Int32Array(TRIGRAMS).fill(-1);
  const maskLow = new Uint32Array(count);
  const maskHigh = new Uint8Array(count);
  const charRows = new Uint32Array(A);
  // Pass 1: masks, and how many rows have each trigram.
  let work = 0;
  for (let row = 0; row < count; row++) {
    const text = texts(row);
    let low = 0;
    let high = 0;
    let c1 = SPACE;
    let c2 = SPACE;
    for (let j = 0, length = text.length; j <= length; j++) {
      // One space past the end, so that a last word's last two characters form a trigram.
      const c3 = j < length ? codeOf(text.charCodeAt(j)) : SPACE;
      if (c3 !== SPACE) {
        if (c3 <= 32) low |= 1 << (c3 - 1);
        else high |= 1 << (c3 - 33);
      }
      if (c1 !== SPACE && c2 !== SPACE) {
        const t = (c1 * A + c2) * A + c3;
        if (lastRow[t] !== row) {
          lastRow[t] = row;
          offsets[t + 1] += 1;
        }
      }
      c1 = c2;
      c2 = c3;
    }
    maskLow[row] = low;
    maskHigh[row] = high;
    for (let c = 1; c < A; c++) if (c <= 32 ? low & (1 << (c - 1)) : high & (1 << (c - 33))) charRows[c] += 1;
    work += text.length;
    if (work >= 32768) {
      work = 0;
      yield;
    }
  }
  for (let t = 0; t < TRIGRAMS; t++) offsets[t + 1] += offsets[t];
  // Pass 2: the rows of each trigram, ascending.
  const postings = new Uint32Array(offsets[TRIGRAMS]);
  const next = offsets.slice(0, TRIGRAMS);
  lastRow.fill(-1);
  for (let row = 0; row < count; row++) {
    const text = texts(row);
    let c1 = SPACE;
    let c2 = SPACE;
    for (let j = 0, length = text.length; j <= length; j++) {
      const c3 = j < length ? codeOf(text.charCodeAt(j)) : SPACE;
      if (c1 !== SPACE && c2 !== SPACE) {
        const t = (c1 * A + c2) * A + c3;
        if (lastRow[t] !== row) {
          lastRow[t] = row;
          postings[next[t]++] = row;
        }
      }
      c1 = c2;
      c2 = c3;
    }
    work += text.length;
    if (work >= 32768) {
      work = 0;
      yield;
    }
  }
  return {count, maskLow, maskHigh, charRows, offsets, postings, stamps: new Uint32Array(count), stamp: 0};
}

/** How one term is looked up, and how many rows that gives at most. */
interface TermPlan {
  term: string;
  codes: number[];
  /** The lookup gives exactly the rows containing the term (no check needed). */
  exact: boolean;
  size: number;
  /** For terms of three characters or more: its trigrams, rarest first. */
  trigrams: number[];
}

function planTerm(index: SearchIndex, term: string): TermPlan {
  const codes = Array.from({length: term.length}, (_, i) => codeOf(term.charCodeAt(i)));
  const hasOther = codes.includes(OTHER);
  // Spaces are not in the trigrams looked up (folded terms never have one): every row is checked.
  if (codes.includes(SPACE) || !codes.length) return {term, codes, exact: false, size: index.count, trigrams: []};
  if (codes.length === 1) return {term, codes, exact: !hasOther, size: index.charRows[codes[0]], trigrams: []};
  if (codes.length === 2) {
    const base = (codes[0] * A + codes[1]) * A;
    const size = index.offsets[base + A] - index.offsets[base];
    return {term, codes, exact: !hasOther, size, trigrams: []};
  }
  const rowsOf = (t: number) => index.offsets[t + 1] - index.offsets[t];
  const trigrams = [...new Set(codes.slice(2).map((c3, i) => (codes[i] * A + codes[i + 1]) * A + c3))].sort((a, b) => rowsOf(a) - rowsOf(b));
  // A three-character term is its own trigram.
  return {term, codes, exact: codes.length === 3 && !hasOther, size: rowsOf(trigrams[0]), trigrams};
}

/** True when the row has the character of a one-character term (a plain character: exact). */
function hasChar(index: SearchIndex, row: number, code: number): boolean {
  return code <= 32 ? (index.maskLow[row] & (1 << (code - 1))) !== 0 : (index.maskHigh[row] & (1 << (code - 33))) !== 0;
}

/** Trigrams intersected at most per term: enough to leave few rows to check. */
const INTERSECTED = 3;

/** The rows a term's lookup gives. */
function lookUp(index: SearchIndex, plan: TermPlan): Uint32Array {
  const {codes, trigrams} = plan;
  if (codes.includes(SPACE) || !codes.length) return Uint32Array.from({length: index.count}, (_, row) => row);
  if (codes.length === 1) {
    const rows = new Uint32Array(plan.size);
    let k = 0;
    for (let row = 0; row < index.count; row++) if (hasChar(index, row, codes[0])) rows[k++] = row;
    return rows;
  }
  if (codes.length === 2) {
    // Union of the trigrams the pair starts, without duplicates.
    const base = (codes[0] * A + codes[1]) * A;
    const {offsets, postings, stamps} = index;
    const stamp = nextStamp(index);
    const rows = new Uint32Array(plan.size);
    let k = 0;
    for (let t = base; t < base + A; t++) {
      for (let p = offsets[t], end = offsets[t + 1]; p < end; p++) {
        const row = postings[p];
        if (stamps[row] !== stamp) {
          stamps[row] = stamp;
          rows[k++] = row;
        }
      }
    }
    return rows.subarray(0, k);
  }
  // The rarest trigram's rows, less those lacking the next rarest ones (ascending lists).
  const {offsets, postings} = index;
  let rows = postings.subarray(offsets[trigrams[0]], offsets[trigrams[0] + 1]);
  for (let n = 1; n < Math.min(trigrams.length, INTERSECTED) && rows.length; n++) {
    const t = trigrams[n];
    rows = intersect(rows, postings, offsets[t], offsets[t + 1]);
  }
  return rows;
}

/** Rows of the ascending `rows` also in `postings[from..to)` (ascending). */
function intersect(rows: Uint32Array, postings: Uint32Array, from: number, to: number): Uint32Array {
  const found = new Uint32Array(rows.length);
  let k = 0;
  let p = from;
  for (let i = 0; i < rows.length && p < to; i++) {
    const row = rows[i];
    // Gallop: the other list is usually longer.
    let step = 1;
    while (p + step < to && postings[p + step] < row) step *= 2;
    let lo = p;
    let hi = Math.min(p + step, to - 1);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (postings[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    p = lo;
    if (postings[p] === row) found[k++] = row;
  }
  return found.subarray(0, k);
}

function nextStamp(index: SearchIndex): number {
  index.stamp += 1;
  if (index.stamp === 0xffffffff) {
    index.stamps.fill(0);
    index.stamp = 1;
  }
  return index.stamp;
}

/** Marks the rows of `postings[from..to)` with a new stamp; returns it. */
function stampRows(index: SearchIndex, lists: Array<[number, number]>): number {
  const {postings, stamps} = index;
  const stamp = nextStamp(index);
  for (const [from, to] of lists) for (let p = from; p < to; p++) stamps[postings[p]] = stamp;
  return stamp;
}

function keepStamped(index: SearchIndex, rows: Uint32Array, stamp: number): Uint32Array {
  const {stamps} = index;
  const kept = new Uint32Array(rows.length);
  let k = 0;
  for (let i = 0; i < rows.length; i++) if (stamps[rows[i]] === stamp) kept[k++] = rows[i];
  return kept.subarray(0, k);
}

/**
 * The rows having the term. From the index while that costs less than reading the rows' texts
 * (a list of rows to mark per trigram, against a row object and its text per row); the texts
 * are read only for what the index cannot tell.
 */
function filterByTerm(index: SearchIndex, rows: Uint32Array, plan: TermPlan, texts: (i: number) => string): Uint32Array {
  const {codes, term} = plan;
  if (codes.length === 1 && plan.exact) {
    const kept = new Uint32Array(rows.length);
    let k = 0;
    for (let i = 0; i < rows.length; i++) if (hasChar(index, rows[i], codes[0])) kept[k++] = rows[i];
    return kept.subarray(0, k);
  }
  let exact = false;
  if (codes.length >= 2 && !codes.includes(SPACE)) {
    const {offsets} = index;
    const lists: Array<Array<[number, number]>> =
      codes.length === 2
        ? [Array.from({length: A}, (_, c3): [number, number] => [offsets[(codes[0] * A + codes[1]) * A + c3], offsets[(codes[0] * A + codes[1]) * A + c3 + 1]])]
        : plan.trigrams.slice(0, INTERSECTED).map((t): Array<[number, number]> => [[offsets[t], offsets[t + 1]]]);
    exact = plan.exact;
    for (const list of lists) {
      const size = list.reduce((sum, [from, to]) => sum + to - from, 0);
      if (size > rows.length * 8) {
        exact = false;
        break;
      }
      rows = keepStamped(index, rows, stampRows(index, list));
    }
  }
  if (exact) return rows;
  const kept = new Uint32Array(rows.length);
  let k = 0;
  for (let i = 0; i < rows.length; i++) if (texts(rows[i]).includes(term)) kept[k++] = rows[i];
  return kept.subarray(0, k);
}

/**
 * The rows whose text contains every term, from the index, or from `candidates` (rows known to
 * contain every term of `checked`, e.g. the previous keystroke's result) when they are fewer
 * than what the index would give.
 */
export function searchIndexed(
  index: SearchIndex,
  texts: (i: number) => string,
  terms: readonly string[],
  candidates?: {rows: Uint32Array; checked: readonly string[]},
): Uint32Array {
  const plans = terms.map((term) => planTerm(index, term)).sort((a, b) => a.size - b.size);
  let rows: Uint32Array;
  let toCheck: TermPlan[];
  if (candidates && candidates.rows.length <= plans[0].size) {
    rows = candidates.rows;
    toCheck = plans.filter((plan) => !candidates.checked.includes(plan.term));
  } else {
    rows = lookUp(index, plans[0]);
    toCheck = plans[0].exact ? plans.slice(1) : plans;
  }
  for (const plan of toCheck) {
    if (!rows.length) break;
    rows = filterByTerm(index, rows, plan, texts);
  }
  return rows;
}
