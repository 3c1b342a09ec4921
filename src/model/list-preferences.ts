import {DEFAULT_LIST_QUERY, LIST_STATES, MAX_SORT_LEVELS, SORT_FIELDS, filterOf, type ListFilter, type ListState, type SortLevel} from './client-query.js';
import {GROUP_FIELDS, type GroupField} from './list-groups.js';
import type {Language} from './types.js';

/**
 * The list's choices a user finds again at the next visit ("Filtres": état, attributs, langue,
 * grouper par, trier par). Serialised as JSON; parsing never trusts what it reads.
 */

export interface ListPreferences {
  filter: ListFilter;
  /** `null`: no grouping. */
  groupBy: GroupField | null;
  sort: SortLevel[];
}

const VERSION = 1;
const LANGUAGES: readonly Language[] = ['fr', 'en'];
/** Ids longer than this, or lists longer than this, are not ids a user picked. */
const MAX_ID_LENGTH = 200;
const MAX_IDS = 1000;

/** What a first visit shows: "Actif", no grouping, by code. */
export function defaultListPreferences(): ListPreferences {
  return {filter: filterOf(DEFAULT_LIST_QUERY), groupBy: null, sort: DEFAULT_LIST_QUERY.sort.map((level) => ({...level}))};
}

/** The storage key of a user's choices in one database (`localStorage`). */
export function listPreferencesKey(dbName: string, user: string): string {
  return `interop-clients:list:${encodeURIComponent(dbName)}:${encodeURIComponent(user)}`;
}

export function serializeListPreferences(preferences: ListPreferences): string {
  return JSON.stringify({
    v: VERSION,
    states: preferences.filter.states,
    sectorIds: preferences.filter.sectorIds,
    repIds: preferences.filter.repIds,
    languages: preferences.filter.languages,
    groupBy: preferences.groupBy,
    sort: preferences.sort.slice(0, MAX_SORT_LEVELS),
  });
}

/**
 * The choices stored, or `undefined` when there are none or they cannot be read (then the
 * defaults apply). Unknown values are dropped one by one, so that a choice that no longer exists
 * does not cost the others.
 */
export function parseListPreferences(text: string | null | undefined): ListPreferences | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  if (record.v !== VERSION) return undefined;
  const sort: SortLevel[] = [];
  if (Array.isArray(record.sort)) {
    for (const level of record.sort) {
      if (!level || typeof level !== 'object') continue;
      const {field, direction} = level as Record<string, unknown>;
      if (!SORT_FIELDS.includes(field as never) || (direction !== 'asc' && direction !== 'desc')) continue;
      if (sort.some((l) => l.field === field)) continue;
      sort.push({field: field as SortLevel['field'], direction});
      if (sort.length === MAX_SORT_LEVELS) break;
    }
  }
  return {
    filter: {
      states: uniqueOf(record.states, (v): v is ListState => LIST_STATES.includes(v as ListState)),
      sectorIds: uniqueOf(record.sectorIds, isId),
      repIds: uniqueOf(record.repIds, isId),
      languages: uniqueOf(record.languages, (v): v is Language => LANGUAGES.includes(v as Language)),
    },
    groupBy: GROUP_FIELDS.includes(record.groupBy as GroupField) ? (record.groupBy as GroupField) : null,
    sort: sort.length ? sort : defaultListPreferences().sort,
  };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

function uniqueOf<T>(value: unknown, keep: (v: unknown) => v is T): T[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.slice(0, MAX_IDS).filter(keep))];
}

/** Reads a user's choices; storage that throws (private mode, quota, sandbox) gives none. */
export function loadListPreferences(storage: Pick<Storage, 'getItem'> | undefined, key: string): ListPreferences | undefined {
  try {
    return parseListPreferences(storage?.getItem(key));
  } catch {
    return undefined;
  }
}

/** Saves a user's choices; returns false when the storage refused. */
export function saveListPreferences(storage: Pick<Storage, 'setItem'> | undefined, key: string, preferences: ListPreferences): boolean {
  try {
    storage?.setItem(key, serializeListPreferences(preferences));
    return Boolean(storage);
  } catch {
    return false;
  }
}
