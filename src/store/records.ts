import type {Table} from 'dexie';
import type {Client, Contact} from '../model/types.js';
import type {ClientsDb, RecordPage} from './db.js';

/**
 * Clients and contacts live in two places of the cache. A first import (a seed bundle, a full
 * download) stores them in pages of a few hundred records: IndexedDB costs some 75 µs per stored
 * value here whatever its size, so 100,000 clients one value each take half a minute to write
 * and seconds to read back, and in pages a second. A record written afterwards (an edit, a delta
 * sync, a rollback) leaves its page for the record table, in the same transaction, so that a
 * record is always in exactly one place; a page is never added to.
 *
 * Every read of a client or a contact goes through here. Pages are found through multi-entry
 * indexes of their records' ids and codes (clients) or client ids (contacts).
 */

export type PagedTable = 'clients' | 'contacts';

/** Records per page: finding one record reads its page (some 0.3 ms for 250 clients). */
export const PAGE_SIZE = 250;

/** Where each paged table's pages are, and the field of a record that makes its page's `keys` entry. */
export const PAGE_LAYOUT = {
  clients: {store: 'clientPages', keyField: 'code'},
  contacts: {store: 'contactPages', keyField: 'clientId'},
} as const satisfies Record<PagedTable, {store: string; keyField: string}>;

export type PageLayout = typeof PAGE_LAYOUT;

export function isPaged(table: string): table is PagedTable {
  return table === 'clients' || table === 'contacts';
}

function pagesOf(db: ClientsDb, table: PagedTable): Table<RecordPage<{id: string}>, number> {
  return db.table(PAGE_LAYOUT[table].store) as unknown as Table<RecordPage<{id: string}>, number>;
}

/** The tables a transaction writing records of `tables` must hold (their pages included). */
export function writeScope(db: ClientsDb, tables: Iterable<string>): Table[] {
  const scope: Table[] = [];
  for (const name of new Set(tables)) {
    scope.push(db.table(name));
    if (isPaged(name)) scope.push(pagesOf(db, name) as unknown as Table);
  }
  return scope;
}

/** Cuts records into pages numbered from `firstPage`. */
export function toPages<T extends {id: string}>(table: PagedTable, records: readonly T[], firstPage = 0): Array<RecordPage<T>> {
  const field = PAGE_LAYOUT[table].keyField;
  const keyOf = (record: T) => (record as unknown as Record<string, string>)[field];
  const pages: Array<RecordPage<T>> = [];
  for (let start = 0; start < records.length; start += PAGE_SIZE) {
    const slice = records.slice(start, start + PAGE_SIZE);
    pages.push({page: firstPage + pages.length, ids: slice.map((r) => r.id), keys: slice.map(keyOf), records: slice});
  }
  return pages;
}

/**
 * Adds records as new pages (an import into an empty cache; should the record table hold one of
 * them already, that one wins on every read).
 */
export async function addPages<T extends {id: string}>(db: ClientsDb, table: PagedTable, records: readonly T[]): Promise<void> {
  const pages = pagesOf(db, table);
  const last = await pages.orderBy('page').lastKey();
  await pages.bulkPut(toPages(table, records, last === undefined ? 0 : Number(last) + 1) as Array<RecordPage<{id: string}>>);
}

async function pageHolding(db: ClientsDb, table: PagedTable, id: string): Promise<RecordPage<{id: string}> | undefined> {
  return pagesOf(db, table).where('ids').equals(id).first();
}

/**
 * Reads are started together, never one after awaiting another: a live query (Dexie's
 * `liveQuery`) only follows the reads made in its own async context, which an `await` of a
 * plain promise can lose.
 */
export function getRecord<T extends {id: string}>(db: ClientsDb, table: PagedTable, id: string): Promise<T | undefined> {
  return Promise.all([db.table<T, string>(table).get(id), pageHolding(db, table, id)]).then(
    ([record, page]) => record ?? (page?.records[page.ids.indexOf(id)] as T | undefined),
  );
}

export function getClient(db: ClientsDb, id: string): Promise<Client | undefined> {
  return getRecord<Client>(db, 'clients', id);
}

export function getContact(db: ClientsDb, id: string): Promise<Contact | undefined> {
  return getRecord<Contact>(db, 'contacts', id);
}

/** Records found in pages and in the record table, by id (the record table's wins). */
function merged<T extends {id: string}>(paged: Iterable<T>, loose: readonly T[]): T[] {
  const found = new Map<string, T>();
  for (const record of paged) found.set(record.id, record);
  for (const record of loose) found.set(record.id, record);
  return [...found.values()];
}

export async function contactsOf(db: ClientsDb, clientId: string): Promise<Contact[]> {
  const [loose, pages] = await Promise.all([
    db.contacts.where('clientId').equals(clientId).toArray(),
    db.contactPages.where('keys').equals(clientId).toArray(),
  ]);
  return merged(pages.flatMap((page) => page.records.filter((contact) => contact.clientId === clientId)), loose);
}

/** The clients whose code is `code` whatever its case. */
export async function clientsWithCode(db: ClientsDb, code: string): Promise<Client[]> {
  const folded = code.toLowerCase();
  const [loose, pages] = await Promise.all([
    db.clients.where('code').equalsIgnoreCase(code).toArray(),
    db.clientPages.where('keys').equalsIgnoreCase(code).toArray(),
  ]);
  return merged(pages.flatMap((page) => page.records.filter((client) => client.code.toLowerCase() === folded)), loose);
}

