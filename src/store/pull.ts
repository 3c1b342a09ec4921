import type {ClientsAdapter, PullBatch} from '../adapters/adapter.js';
import type {ImportingPullBatch} from '../adapters/seed-import.js';
import type {ClientsDb} from './db.js';
import {addPages, deleteRecord, isPaged, PAGE_LAYOUT, PAGE_SIZE, putRecord, writeScope} from './records.js';

/** Records per IndexedDB transaction. */
const CHUNK = 2000;
/**
 * Records per request inside a transaction: a put costs the page some 20–60 µs (serialising the
 * record), so that one request of 2,000 records would hold the main thread for tens of
 * milliseconds; between two requests the page handles input and renders.
 */
const STEP = 250;
/**
 * What the list needs: written first, so that the list can show while the rest arrives. Contacts
 * before clients: the list's rows need a client's contacts, and can be built while the clients
 * are written.
 */
const ESSENTIAL_TABLES = ['contacts', 'clients'] as const;
const HISTORY_TABLES = ['addresses', 'notes', 'documents', 'sales'] as const;
const TABLES = [...ESSENTIAL_TABLES, ...HISTORY_TABLES];

/** Records written into the cache so far, out of those the pull brought. */
export interface LoadProgress {
  done: number;
  total: number;
}

export interface PullHooks {
  /** The clients, their contacts and the reference data are in the cache: the list can show. */
  essentialsWritten?: () => void;
  progress?: (progress: LoadProgress) => void;
  /**
   * An import fills the empty cache: clients and contacts are added as pages, in order, a table
   * after the other (`ESSENTIAL_TABLES` order); `written` tells of each transaction committed.
   */
  filling?: () => void;
  written?: (table: string, complete: boolean) => void;
}

/**
 * Brings the cache up to date from the backend (delta sync from the stored cursor); the first tab
 * to get here does it, the others wait. The local adapter's database is the cache itself: once
 * seeded, there is nothing to pull. The cursor is stored last, so an import cut short (a reload)
 * starts again.
 */
export async function pullIfNeeded(db: ClientsDb, adapter: ClientsAdapter, hooks: PullHooks = {}): Promise<void> {
  const run = async () => {
    let cursor = ((await db.meta.get('cursor'))?.value as string | undefined) ?? null;
    if (cursor !== null && adapter.kind === 'local') return;
    // A first download fills the cache: its clients and contacts go into pages (records.ts).
    const filling = cursor === null;
    let batch: PullBatch;
    do {
      batch = await adapter.pull(cursor);
      await applyPull(db, batch, hooks, filling);
      cursor = batch.cursor;
    } while (batch.hasMore);
  };
  const locks = globalThis.navigator?.locks;
  if (locks) await locks.request(`interop-clients-pull:${db.name}`, run);
  else await run();
}

/**
 * Writes a batch: reference data, clients and contacts, deletions, a change-log line (the list
 * reloads once, now), then the history; the cursor last. A batch with an `import` (the local
 * adapter's seed, parsed and written by a worker) writes its records itself.
 */
async function applyPull(db: ClientsDb, batch: ImportingPullBatch, hooks: PullHooks, filling: boolean): Promise<void> {
  if (batch.reference) await db.reference.put({key: 'reference', value: batch.reference});
  const essentialsDone = async () => {
    await db.transaction('rw', [db.changes, ...writeScope(db, TABLES)], async () => {
      for (const {table, key} of batch.deleted ?? []) await deleteRecord(db, table, key);
      await db.changes.add({table: '*', key: '*'});
    });
    hooks.essentialsWritten?.();
  };

  if (batch.import) {
    const total = batch.import.total;
    let essentials: Promise<void> | undefined;
    hooks.filling?.();
    hooks.progress?.({done: 0, total});
    await batch.import.write(db, {
      pages: PAGE_LAYOUT,
      pageSize: PAGE_SIZE,
      essentialTables: ESSENTIAL_TABLES,
      tables: TABLES,
      progress: (done, table, complete) => {
        hooks.progress?.({done, total});
        hooks.written?.(table, complete);
      },
      essentialsWritten: () => {
        essentials = essentialsDone();
        essentials.catch(() => undefined); // awaited below
      },
    });
    await (essentials ?? essentialsDone());
  } else {
    const total = TABLES.reduce((sum, name) => sum + (batch[name]?.length ?? 0), 0);
    let done = 0;
    const write = async (name: (typeof TABLES)[number]) => {
      const records: readonly object[] = batch[name] ?? [];
      for (let i = 0; i < records.length; i += CHUNK) {
        // Chunks keep each transaction short; the change log says what moved.
        const chunk = records.slice(i, i + CHUNK);
        await db.transaction('rw', writeScope(db, [name]), async () => {
          for (let j = 0; j < chunk.length; j += STEP) {
            const step = chunk.slice(j, j + STEP);
            if (!isPaged(name)) await db.table(name).bulkPut(step);
            else if (filling) await addPages(db, name, step as Array<{id: string}>);
            else for (const record of step) await putRecord(db, name, record);
          }
        });
        done += chunk.length;
        hooks.progress?.({done, total});
      }
    };
    for (const name of ESSENTIAL_TABLES) await write(name);
    await essentialsDone();
    for (const name of HISTORY_TABLES) await write(name);
  }
  await db.meta.put({key: 'cursor', value: batch.cursor});
}
