import type {ClientRow} from './client-row.js';
import {collatorFor} from './collate.js';
import {digitsOf, matchesTerms, queryTerms} from './fold.js';
import type {ClientStatus} from './status.js';
import type {Language} from './types.js';

/**
 * What the client list shows: search, filters ("Filtres" panel) and sort. Pure and DOM-free, so
 * that the list, exports and benchmarks share one definition of "the visible clients".
 */

/** The "État" choices of the filter panel. */
export type ListState = 'prospect' | 'active' | 'inactive' | 'favourites' | 'unsynced';
export const LIST_STATES: readonly ListState[] = ['prospect', 'favourites', 'active', 'inactive', 'unsynced'];

/** The columns the list can be sorted by. */
export type SortField = 'code' | 'name' | 'phone' | 'sector' | 'status';
export const SORT_FIELDS: readonly SortField[] = ['code', 'name', 'phone', 'sector', 'status'];
export type SortDirection = 'asc' | 'desc';

export interface SortLevel {
  field: SortField;
  direction: SortDirection;
}

/** The most sort levels a query keeps ("Trier par": two levels). */
export const MAX_SORT_LEVELS = 2;

export interface ListQuery {
  /** Free text: code, company name, phone digits, city, contact names; case and accents ignored. */
  search: string;
  /**
   * Statuses `prospect`, `active` (also "Nouveau client") and `inactive` are OR'ed among
   * themselves (none = every status); `favourites` and `unsynced` each add an AND constraint.
   */
  states: ListState[];
  /** Sector ids; any of them (none = every sector). */
  sectorIds: string[];
  /** Sales representative ids; any of them (none = every rep). */
  repIds: string[];
  /** Languages; any of them (none = every language). */
  languages: Language[];
  /** Up to two levels; ties always end ordered by client code. */
  sort: SortLevel[];
}

/** The part of a query the "Filtres" panel edits (everything but the search and the sort). */
export type ListFilter = Pick<ListQuery, 'states' | 'sectorIds' | 'repIds' | 'languages'>;

/** What the list shows first: active clients ("Actif"), by code. */
export const DEFAULT_LIST_QUERY: Readonly<ListQuery> = Object.freeze({
  search: '',
  states: Object.freeze(['active']) as ListState[],
  sectorIds: Object.freeze([]) as unknown as string[],
  repIds: Object.freeze([]) as unknown as string[],
  languages: Object.freeze([]) as unknown as Language[],
  sort: Object.freeze([Object.freeze({field: 'code', direction: 'asc'})]) as SortLevel[],
});

/** What the query needs beyond the rows: the user's favourites and the labels shown. */
export interface QueryContext {
  /** Ids of the current user's favourite clients. */
  favourites?: ReadonlySet<string>;
  /** Sector labels in the current locale, by sector id (sector sorts by its label). */
  sectorLabels?: ReadonlyMap<string, string>;
  /** Status labels in the current locale (status sorts by its label). */
  statusLabels?: Readonly<Partial<Record<ClientStatus, string>>>;
  /** Collation locale; `fr-CA` by default. */
  locale?: string;
}

/** A fresh copy of the default query (arrays not shared). */
export function defaultListQuery(): ListQuery {
  return cloneQuery(DEFAULT_LIST_QUERY);
}

export function cloneQuery(query: Readonly<ListQuery>): ListQuery {
  return {search: query.search, ...filterOf(query), sort: query.sort.slice(0, MAX_SORT_LEVELS).map((level) => ({...level}))};
}

/** The filter part of a query, copied. */
export function filterOf(query: Readonly<ListFilter>): ListFilter {
  return {states: [...query.states], sectorIds: [...query.sectorIds], repIds: [...query.repIds], languages: [...query.languages]};
}

/** No filter at all ("Effacer filtres"): every client. */
export function emptyFilter(): ListFilter {
  return {states: [], sectorIds: [], repIds: [], languages: []};
}

/** The number shown on the filter button, e.g. "(1)" for the default "Actif": one per choice ticked. */
export function activeFilterCount(query: Readonly<ListFilter>): number {
  return query.states.length + query.sectorIds.length + query.repIds.length + query.languages.length;
}

/**
 * The sort after the user clicked a column header: the column becomes the first level (again:
 * its direction reverses); the former first level, if another column, becomes the second.
 */
export function sortByColumn(sort: readonly SortLevel[], field: SortField): SortLevel[] {
  const first = sort[0];
  const direction: SortDirection = first?.field === field && first.direction === 'asc' ? 'desc' : 'asc';
  return [{field, direction}, ...sort.filter((level) => level.field !== field)].slice(0, MAX_SORT_LEVELS);
}

/** The visible clients, in display order. Fast on 100,000 rows: orders are computed once and kept. */
export function queryClients(rows: readonly ClientRow[], query: Readonly<ListQuery>, ctx: QueryContext = {}): ClientRow[] {
  const keep = rowFilter(query, ctx);
  const order = sortOrder(rows, query.sort, ctx);
  const visible: ClientRow[] = [];
  for (let i = 0; i < order.length; i++) {
    const row = rows[order[i]];
    if (keep(row)) visible.push(row);
  }
  return visible;
}

// --- filtering -----------------------------------------------------------------------------

const STATUS_STATES: Record<ClientStatus, ListState> = {prospect: 'prospect', new: 'active', active: 'active', inactive: 'inactive'};