/** Every client code of the cache (for the next code of a numbering pattern). */
export async function clientCodes(db: ClientsDb): Promise<string[]> {
  const [loose, paged] = await Promise.all([db.clients.orderBy('code').keys(), db.clientPages.orderBy('keys').uniqueKeys()]);
  return [...(loose as string[]), ...(paged as string[])];
}

/**
 * Writes a record: out of its page when it is in one, into the record table. Must run in a
 * transaction holding `writeScope(db, [table])` (or outside any transaction).
 */
export async function putRecord(db: ClientsDb, table: string, record: object): Promise<void> {
  if (isPaged(table)) await takeOutOfPage(db, table, (record as {id: string}).id);
  await db.table(table).put(record);
}

/** Deletes a record wherever it is. Same transaction rule as `putRecord`. */
export async function deleteRecord(db: ClientsDb, table: string, key: string): Promise<void> {
  if (isPaged(table)) await takeOutOfPage(db, table, key);
  await db.table(table).delete(key);
}

/** Reads a record by key wherever it is (any table). */
export function readRecord<T>(db: ClientsDb, table: string, key: string): Promise<T | undefined> {
  return isPaged(table) ? (getRecord(db, table, key) as Promise<T | undefined>) : db.table<T, string>(table).get(key);
}

async function takeOutOfPage(db: ClientsDb, table: PagedTable, id: string): Promise<void> {
  const pages = pagesOf(db, table);
  const page = await pageHolding(db, table, id);
  if (!page) return;
  const at = page.ids.indexOf(id);
  if (page.ids.length === 1) return pages.delete(page.page);
  await pages.put({
    page: page.page,
    ids: page.ids.filter((_, i) => i !== at),
    keys: page.keys.filter((_, i) => i !== at),
    records: page.records.filter((_, i) => i !== at),
  });
}

/** Pages read per request while reading a whole table (some 1.3 ms of deserialising each). */
const PAGES_PER_READ = 4;
/** Records per request of the record table. */
const RECORDS_PER_READ = 500;

/** Pages an import is still adding (pages are added in ascending order, a table after the other). */
export interface PagesBeingWritten {
  /** True while `table` may still get pages. */
  writing(table: PagedTable): boolean;
  /** Resolves at the next transaction committed, or once nothing more is written. */
  nextWrite(): Promise<void>;
}

/**
 * Every record of a table, a few hundred per step: the pages (the next request asked for before
 * the current one is handed over; while `following` says pages are being added, those too),
 * then the record table. `check` may throw to stop.
 */
export async function* readAll<T extends {id: string}>(
  db: ClientsDb,
  table: PagedTable,
  check: () => void = () => undefined,
  following?: PagesBeingWritten,
): AsyncGenerator<T[]> {
  const pages = pagesOf(db, table) as unknown as Table<RecordPage<T>, number>;
  const loose = new Set(await db.table(table).toCollection().primaryKeys());
  const readPages = (after: number) => {
    const request = pages.where('page').above(after).limit(PAGES_PER_READ).toArray();
    request.catch(() => undefined); // asked for ahead: may fail after the reading stopped
    return request;
  };
  let after = -Infinity;
  // Whether the table was still being written when the pages were asked for: a short answer
  // then means "no more yet", not "no more".
  const ask = () => ({writing: !!following?.writing(table), pages: readPages(after)});
  let pending = ask();
  for (;;) {
    const batch = await pending.pages;
    check();
    if (batch.length) after = batch[batch.length - 1].page;
    const full = batch.length === PAGES_PER_READ;
    const {writing} = pending;
    if (full) pending = ask();
    for (const page of batch) yield loose.size ? page.records.filter((record) => !loose.has(record.id)) : page.records;
    if (full) continue;
    if (!writing) break;
    if (following!.writing(table)) await following!.nextWrite();
    check();
    pending = ask();
  }
  const records = db.table<T, string>(table);
  const readRecords = (after: string | undefined) => {
    const request = (after === undefined ? records.orderBy(':id') : records.where(':id').above(after)).limit(RECORDS_PER_READ).toArray();
    request.catch(() => undefined);
    return request;
  };
  let next = readRecords(undefined);
  for (;;) {
    const batch = await next;
    check();
    const more = batch.length === RECORDS_PER_READ;
    if (more) next = readRecords(batch[batch.length - 1].id);
    yield batch;
    if (!more) return;
  }
}

/** A client's records of a table with a `clientId` index (contacts wherever they are). */
export function recordsOfClient<T>(db: ClientsDb, table: string, clientId: string): Promise<T[]> {
  if (table === 'contacts') return contactsOf(db, clientId) as Promise<T[]>;
  return db.table<T, string>(table).where('clientId').equals(clientId).toArray();
}

/** How many records of a table the cache holds, wherever they are. */
export async function countRecords(db: ClientsDb, table: PagedTable): Promise<number> {
  const [loose, paged] = await Promise.all([db.table(table).count(), pagesOf(db, table).orderBy('ids').count()]);
  return loose + paged;
}
