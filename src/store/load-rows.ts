import type {Table} from 'dexie';
import {prepareClientQueries} from '../model/client-query.js';
import {toClientRow, type ClientRow} from '../model/client-row.js';
import {nextTask, SLICE_MS} from '../model/sliced-work.js';
import type {Contact} from '../model/types.js';
import type {ClientsDb} from './db.js';

/**
 * Records per IndexedDB request while loading the list: reading 100,000 clients in one request
 * holds the main thread for a second (the records are deserialised when the answer comes).
 */
const PAGE = 500;

export interface LoadedRows {
  rows: ClientRow[];
  /** Position of each client's row, by id. */
  index: Map<string, number>;
}

/**
 * Every client as a list row: read a page at a time (the next page is asked for before the
 * current one is turned into rows), built in slices that give the page back every few
 * milliseconds, then with the list's sort ranks and search index prepared (also in slices).
 * Stops with an AbortError as soon as `wanted()` turns false.
 */
export async function loadRows(db: ClientsDb, wanted: () => boolean = () => true): Promise<LoadedRows> {
  const controller = new AbortController();
  const check = () => {
    if (!wanted()) controller.abort();
    controller.signal.throwIfAborted();
  };
  const contactsByClient = new Map<string, Contact[]>();
  for await (const page of readPages(db.contacts, check)) {
    for (const contact of page) {
      const list = contactsByClient.get(contact.clientId);
      if (list) list.push(contact);
      else contactsByClient.set(contact.clientId, [contact]);
    }
  }
  const rows: ClientRow[] = [];
  const index = new Map<string, number>();
  let deadline = performance.now() + SLICE_MS;
  for await (const page of readPages(db.clients, check)) {
    for (const client of page) {
      index.set(client.id, rows.length);
      rows.push(toClientRow(client, contactsByClient.get(client.id)));
      if (performance.now() >= deadline) {
        await nextTask();
        check();
        deadline = performance.now() + SLICE_MS;
      }
    }
  }
  const watch = setInterval(() => !wanted() && controller.abort(), 50);
  try {
    await prepareClientQueries(rows, {signal: controller.signal});
  } finally {
    clearInterval(watch);
  }
  return {rows, index};
}

/** A table's records in primary-key order, a page per request, the next one asked for ahead. */
async function* readPages<T extends {id: string}>(table: Table<T, string>, check: () => void): AsyncGenerator<T[]> {
  const read = (after: string | undefined) => {
    const request = (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(PAGE).toArray();
    request.catch(() => undefined); // a page asked for ahead may fail after the reading stopped
    return request;
  };
  let pending = read(undefined);
  for (;;) {
    const page = await pending;
    check();
    const more = page.length === PAGE;
    if (more) pending = read(page[page.length - 1].id);
    yield page;
    if (!more) return;
  }
}
