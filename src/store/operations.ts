import type {RecordTable} from './db.js';

/** A change waiting in the outbox to be sent to the backend. */
export type StoreOperation =
  | {type: 'put'; table: RecordTable; key: string; record: object; before: object | null}
  | {type: 'delete'; table: RecordTable; key: string; before: object | null};

export interface OutboxEntry {
  seq?: number;
  op: StoreOperation;
  createdAt: string;
  attempts: number;
  /** Epoch ms before which the sender leaves the entry alone (backoff). */
  nextAttemptAt: number;
  state: 'pending' | 'conflict';
  lastError?: string;
}

/** The key of a user's favourite. */
export function favouriteKey(userId: string, clientId: string): string {
  return `${userId}|${clientId}`;
}
