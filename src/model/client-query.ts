import type {ClientRow} from './client-row.js';
import {collatorFor} from './collate.js';
import {digitsOf, matchesTerms, queryTerms} from './fold.js';
import {buildSearchIndex, searchIndexed, type SearchIndex} from './search-index.js';
import {nextTask, runNow, runSliced, type Work} from './sliced-work.js';
import {buildDictionary, EMPTY_RANK, placeableCount, placeValues, sortByRanks, type RankDictionary, type RowRanks} from './sort-ranks.js';
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
 * The sort after the user chose `field` for level `index` in the Filtres panel (`undefined`:
 * the level removed). A field the other level uses swaps with this level's, each level keeping
 * its direction; a new level cannot take the field of the other.
 */
export function chooseSortField(sort: readonly SortLevel[], index: number, field: SortField | undefined): SortLevel[] {
  const next = sort.slice(0, MAX_SORT_LEVELS).map((level) => ({...level}));
  if (!field) return next.filter((_, i) => i !== index);
  const current = next[index];
  const other = next.findIndex((level, i) => i !== index && level.field === field);
  if (other >= 0) {
    if (!current) return next;
    next[other].field = current.field;
  }
  next[index] = {field, direction: current?.direction ?? 'asc'};
  return next.filter(Boolean);
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

/**
 * The visible clients, in display order. Fast on 100,000 rows: what a keystroke does not change
 * (the sort order, the rows the filters keep) is computed once per rows array and kept; a search
 * looks up a substring index (`prepareClientQueries` builds it ahead, in slices) and, while the
 * user types on, narrows the previous keystroke's result.
 */
export function queryClients(rows: readonly ClientRow[], query: Readonly<ListQuery>, ctx: QueryContext = {}): ClientRow[] {
  const cache = cacheOf(rows);
  const view = viewOf(cache, rows, query, ctx);
  const terms = queryTerms(query.search);
  if (!terms.length) return rowsAt(rows, view.order);
  return inViewOrder(cache, rows, view, matchingRows(cache, rows, terms));
}

export interface PrepareOptions {
  /** Collation locale of the sort ranks prepared; `fr-CA` by default. */
  locale?: string;
  /** Stops the preparation (it rejects with the signal's reason). */
  signal?: AbortSignal;
}

/**
 * Computes ahead, in slices that keep the page responsive, what the list's first view needs: the
 * ranks of the codes, the filtered fields and the code order every view starts from.
 */
export async function prepareFirstView(rows: readonly ClientRow[], options: PrepareOptions = {}): Promise<void> {
  const cache = cacheOf(rows);
  const locale = options.locale ?? 'fr-CA';
  await prepareRanks(cache, rows, 'code', locale, options.signal);
  const fields = await runSliced(readFields(rows), {signal: options.signal});
  cache.fields ??= fields;
  if (!cache.codeOrders.has(locale)) sortOrder(cache, rows, [{field: 'code', direction: 'asc'}], {}, locale);
}

/**
 * Computes ahead, in slices that keep the page responsive, what the first queries on `rows`
 * would otherwise compute at once: the first view (`prepareFirstView`), the search index and the
 * sort ranks of Entreprise and phone (collating every distinct value: most of a second for
 * 100,000 company names). Ranks already known from previous rows arrays are reused, so that
 * after an edit only new values are placed. Queries stay correct at any time: until it ends,
 * they compute what they miss (searches meanwhile check the rows one by one). A preparation of
 * the same rows for the same locale already running is shared (its signal stops it).
 */
export function prepareClientQueries(rows: readonly ClientRow[], options: PrepareOptions = {}): Promise<void> {
  const locale = options.locale ?? 'fr-CA';
  const running = preparations.get(rows) ?? new Map<string, Promise<void>>();
  preparations.set(rows, running);
  const shared = running.get(locale);
  if (shared) return shared;
  const preparation = prepare(rows, locale, options.signal);
  running.set(locale, preparation);
  // A stopped preparation can be asked for again.
  preparation.catch(() => running.delete(locale));
  return preparation;
}

const preparations = new WeakMap<readonly ClientRow[], Map<string, Promise<void>>>();

async function prepare(rows: readonly ClientRow[], locale: string, signal: AbortSignal | undefined): Promise<void> {
  const cache = cacheOf(rows);
  const options = {locale, signal};
  // Searches meanwhile check the rows one by one rather than build the index at once.
  const indexing = !cache.index && !cache.indexing && rows.length >= INDEX_MIN_ROWS;
  if (indexing) cache.indexing = true;
  try {
    await prepareFirstView(rows, options);
    if (indexing) {
      const index = await runSliced(buildSearchIndex((i) => rows[i].searchText, rows.length), {signal: options.signal});
      cache.index ??= index;
    }
    for (const field of DICTIONARY_FIELDS) await prepareRanks(cache, rows, field, locale, options.signal);
  } finally {
    if (indexing) cache.indexing = false;
  }
  if (!warmedUp && cache.index) {
    warmedUp = true;
    await warmUp(cache, rows, locale);
  }
}

async function prepareRanks(cache: RowsCache, rows: readonly ClientRow[], field: DictionaryField, locale: string, signal: AbortSignal | undefined): Promise<void> {
  const key = ranksKey(field, locale);
  if (cache.ranks.has(key)) return;
  const ranks = await runSliced(dictionaryRanks(rows, field, locale), {signal});
  // A query may have needed them meanwhile: keep its ranks (its orders use them).
  if (!cache.ranks.has(key)) cache.ranks.set(key, {labels: undefined, ranks});
}

/** Whether this page has run the query code once on a large rows array. */
let warmedUp = false;

/**
 * Runs searches and sorts once on the prepared rows, each in its own task, then forgets their
 * results: the browser compiles the loops they run, so that the user's first keystroke and
 * first sort run optimised code instead of the interpreter (several times slower on 100,000
 * rows). Once per page.
 */
async function warmUp(cache: RowsCache, rows: readonly ClientRow[], locale: string): Promise<void> {
  const kept = {orders: cache.orders, views: cache.views, searches: cache.searches};
  cache.orders = [];
  cache.views = [];
  cache.searches = [];
  const ctx: QueryContext = {locale};
  const base = defaultListQuery();
  try {
    for (const search of ['e', 'ec', 'eco', 'ecol', 'ecole', 'ecole s', '4', '41', '41 8', 'zq']) {
      queryClients(rows, {...base, search}, ctx);
      await nextTask();
    }
    queryClients(rows, {...base, sort: [{field: 'name', direction: 'asc'}]}, ctx);
  } finally {
    Object.assign(cache, kept);
  }
}

// --- what is kept per rows array --------------------------------------------------------------

/** The rows one query shows before the search: filtered, in display order. */
interface View {
  /** Row indices, in display order. */
  order: Uint32Array;
  /** Position of each row in `order` (-1: filtered out), made when first needed. */
  positions?: Int32Array;
}

interface RowsCache {
  /** Ranks by field (`locale|field`), with the labels they were computed from. */
  ranks: Map<string, {labels: unknown; ranks: RowRanks}>;
  /** Recent display orders, newest first. */
  orders: Array<{key: string; labels: unknown[]; order: Uint32Array}>;
  /** Recent views (filters + order), newest first. */
  views: Array<{key: string; deps: unknown[]; view: View}>;
  /** Recent searches (rows matching every term, ascending or not), newest first. */
  searches: Array<{key: string; terms: string[]; matches: Uint32Array}>;
  fields?: RowFields;
  /** Row indices by code (then storage order), by locale: where every sort starts. */
  codeOrders: Map<string, Uint32Array>;
  index?: SearchIndex;
  /** A preparation is building the index: search without it meanwhile. */
  indexing: boolean;
  /** Searches answered without an index; the index is built at the second one. */
  unindexedSearches: number;
  marks?: Uint32Array;
  mark: number;
}

const rowsCaches = new WeakMap<readonly ClientRow[], RowsCache>();
const CACHED_ORDERS = 4;
const CACHED_VIEWS = 4;
const CACHED_SEARCHES = 8;
/** Below this, scanning every row is as fast as an index lookup. */
const INDEX_MIN_ROWS = 4000;

function cacheOf(rows: readonly ClientRow[]): RowsCache {
  let cache = rowsCaches.get(rows);
  if (!cache) {
    cache = {ranks: new Map(), orders: [], views: [], searches: [], codeOrders: new Map(), indexing: false, unindexedSearches: 0, mark: 0};
    rowsCaches.set(rows, cache);
  }
  return cache;
}

function remember<T>(list: T[], entry: T, size: number): void {
  list.unshift(entry);
  if (list.length > size) list.length = size;
}

function rowsAt(rows: readonly ClientRow[], order: Uint32Array): ClientRow[] {
  const visible: ClientRow[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) visible[i] = rows[order[i]];
  return visible;
}

// --- filtering -----------------------------------------------------------------------------

const STATUS_STATES: Record<ClientStatus, ListState> = {prospect: 'prospect', new: 'active', active: 'active', inactive: 'inactive'};

function viewOf(cache: RowsCache, rows: readonly ClientRow[], query: Readonly<ListQuery>, ctx: QueryContext): View {
  const locale = ctx.locale ?? 'fr-CA';
  const levels = query.sort.slice(0, MAX_SORT_LEVELS);
  const sorted = (values: readonly string[]) => [...new Set(values)].sort();
  const key = JSON.stringify([
    locale,
    levels.map((level) => [level.field, level.direction]),
    sorted(query.states),
    sorted(query.sectorIds),
    sorted(query.repIds),
    sorted(query.languages),
  ]);
  const deps = [query.states.includes('favourites') ? ctx.favourites : undefined, ...levels.map((level) => labelsOf(level.field, ctx))];
  const hit = cache.views.find((v) => v.key === key && v.deps.every((dep, i) => dep === deps[i]));
  if (hit) return hit.view;
  const order = sortOrder(cache, rows, levels, ctx, locale);
  const keep = rowFilter(cache, rows, query, ctx);
  let visible = order;
  if (keep) {
    const kept = new Uint32Array(order.length);
    let count = 0;
    for (let i = 0; i < order.length; i++) if (keep[order[i]]) kept[count++] = order[i];
    visible = kept.slice(0, count);
  }
  const view: View = {order: visible};
  remember(cache.views, {key, deps, view}, CACHED_VIEWS);
  return view;
}

/**
 * The rows' filtered fields as small integers, read once per rows array, so that filtering
 * 100,000 rows reads typed arrays instead of visiting every row object.
 */
interface RowFields {
  status: Uint8Array;
  synced: Uint8Array;
  sector: Int32Array;
  rep: Int32Array;
  language: Int32Array;
  /** Value of each code, by field. */
  values: {sector: string[]; rep: string[]; language: string[]};
}

const STATUS_CODES: Record<ClientStatus, number> = {prospect: 0, new: 1, active: 2, inactive: 3};
const STATUSES_BY_CODE: ClientStatus[] = ['prospect', 'new', 'active', 'inactive'];

function fieldsOf(cache: RowsCache, rows: readonly ClientRow[]): RowFields {
  return (cache.fields ??= runNow(readFields(rows)));
}

function* readFields(rows: readonly ClientRow[]): Work<RowFields> {
  const count = rows.length;
  const fields: RowFields = {
    status: new Uint8Array(count),
    synced: new Uint8Array(count),
    sector: new Int32Array(count),
    rep: new Int32Array(count),
    language: new Int32Array(count),
    values: {sector: [], rep: [], language: []},
  };
  const codes = {sector: new Map<string, number>(), rep: new Map<string, number>(), language: new Map<string, number>()};
  const codeOf = (field: 'sector' | 'rep' | 'language', value: string) => {
    let code = codes[field].get(value);
    if (code === undefined) {
      code = fields.values[field].push(value) - 1;
      codes[field].set(value, code);
    }
    return code;
  };
  for (let i = 0; i < count; i++) {
    const row = rows[i];
    fields.status[i] = STATUS_CODES[row.status];
    fields.synced[i] = row.accountingSynced ? 1 : 0;
    fields.sector[i] = codeOf('sector', row.sectorId);
    fields.rep[i] = codeOf('rep', row.repId);
    fields.language[i] = codeOf('language', row.language);
    if ((i & 4095) === 4095) yield;
  }
  return fields;
}

/**
 * Which rows the filters of the query ("Filtres" panel) keep, by row index; `null` when there is
 * no filter.
 */
function rowFilter(cache: RowsCache, rows: readonly ClientRow[], query: Readonly<ListQuery>, ctx: QueryContext): Uint8Array | null {
  const states = new Set(query.states);
  const statusFilter = states.has('prospect') || states.has('active') || states.has('inactive');
  const favouritesOnly = states.has('favourites');
  const unsyncedOnly = states.has('unsynced');
  if (!statusFilter && !favouritesOnly && !unsyncedOnly && !query.sectorIds.length && !query.repIds.length && !query.languages.length) return null;
  const fields = fieldsOf(cache, rows);
  // Per field, whether each code is kept (`null`: every one).
  const allowed = (values: readonly string[], chosen: readonly string[]) => {
    if (!chosen.length) return null;
    const set = new Set(chosen);
    return Uint8Array.from(values, (value) => (set.has(value) ? 1 : 0));
  };
  const status = statusFilter ? Uint8Array.from(STATUSES_BY_CODE, (value) => (states.has(STATUS_STATES[value]) ? 1 : 0)) : null;
  const sector = allowed(fields.values.sector, query.sectorIds);
  const rep = allowed(fields.values.rep, query.repIds);
  const language = allowed(fields.values.language, query.languages);
  const favourites = ctx.favourites ?? new Set<string>();
  const keep = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    if (status && !status[fields.status[i]]) continue;
    if (unsyncedOnly && fields.synced[i]) continue;
    if (sector && !sector[fields.sector[i]]) continue;
    if (rep && !rep[fields.rep[i]]) continue;
    if (language && !language[fields.language[i]]) continue;
    if (favouritesOnly && !favourites.has(rows[i].id)) continue;
    keep[i] = 1;
  }
  return keep;
}

