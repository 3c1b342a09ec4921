import {prepareClientQueries} from '../model/client-query.js';
import {toClientRow, type ClientRow} from '../model/client-row.js';
import {nextTask, SLICE_MS} from '../model/sliced-work.js';
import type {Client, Contact} from '../model/types.js';
import type {ClientsDb} from './db.js';
import {readAll} from './records.js';

export interface LoadedRows {
  rows: ClientRow[];
  /** Position of each client's row, by id. */
  index: Map<string, number>;
}

/**
 * Every client as a list row: read a few hundred at a time (the next ones are asked for before
 * the current ones are turned into rows), built in slices that give the page back every few
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
  for await (const page of readAll<Contact>(db, 'contacts', check)) {
    for (const contact of page) {
      const list = contactsByClient.get(contact.clientId);
      if (list) list.push(contact);
      else contactsByClient.set(contact.clientId, [contact]);
    }
  }
  const rows: ClientRow[] = [];
  const index = new Map<string, number>();
  let deadline = performance.now() + SLICE_MS;
  for await (const page of readAll<Client>(db, 'clients', check)) {
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