function rowFilter(query: Readonly<ListQuery>, ctx: QueryContext): (row: ClientRow) => boolean {
  // Phone numbers are in the search text as bare digits: "(418) 774-9801" gives the terms
  // 418, 774 and 9801, all found in "4187749801".
  const terms = queryTerms(query.search);
  const states = new Set(query.states);
  const statusFilter = states.has('prospect') || states.has('active') || states.has('inactive');
  const favouritesOnly = states.has('favourites');
  const unsyncedOnly = states.has('unsynced');
  const favourites = ctx.favourites ?? new Set<string>();
  const sectors = query.sectorIds.length ? new Set(query.sectorIds) : null;
  const reps = query.repIds.length ? new Set(query.repIds) : null;
  const languages = query.languages.length ? new Set<string>(query.languages) : null;
  return (row) => {
    if (statusFilter && !states.has(STATUS_STATES[row.status])) return false;
    if (favouritesOnly && !favourites.has(row.id)) return false;
    if (unsyncedOnly && row.accountingSynced) return false;
    if (sectors && !sectors.has(row.sectorId)) return false;
    if (reps && !reps.has(row.repId)) return false;
    if (languages && !languages.has(row.language)) return false;
    return matchesTerms(row.searchText, terms);
  };
}

// --- sorting -------------------------------------------------------------------------------

/** Rank of an empty value: after every other, whatever the direction. */
const EMPTY = 0x7fffffff;

/** What was computed for one rows array (the store replaces its array at each change). */
interface RowsCache {
  /** Ranks by field, with the labels they were computed from. */
  ranks: Map<string, {labels: unknown; ranks: Int32Array}>;
  /** Recent display orders, newest first. */
  orders: Array<{key: string; labels: unknown[]; order: Uint32Array}>;
}

const rowsCaches = new WeakMap<readonly ClientRow[], RowsCache>();
const CACHED_ORDERS = 4;

/**
 * The indices of `rows` in display order: the sort levels, then code, then storage order.
 * Ranks are kept per field, so that reversing a column or adding a level never collates again.
 */
function sortOrder(rows: readonly ClientRow[], sort: readonly SortLevel[], ctx: QueryContext): Uint32Array {
  const locale = ctx.locale ?? 'fr-CA';
  const levels = sort.slice(0, MAX_SORT_LEVELS);
  const key = `${locale}|${levels.map((l) => `${l.field}:${l.direction}`).join(',')}`;
  const labels = levels.map((level) => labelsOf(level.field, ctx));
  let cache = rowsCaches.get(rows);
  if (!cache) rowsCaches.set(rows, (cache = {ranks: new Map(), orders: []}));
  const hit = cache.orders.find((c) => c.key === key && c.labels.every((l, i) => l === labels[i]));
  if (hit) return hit.order;

  const [r1, r2] = levels.map((level) => cachedRanks(cache, rows, level.field, ctx, locale));
  const [s1, s2] = levels.map((level) => (level.direction === 'desc' ? -1 : 1));
  // Codes are collated only if a tie needs them (names are nearly unique).
  let codeRanks: Int32Array | undefined;
  const order = new Uint32Array(rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => {
    let d = r1 ? compareRanks(r1[a], r1[b], s1) : 0;
    if (d === 0 && r2) d = compareRanks(r2[a], r2[b], s2);
    if (d === 0) {
      codeRanks ??= cachedRanks(cache, rows, 'code', ctx, locale);
      d = codeRanks[a] - codeRanks[b];
    }
    return d === 0 ? a - b : d;
  });

  cache.orders.unshift({key, labels, order});
  cache.orders.length = Math.min(cache.orders.length, CACHED_ORDERS);
  return order;
}

/** The labels a field's sort text depends on (their identity is part of the cache key). */
function labelsOf(field: SortField, ctx: QueryContext): unknown {
  return field === 'sector' ? ctx.sectorLabels : field === 'status' ? ctx.statusLabels : undefined;
}

function cachedRanks(cache: RowsCache, rows: readonly ClientRow[], field: SortField, ctx: QueryContext, locale: string): Int32Array {
  const key = `${locale}|${field}`;
  const labels = labelsOf(field, ctx);
  const known = cache.ranks.get(key);
  if (known && known.labels === labels) return known.ranks;
  const ranks = rankRows(rows, field, ctx, locale);
  cache.ranks.set(key, {labels, ranks});
  return ranks;
}

function compareRanks(a: number, b: number, sign: number): number {
  if (a === b) return 0;
  if (a === EMPTY) return 1;
  if (b === EMPTY) return -1;
  return sign * (a - b);
}

/** The text a row is sorted on for a field. */
function sortText(row: ClientRow, field: SortField, ctx: QueryContext): string {
  switch (field) {
    case 'code':
      return row.code;
    case 'name':
      return row.name;
    case 'phone':
      return digitsOf(row.phone);
    case 'sector':
      return row.sectorId ? (ctx.sectorLabels?.get(row.sectorId) ?? row.sectorId) : '';
    case 'status':
      return ctx.statusLabels?.[row.status] ?? row.status;
  }
}

/**
 * The rank of every row's value for `field`: the distinct values are collated once (French
 * collation; phone digits in plain order), so that sorting compares integers only.
 */
function rankRows(rows: readonly ClientRow[], field: SortField, ctx: QueryContext, locale: string): Int32Array {
  const texts = new Array<string>(rows.length);
  const distinct = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const text = sortText(rows[i], field, ctx);
    texts[i] = text;
    if (text) distinct.set(text, 0);
  }
  const compare = field === 'phone' ? compareCodePoints : collatorFor(locale).compare;
  const values = [...distinct.keys()].sort(compare);
  let rank = 0;
  for (let i = 0; i < values.length; i++) {
    // Values found equal share a rank, so that the next level (or the code) decides.
    if (i > 0 && compare(values[i - 1], values[i]) !== 0) rank += 1;
    distinct.set(values[i], rank);
  }
  const ranks = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) ranks[i] = texts[i] ? distinct.get(texts[i])! : EMPTY;
  return ranks;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