// --- searching -----------------------------------------------------------------------------

/**
 * Indices of the rows whose search text has every term. Phone numbers are in the search text
 * as bare digits: "(418) 774-9801" gives the terms 418, 774 and 9801, all found in "4187749801".
 */
function matchingRows(cache: RowsCache, rows: readonly ClientRow[], terms: string[]): Uint32Array {
  const key = terms.join(' ');
  const known = cache.searches.find((search) => search.key === key);
  if (known) return known.matches;
  // Typing on narrows: rows having every term have every term of a query whose terms are all
  // inside the new ones ("montr" → "montre", "ecole" → "ecole s").
  let candidates: {rows: Uint32Array; checked: string[]} | undefined;
  for (const search of cache.searches) {
    if (search.terms.every((old) => terms.some((term) => term.includes(old))) && (!candidates || search.matches.length < candidates.rows.length)) {
      candidates = {rows: search.matches, checked: search.terms};
    }
  }
  const index = indexOf(cache, rows);
  let matches: Uint32Array;
  if (index) matches = searchIndexed(index, (i) => rows[i].searchText, terms, candidates);
  else {
    const pool = candidates?.rows;
    const toCheck = candidates ? terms.filter((term) => !candidates.checked.includes(term)) : terms;
    const count = pool ? pool.length : rows.length;
    const found = new Uint32Array(count);
    let k = 0;
    for (let j = 0; j < count; j++) {
      const i = pool ? pool[j] : j;
      if (matchesTerms(rows[i].searchText, toCheck)) found[k++] = i;
    }
    matches = found.subarray(0, k);
  }
  remember(cache.searches, {key, terms, matches}, CACHED_SEARCHES);
  return matches;
}

