import type {ClientsAdapter} from '../adapters/adapter.js';
import {AdapterError} from '../adapters/adapter.js';
import type {ClientsDb} from './db.js';
import type {OutboxEntry, StoreOperation} from './operations.js';
import {deleteRecord, putRecord, readRecord, writeScope} from './records.js';

/** What happened to an operation the sender could not deliver as is. */
export type Rejection =
  | {kind: 'rejected'; op: StoreOperation; message: string; fieldErrors: Record<string, string>}
  | {kind: 'conflict'; op: StoreOperation; message: string; current?: object};

export interface OutboxSenderHooks {
  /** Writes the backend's version of a record into the cache (unless edited again meanwhile). */
  accepted(entry: OutboxEntry, record: object | undefined): Promise<void>;
  /** Puts the cache back as it was before the operation. */
  rolledBack(entry: OutboxEntry, rejection: Rejection): Promise<void>;
  conflicted(entry: OutboxEntry, rejection: Rejection): void;
  /** The number of entries still waiting changed. */
  pendingChanged(count: number): void;
}

const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 5 * 60 * 1000;

/** Delay before the next try after `attempts` network failures: exponential, capped, jittered. */
export function backoffDelay(attempts: number, random = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.75 + random() * 0.5));
}

/**
 * Sends the persistent outbox in order. Only one tab sends (a Web Lock per database); entries
 * that failed on the network wait with backoff and are retried, also after a reload.
 */
export class OutboxSender {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;
  private disposed = false;
  private readonly onOnline = () => this.flush();

  constructor(
    private readonly db: ClientsDb,
    private readonly adapter: ClientsAdapter,
    private readonly hooks: OutboxSenderHooks,
  ) {
    globalThis.addEventListener?.('online', this.onOnline);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    globalThis.removeEventListener?.('online', this.onOnline);
  }

  /** Sends what can be sent now; safe to call often. */
  async flush(): Promise<void> {
    if (this.disposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.withLock(() => this.sendDue()).catch((error: unknown) => {
          if (!this.disposed) console.error('[interop-clients] the outbox could not be sent', error);
        });
      } while (this.again && !this.disposed);
    } finally {
      this.running = false;
    }
  }

  private async withLock(work: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return work();
    await locks.request(`interop-clients-outbox:${this.db.name}`, {ifAvailable: true}, async (lock) => {
      if (lock) await work();
      else this.schedule(BASE_DELAY_MS * 5);
    });
  }

  private async sendDue(): Promise<void> {
    const entries = await this.db.outbox.where('state').equals('pending').sortBy('seq');
    for (const entry of entries) {
      if (this.disposed) return;
      if (entry.nextAttemptAt > Date.now()) {
        this.schedule(entry.nextAttemptAt - Date.now());
        break; // keep the order: later entries may depend on this one
      }
      const delivered = await this.send(entry);
      if (!delivered) break;
    }
    this.hooks.pendingChanged(await this.db.outbox.count());
  }

  /** Returns false when sending must stop for now (network down). */
  private async send(entry: OutboxEntry): Promise<boolean> {
    try {
      const result = await this.adapter.push(entry.op);
      await this.hooks.accepted(entry, result.record);
      return true;
    } catch (error) {
      const failure = error instanceof AdapterError ? error : new AdapterError('network', String((error as Error)?.message ?? error));
      if (failure.retryable) {
        const attempts = entry.attempts + 1;
        const delay = backoffDelay(attempts);
        await this.db.outbox.update(entry.seq!, {attempts, nextAttemptAt: Date.now() + delay, lastError: failure.message});
        this.schedule(delay);
        return false;
      }
      if (failure.kind === 'conflict') {
        await this.db.outbox.update(entry.seq!, {state: 'conflict', lastError: failure.message});
        this.hooks.conflicted(entry, {kind: 'conflict', op: entry.op, message: failure.message, current: failure.current});
        return true;
      }
      await this.hooks.rolledBack(entry, {
        kind: 'rejected',
        op: entry.op,
        message: failure.message,
        fieldErrors: failure.fieldErrors,
      });
      return true;
    }
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, delay));
  }
}

/** Writes the backend's version of an accepted record into the cache, unless it was edited again meanwhile. */
export async function acceptInCache(db: ClientsDb, entry: OutboxEntry, record: object | undefined): Promise<void> {
  const {op} = entry;
  await db.transaction('rw', [...writeScope(db, [op.table]), db.outbox, db.changes], async () => {
    await db.outbox.delete(entry.seq!);
    if (op.type !== 'put' || !record) return;
    const current = await readRecord<object>(db, op.table, op.key);
    // Only when nobody edited the record again while it was on its way.
    if (current && sameUpdate(current, op.record)) {
      await putRecord(db, op.table, record);
      await db.changes.add({table: op.table, key: op.key});
    }
  });
}

/** Puts the cache back as it was before a refused operation. */
export async function rollBackInCache(db: ClientsDb, entry: OutboxEntry): Promise<void> {
  const {op} = entry;
  await db.transaction('rw', [...writeScope(db, [op.table]), db.outbox, db.changes], async () => {
    await db.outbox.delete(entry.seq!);
    if (op.before) await putRecord(db, op.table, op.before);
    else await deleteRecord(db, op.table, op.key);
    await db.changes.add({table: op.table, key: op.key});
  });
}

function sameUpdate(current: object, sent: object): boolean {
  return (current as {updatedAt?: string}).updatedAt === (sent as {updatedAt?: string}).updatedAt;
}
