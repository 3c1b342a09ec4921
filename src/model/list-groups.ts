import {collatorFor} from './collate.js';

/**
 * Grouping of the client list ("Grouper par"): the visible rows gathered under one header per
 * value of a field, with its count; a collapsed group shows its header only. Pure and DOM-free.
 */

/** The fields the list can be grouped by. */
export type GroupField = 'sector' | 'rep' | 'status' | 'language';
export const GROUP_FIELDS: readonly GroupField[] = ['sector', 'rep', 'status', 'language'];

/** A group's header in the flat render list. */
export interface GroupHeader {
  type: 'group';
  /** Unique among the list's items (rows use client ids): `group:<key>`. */
  id: string;
  /** The grouped value (`''`: rows without one). */
  key: string;
  label: string;
  /** Rows in the group (also when it is collapsed). */
  count: number;
  expanded: boolean;
}

/** A flat list to render: group headers, each followed by its rows unless collapsed. */
export type GroupedItem<T> = GroupHeader | T;

export function isGroupHeader(item: unknown): item is GroupHeader {
  return typeof item === 'object' && item !== null && (item as {type?: unknown}).type === 'group';
}

export interface GroupOptions<T> {
  /** The grouped value of a row (`''`: none). */
  keyOf: (row: T) => string;
  /** The label shown for a value (`''` included: e.g. "Sans secteur"). */
  labelOf: (key: string) => string;
  /** Keys of the collapsed groups. */
  collapsed?: ReadonlySet<string>;
  /** Collation of the labels; `fr-CA` by default. */
  locale?: string;
}

export interface Grouping<T> {
  /** Headers and the rows of the expanded groups, in display order. */
  items: GroupedItem<T>[];
  /** Every group, in display order. */
  groups: GroupHeader[];
}

/**
 * Groups `rows` (already in display order; that order is kept inside each group). Groups follow
 * their labels in French collation, the group without a value last.
 */
export function groupRows<T>(rows: readonly T[], options: GroupOptions<T>): Grouping<T> {
  const collapsed = options.collapsed ?? new Set<string>();
  const buckets = new Map<string, T[]>();
  for (const row of rows) {
    const key = options.keyOf(row) ?? '';
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    bucket.push(row);
  }
  const compare = collatorFor(options.locale ?? 'fr-CA').compare;
  const groups: GroupHeader[] = [...buckets.entries()].map(([key, bucket]) => ({
    type: 'group',
    id: `group:${key}`,
    key,
    label: options.labelOf(key),
    count: bucket.length,
    expanded: !collapsed.has(key),
  }));
  groups.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || compare(a.label, b.label) || compare(a.key, b.key));
  const items: GroupedItem<T>[] = [];
  for (const group of groups) {
    items.push(group);
    if (group.expanded) for (const row of buckets.get(group.key)!) items.push(row);
  }
  return {items, groups};
}

/** The rows of the expanded groups, in display order (what a grouped list shows). */
export function rowsOf<T>(items: readonly GroupedItem<T>[]): T[] {
  return items.filter((item): item is T => !isGroupHeader(item));
}

/**
 * The collapsed keys after a click on a group's header: the group opens or closes; with Shift,
 * every group takes the clicked group's new state (all open, or all closed).
 */
export function toggleGroup(
  collapsed: ReadonlySet<string>,
  key: string,
  allKeys: readonly string[],
  shift = false,
): Set<string> {
  const closing = !collapsed.has(key);
  if (shift) return closing ? new Set(allKeys) : new Set();
  const next = new Set(collapsed);
  if (closing) next.add(key);
  else next.delete(key);
  return next;
}
