import type {ClientsAdapter, PullBatch} from '../adapters/adapter.js';
import type {ClientsDb} from './db.js';

const CHUNK = 2000;
const TABLES = ['clients', 'contacts', 'addresses', 'notes', 'documents', 'sales'] as const;

/**
 * Brings the cache up to date from the backend (delta sync from the stored cursor); the first tab
 * to get here does it, the others wait. The local adapter's database is the cache itself: once
 * seeded, there is nothing to pull.
 */
export async function pullIfNeeded(db: ClientsDb, adapter: ClientsAdapter): Promise<void> {
  const run = async () => {
    let cursor = ((await db.meta.get('cursor'))?.value as string | undefined) ?? null;
    if (cursor !== null && adapter.kind === 'local') return;
    let batch: PullBatch;
    do {
      batch = await adapter.pull(cursor);
      await applyPull(db, batch);
      cursor = batch.cursor;
    } while (batch.hasMore);
  };
  const locks = globalThis.navigator?.locks;
  if (locks) await locks.request(`interop-clients-pull:${db.name}`, run);
  else await run();
}

async function applyPull(db: ClientsDb, batch: PullBatch): Promise<void> {
  for (const name of TABLES) {
    const records = batch[name] ?? [];
    for (let i = 0; i < records.length; i += CHUNK) {
      // Chunks keep each IndexedDB request short; the change log says what moved.
      await db.transaction('rw', db.table(name), db.changes, async () => {
        await db.table(name).bulkPut(records.slice(i, i + CHUNK));
      });
    }
  }
  await db.transaction('rw', [db.reference, db.meta, db.changes, ...TABLES.map((t) => db.table(t))], async () => {
    for (const {table, key} of batch.deleted ?? []) await db.table(table).delete(key);
    if (batch.reference) await db.reference.put({key: 'reference', value: batch.reference});
    await db.meta.put({key: 'cursor', value: batch.cursor});
    await db.changes.add({table: '*', key: '*'});
  });
}