/** The search index of the rows: built here at the second search when nothing prepared it. */
function indexOf(cache: RowsCache, rows: readonly ClientRow[]): SearchIndex | undefined {
  if (cache.index || rows.length < INDEX_MIN_ROWS || cache.indexing) return cache.index;
  cache.unindexedSearches += 1;
  if (cache.unindexedSearches < 2) return undefined;
  cache.index = runNow(buildSearchIndex((i) => rows[i].searchText, rows.length));
  return cache.index;
}

/** The matching rows the view keeps, in its order. */
function inViewOrder(cache: RowsCache, rows: readonly ClientRow[], view: View, matches: Uint32Array): ClientRow[] {
  const {order} = view;
  if (matches.length * 16 < order.length) {
    // Few matches: sort their positions in the view.
    let positions = view.positions;
    if (!positions) {
      positions = view.positions = new Int32Array(rows.length).fill(-1);
      for (let p = 0; p < order.length; p++) positions[order[p]] = p;
    }
    const at = new Uint32Array(matches.length);
    let count = 0;
    for (let i = 0; i < matches.length; i++) {
      const p = positions[matches[i]];
      if (p >= 0) at[count++] = p;
    }
    const used = at.subarray(0, count).sort();
    const visible: ClientRow[] = new Array(count);
    for (let i = 0; i < count; i++) visible[i] = rows[order[used[i]]];
    return visible;
  }
  // Many: mark them, then walk the view.
  const marks = (cache.marks ??= new Uint32Array(rows.length));
  cache.mark += 1;
  if (cache.mark === 0xffffffff) {
    marks.fill(0);
    cache.mark = 1;
  }
  const mark = cache.mark;
  for (let i = 0; i < matches.length; i++) marks[matches[i]] = mark;
  const kept = new Uint32Array(Math.min(matches.length, order.length));
  let count = 0;
  for (let p = 0; p < order.length; p++) if (marks[order[p]] === mark) kept[count++] = order[p];
  return rowsAt(rows, kept.subarray(0, count));
}

