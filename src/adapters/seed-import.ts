import Dexie, {RangeSet} from 'dexie';
import {AdapterError, type PullBatch} from './adapter.js';
import {parseSeedBundle} from './seed.js';
import type {ClientsDb} from '../store/db.js';
import type {ReferenceData} from '../model/types.js';

/**
 * A first import off the main thread: a worker fetches the seed bundle, parses it (100,000
 * clients are some 100 MB of JSON: a second or two of parsing) and writes its records straight
 * into the cache's IndexedDB database, so that the page stays responsive all along. The page
 * only gets the reference data and progress.
 *
 * The worker is made from a Blob URL of a self-contained function (no import, no bundler
 * support needed): the standalone bundle stays one file. Where workers cannot start (a Content
 * Security Policy without `blob:` in `worker-src`), `startSeedImport` resolves to `undefined` and
 * the adapter loads the bundle on the page.
 */

/** Records a pull batch does not carry: the adapter writes them into the cache itself. */
export interface CacheImport {
  /** How many records will be written. */
  total: number;
  /**
   * Writes the records: the essential tables first (then `essentialsWritten`), then the others,
   * a table after the other in `tables` order, pages in ascending order; `progress` after each
   * transaction committed. Records already in the database are replaced.
   */
  write(db: ClientsDb, hooks: WriteHooks): Promise<void>;
}

export interface WriteHooks {
  /** The tables whose records go into pages of `pageSize` records (store/records.ts), and how. */
  pages: Readonly<Record<string, {readonly store: string; readonly keyField: string}>>;
  pageSize: number;
  essentialTables: readonly string[];
  tables: readonly string[];
  /** `done` records written in all; `table` got some (and is `complete`). */
  progress: (done: number, table: string, complete: boolean) => void;
  essentialsWritten: () => void;
}

export type ImportingPullBatch = PullBatch & {import?: CacheImport};

/**
 * Records per IndexedDB transaction in the worker. Each transaction costs some milliseconds of
 * its own; records stored in pages are cheap, so they go 10,000 at a time.
 */
const WORKER_CHUNK = 2000;
const WORKER_PAGED_CHUNK = 10_000;

type FromWorker =
  | {type: 'parsed'; reference: unknown; counts: Record<string, number>}
  | {type: 'progress'; done: number; table: string; complete: boolean}
  | {type: 'essentials'}
  | {type: 'done'}
  | {type: 'error'; kind: 'network' | 'not-found' | 'validation' | 'server'; message: string};

/**
 * Starts fetching and parsing the bundle at `url` in a worker. Resolves to the pull batch (the
 * reference data, and an import that writes the records) once the bundle is parsed and checked;
 * rejects with an AdapterError as the page's own loading would; resolves to `undefined` when no
 * worker can run here.
 */
export async function startSeedImport(url: string | URL, signal?: AbortSignal): Promise<ImportingPullBatch | undefined> {
  const worker = createWorker();
  if (!worker) return undefined;
  const label = String(url);
  const listeners = new Set<(message: FromWorker) => void>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    worker.terminate();
    for (const listener of listeners) listener({type: 'error', kind: 'server', message: error.message});
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    for (const listener of [...listeners]) listener(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new Error(event.message || 'the seed worker stopped'));
  };
  signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError')), {once: true});
  const next = <T extends FromWorker['type']>(wanted: T[], onProgress?: WriteHooks['progress']) =>
    new Promise<Extract<FromWorker, {type: T}>>((resolve, reject) => {
      const listener = (message: FromWorker) => {
        if (message.type === 'progress' && onProgress) return onProgress(message.done, message.table, message.complete);
        if (message.type === 'error') {
          listeners.delete(listener);
          worker.terminate();
          reject(failure ?? new AdapterError(message.kind, `${label}: ${message.message}`));
        } else if ((wanted as string[]).includes(message.type)) {
          listeners.delete(listener);
          resolve(message as Extract<FromWorker, {type: T}>);
        }
      };
      listeners.add(listener);
    });

  const parsed = next(['parsed']);
  worker.postMessage({type: 'load', url: new URL(url, globalThis.location?.href).href});
  let started: FromWorker & {type: 'parsed'};
  try {
    started = await parsed;
  } catch (error) {
    // A worker that could not even start (blocked by a policy): load on the page instead.
    if (!(error instanceof AdapterError) && !signal?.aborted) return undefined;
    throw error;
  }
  let reference: ReferenceData;
  try {
    reference = parseSeedBundle({reference: started.reference ?? undefined}).reference;
  } catch (error) {
    worker.terminate();
    throw new AdapterError('validation', `${label}: ${(error as Error).message}`);
  }
  const total = Object.values(started.counts).reduce((sum, count) => sum + count, 0);
  return {
    reference,
    cursor: 'seed',
    hasMore: false,
    import: {
      total,
      async write(db, hooks) {
        // Live queries (an open client file) learn of each table's records as they are committed.
        const done = next(['done'], (count, table, complete) => {
          notifyWritten(db, [table, hooks.pages[table]?.store ?? table]);
          hooks.progress(count, table, complete);
        });
        const essentials = next(['essentials']).then(hooks.essentialsWritten, () => undefined);
        const {pages, pageSize, essentialTables, tables} = hooks;
        worker.postMessage({type: 'write', dbName: db.name, pages, pageSize, essentialTables, tables, chunk: WORKER_CHUNK, pagedChunk: WORKER_PAGED_CHUNK});
        try {
          await done;
          await essentials;
        } finally {
          worker.terminate();
          // Dexie did not see these writes: tell this tab's and other tabs' live queries.
          notifyWritten(db, [...hooks.tables, ...Object.values(hooks.pages).map((layout) => layout.store)]);
        }
      },
    },
  };
}

