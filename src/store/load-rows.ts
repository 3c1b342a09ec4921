import {prepareFirstView} from '../model/client-query.js';
import {toClientRow, type ClientRow} from '../model/client-row.js';
import {nextTask, SLICE_MS} from '../model/sliced-work.js';
import type {Client, Contact} from '../model/types.js';
import type {ClientsDb} from './db.js';
import {readAll, type PagedTable, type PagesBeingWritten} from './records.js';

export interface LoadedRows {
  rows: ClientRow[];
  /** Position of each client's row, by id. */
  index: Map<string, number>;
}

/**
 * Every client as a list row: read a few hundred at a time (the next ones are asked for before
 * the current ones are turned into rows), built in slices that give the page back every few
 * milliseconds, then with what the list's first view needs prepared (also in slices; the search
 * index and the other sort ranks are the store's to prepare next).
 * While an import writes (`following`), the rows are built from its pages as they are written.
 * Stops with an AbortError as soon as `wanted()` turns false.
 */
export async function loadRows(db: ClientsDb, wanted: () => boolean = () => true, following?: PagesBeingWritten): Promise<LoadedRows> {
  const controller = new AbortController();
  const check = () => {
    if (!wanted()) controller.abort();
    controller.signal.throwIfAborted();
  };
  // A record edited while the pages are read (it leaves its page for the record table, read
  // last) comes twice: the later one is the newer.
  const contactsByClient = new Map<string, Map<string, Contact>>();
  for await (const page of readAll<Contact>(db, 'contacts', check, following)) {
    for (const contact of page) {
      const contacts = contactsByClient.get(contact.clientId);
      if (contacts) contacts.set(contact.id, contact);
      else contactsByClient.set(contact.clientId, new Map([[contact.id, contact]]));
    }
  }
  const rows: ClientRow[] = [];
  const index = new Map<string, number>();
  let deadline = performance.now() + SLICE_MS;
  for await (const page of readAll<Client>(db, 'clients', check, following)) {
    for (const client of page) {
      const contacts = contactsByClient.get(client.id);
      const row = toClientRow(client, contacts && [...contacts.values()]);
      const at = index.get(client.id);
      if (at === undefined) {
        index.set(client.id, rows.length);
        rows.push(row);
      } else rows[at] = row;
      if (performance.now() >= deadline) {
        await nextTask();
        check();
        deadline = performance.now() + SLICE_MS;
      }
    }
  }
  const watch = setInterval(() => !wanted() && controller.abort(), 50);
  try {
    await prepareFirstView(rows, {signal: controller.signal});
  } finally {
    clearInterval(watch);
  }
  return {rows, index};
}

/** Follows an import's writes (the pull's hooks) for `loadRows`. */
export class ImportFollower implements PagesBeingWritten {
  private readonly complete = new Set<string>();
  private started = false;
  private ended = false;
  private wake: () => void = () => undefined;
  private tick = this.nextTick();

  get following(): boolean {
    return this.started && !this.ended;
  }

  /** The import starts writing. */
  begin(): void {
    this.started = true;
  }

  /** A transaction of the import committed records of `table`. */
  written(table: string, complete: boolean): void {
    if (complete) this.complete.add(table);
    this.fire();
  }

  /** The import ended (or failed): nothing more is written. */
  end(): void {
    this.ended = true;
    this.fire();
  }

  writing(table: PagedTable): boolean {
    return this.following && !this.complete.has(table);
  }

  nextWrite(): Promise<void> {
    return this.ended ? Promise.resolve() : this.tick;
  }

  private fire(): void {
    const wake = this.wake;
    this.tick = this.nextTick();
    wake();
  }

  private nextTick(): Promise<void> {
    return new Promise<void>((resolve) => (this.wake = resolve));
  }
}