// --- sorting -------------------------------------------------------------------------------

/** Fields whose ranks come from a shared dictionary (many distinct values). */
const DICTIONARY_FIELDS = ['code', 'name', 'phone'] as const;
type DictionaryField = (typeof DICTIONARY_FIELDS)[number];

/** Dictionaries of sort ranks by `locale|field`, shared by every rows array. */
const dictionaries = new Map<string, RankDictionary>();

function ranksKey(field: SortField, locale: string): string {
  // Phone digits sort in plain order, whatever the locale.
  return field === 'phone' ? 'phone' : `${locale}|${field}`;
}

/**
 * The indices of `rows` in display order: the sort levels, then code, then storage order. Each
 * level is a stable counting sort on ranks, from the last key to the first.
 */
function sortOrder(cache: RowsCache, rows: readonly ClientRow[], levels: readonly SortLevel[], ctx: QueryContext, locale: string): Uint32Array {
  const key = `${locale}|${levels.map((l) => `${l.field}:${l.direction}`).join(',')}`;
  const labels = levels.map((level) => labelsOf(level.field, ctx));
  const hit = cache.orders.find((c) => c.key === key && c.labels.every((l, i) => l === labels[i]));
  if (hit) return hit.order;
  // Ties end by code (then storage order): start from the code order, kept for every sort.
  let order = cache.codeOrders.get(locale);
  if (!order) {
    const storage = new Uint32Array(rows.length);
    for (let i = 0; i < storage.length; i++) storage[i] = i;
    order = sortByRanks(storage, ranksOf(cache, rows, 'code', ctx, locale), false);
    cache.codeOrders.set(locale, order);
  }
  for (let i = levels.length - 1; i >= 0; i--) {
    const {field, direction} = levels[i];
    // Already in that order.
    if (i === levels.length - 1 && field === 'code' && direction === 'asc') continue;
    order = sortByRanks(order, ranksOf(cache, rows, field, ctx, locale), direction === 'desc');
  }
  remember(cache.orders, {key, labels, order}, CACHED_ORDERS);
  return order;
}