function createWorker(): Worker | undefined {
  if (typeof Worker !== 'function' || typeof Blob !== 'function' || typeof URL.createObjectURL !== 'function') return undefined;
  const source = `(${seedWorker.toString()})();`;
  const url = URL.createObjectURL(new Blob([source], {type: 'text/javascript'}));
  try {
    return new Worker(url, {name: 'interop-clients seed import'});
  } catch {
    return undefined;
  } finally {
    // The worker has fetched its script by the time it runs a line; revoking later is enough.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Marks every record of the tables as changed for Dexie's live queries (as Dexie does when it creates a database). */
function notifyWritten(db: ClientsDb, tables: readonly string[]): void {
  const everything: Record<string, RangeSet> = {};
  for (const table of db.tables) {
    if (!tables.includes(table.name)) continue;
    const all = () => new RangeSet(-Infinity, [[[]]]);
    for (const index of table.schema.indexes) if (index.name) everything[`idb://${db.name}/${table.name}/${index.name}`] = all();
    everything[`idb://${db.name}/${table.name}/`] = all();
  }
  Dexie.on.storagemutated.fire(everything);
}

/**
 * The worker's whole program. Self-contained on purpose: it runs from its source text, without
 * the module around it. Checks the bundle as `parseSeedBundle` (seed.ts) does.
 */
function seedWorker(): void {
  type Post = (message: unknown) => void;
  const scope = self as unknown as {onmessage: ((event: MessageEvent) => void) | null; postMessage: Post};
  const post: Post = (message) => scope.postMessage(message);
  let bundle: Record<string, unknown> | undefined;
  const ARRAYS = ['clients', 'contacts', 'addresses', 'notes', 'documents', 'sales'];

  const load = async (url: string) => {
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      return post({type: 'error', kind: 'network', message: (error as Error).message});
    }
    if (!response.ok) return post({type: 'error', kind: 'not-found', message: `HTTP ${response.status}`});
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      return post({type: 'error', kind: 'validation', message: 'not valid JSON'});
    }
    if (!data || typeof data !== 'object') return post({type: 'error', kind: 'validation', message: 'the seed bundle is not a JSON object'});
    const candidate = data as Record<string, unknown>;
    for (const key of ARRAYS) {
      if (candidate[key] !== undefined && !Array.isArray(candidate[key])) return post({type: 'error', kind: 'validation', message: `"${key}" must be an array`});
    }
    for (const client of (candidate.clients as Array<Record<string, unknown>> | undefined) ?? []) {
      if (!client || typeof client.id !== 'string' || typeof client.code !== 'string' || typeof client.name !== 'string') {
        return post({type: 'error', kind: 'validation', message: `a client lacks id, code or name: ${JSON.stringify(client).slice(0, 120)}`});
      }
    }
    bundle = candidate;
    const counts: Record<string, number> = {};
    for (const key of ARRAYS) counts[key] = ((candidate[key] as unknown[] | undefined) ?? []).length;
    post({type: 'parsed', reference: candidate.reference ?? null, counts});
  };

  type Layout = Record<string, {store: string; keyField: string}>;
  /** Paged tables' records as pages (store/records.ts toPages), other tables' as they are. */
  const valuesOf = (table: string, records: Array<Record<string, unknown>>, layout: Layout, pageSize: number) => {
    const paged = layout[table];
    if (!paged) return {store: table, values: records as unknown[], counts: records.map(() => 1)};
    const values: unknown[] = [];
    const counts: number[] = [];
    for (let start = 0; start < records.length; start += pageSize) {
      const slice = records.slice(start, start + pageSize);
      values.push({page: values.length, ids: slice.map((r) => r.id), keys: slice.map((r) => r[paged.keyField]), records: slice});
      counts.push(slice.length);
    }
    return {store: paged.store, values, counts};
  };

  const write = async (dbName: string, layout: Layout, pageSize: number, essentialTables: string[], tables: string[], chunk: number, pagedChunk: number) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      // The page created the database; an upgrade here means it is not the one expected.
      request.onupgradeneeded = () => request.transaction?.abort();
    });
    let done = 0;
    try {
      for (const table of tables) {
        const records = ((bundle?.[table] as Array<Record<string, unknown>> | undefined) ?? []);
        const {store: storeName, values, counts} = valuesOf(table, records, layout, pageSize);
        const step = layout[table] ? Math.max(1, Math.floor(pagedChunk / pageSize)) : chunk;
        if (!values.length) post({type: 'progress', done, table, complete: true});
        for (let start = 0; start < values.length; start += step) {
          const end = Math.min(start + step, values.length);
          await new Promise<void>((resolve, reject) => {
            const transaction = db.transaction(storeName, 'readwrite', {durability: 'relaxed'});
            const store = transaction.objectStore(storeName);
            for (let i = start; i < end; i++) store.put(values[i]);
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
            transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
          });
          for (let i = start; i < end; i++) done += counts[i];
          post({type: 'progress', done, table, complete: end === values.length});
        }
        if (table === essentialTables[essentialTables.length - 1]) post({type: 'essentials'});
      }
      post({type: 'done'});
    } finally {
      db.close();
      bundle = undefined;
    }
  };

  scope.onmessage = (event: MessageEvent) => {
    const message = event.data as {type: string; url: string; dbName: string; pages: Layout; pageSize: number; essentialTables: string[]; tables: string[]; chunk: number; pagedChunk: number};
    const run = message.type === 'load' ? load(message.url) : write(message.dbName, message.pages, message.pageSize, message.essentialTables, message.tables, message.chunk, message.pagedChunk);
    run.catch((error: unknown) => post({type: 'error', kind: 'server', message: error instanceof Error ? error.message : String(error)}));
  };
}