/** The labels a field's sort text depends on (their identity is part of the cache key). */
function labelsOf(field: SortField, ctx: QueryContext): unknown {
  return field === 'sector' ? ctx.sectorLabels : field === 'status' ? ctx.statusLabels : undefined;
}

function ranksOf(cache: RowsCache, rows: readonly ClientRow[], field: SortField, ctx: QueryContext, locale: string): RowRanks {
  const key = ranksKey(field, locale);
  const labels = labelsOf(field, ctx);
  const known = cache.ranks.get(key);
  if (known && known.labels === labels) return known.ranks;
  const ranks = field === 'sector' || field === 'status' ? labelRanks(rows, field, ctx, locale) : runNow(dictionaryRanks(rows, field, locale));
  cache.ranks.set(key, {labels, ranks});
  return ranks;
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
 * Ranks of a field with many distinct values, from the shared dictionary: built (collating every
 * distinct value, the long part, in slices when run sliced) when there is none or when too many
 * values are new to it; otherwise the new values are placed into it.
 */
function* dictionaryRanks(rows: readonly ClientRow[], field: DictionaryField, locale: string): Work<RowRanks> {
  const count = rows.length;
  const key = ranksKey(field, locale);
  let dictionary = dictionaries.get(key);
  const known = dictionary?.rankOf;
  // The rows' texts, and those the dictionary lacks (all of them when there is none).
  const texts: string[] = new Array(count);
  const unknown = new Set<string>();
  for (let i = 0; i < count; i++) {
    const text = sortText(rows[i], field, {});
    texts[i] = text;
    if (text && !known?.has(text)) unknown.add(text);
    if ((i & 2047) === 2047) yield;
  }
  if (!dictionary || unknown.size > placeableCount(dictionary.sorted.length)) {
    let distinct = unknown;
    if (dictionary) {
      distinct = new Set<string>();
      for (let i = 0; i < count; i++) {
        if (texts[i]) distinct.add(texts[i]);
        if ((i & 4095) === 4095) yield;
      }
    }
    const compare = field === 'phone' ? compareCodePoints : collatorFor(locale).compare;
    dictionary = yield* buildDictionary([...distinct], compare, field === 'phone');
    dictionaries.set(key, dictionary);
  }
  return yield* readRanks(texts, dictionary);
}

/** Each text's rank (`EMPTY_RANK` for none); values the dictionary lacks are placed first. */
function* readRanks(texts: readonly string[], dictionary: RankDictionary): Work<RowRanks> {
  const missing = texts.filter((text) => text && !dictionary.rankOf.has(text));
  if (missing.length) placeValues(dictionary, missing);
  const ranks = new Int32Array(texts.length);
  const version = dictionary.version;
  for (let i = 0; i < texts.length; i++) {
    ranks[i] = texts[i] ? dictionary.rankOf.get(texts[i])! : EMPTY_RANK;
    if ((i & 8191) === 8191) {
      yield;
      // Values placed meanwhile (another rows array) renumbered the ranks: read again at once.
      if (dictionary.version !== version) return runNow(readRanks(texts, dictionary));
    }
  }
  return {ranks, maxRank: dictionary.maxRank};
}

/** Ranks of sector or status: a few distinct labels, collated on each call. */
function labelRanks(rows: readonly ClientRow[], field: 'sector' | 'status', ctx: QueryContext, locale: string): RowRanks {
  const keyOf = field === 'sector' ? (row: ClientRow) => row.sectorId : (row: ClientRow) => row.status;
  const textOfKey = new Map<string, string>();
  for (let i = 0; i < rows.length; i++) {
    const key = keyOf(rows[i]);
    if (!textOfKey.has(key)) textOfKey.set(key, sortText(rows[i], field, ctx));
  }
  const compare = collatorFor(locale).compare;
  const texts = [...new Set(textOfKey.values())].filter(Boolean).sort(compare);
  const rankOfText = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < texts.length; i++) {
    if (i > 0 && compare(texts[i - 1], texts[i]) !== 0) rank += 1;
    rankOfText.set(texts[i], rank);
  }
  const rankOfKey = new Map<string, number>();
  for (const [key, text] of textOfKey) rankOfKey.set(key, text ? rankOfText.get(text)! : EMPTY_RANK);
  const ranks = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) ranks[i] = rankOfKey.get(keyOf(rows[i]))!;
  return {ranks, maxRank: texts.length ? rank : -1};
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
