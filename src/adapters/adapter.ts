import type {
  AccountingSync,
  Client,
  ClientDocument,
  Contact,
  Note,
  ReferenceData,
  SalesSummary,
  ShippingAddress,
} from '../model/types.js';
import type {StoreOperation} from '../store/operations.js';
import type {ClientsDb} from '../store/db.js';

/** Records the backend sends to bring the cache up to date. */
export interface PullBatch {
  clients?: Client[];
  contacts?: Contact[];
  addresses?: ShippingAddress[];
  notes?: Note[];
  documents?: ClientDocument[];
  sales?: SalesSummary[];
  reference?: ReferenceData;
  deleted?: Array<{table: 'clients' | 'contacts' | 'addresses' | 'notes' | 'documents'; key: string}>;
  /** Where the next pull starts (delta sync); `null` when the backend has no notion of it. */
  cursor: string | null;
  /** True when another pull with `cursor` returns more. */
  hasMore: boolean;
}

/** What the backend made of a sent operation: the record as it now stands there. */
export interface PushResult {
  record?: object;
}

export type AdapterErrorKind = 'network' | 'validation' | 'conflict' | 'forbidden' | 'not-found' | 'server';

/**
 * A failure of the backend, classified so that the store knows what to do: retry (`network`,
 * `server`), roll back and show the field errors (`validation`, `forbidden`, `not-found`), or ask
 * the user (`conflict`).
 */
export class AdapterError extends Error {
  constructor(
    readonly kind: AdapterErrorKind,
    message: string,
    /** Field errors by field name, in the user's language when the backend knows it. */
    readonly fieldErrors: Record<string, string> = {},
    /** The record as the backend has it, for conflicts. */
    readonly current?: object,
  ) {
    super(message);
    this.name = 'AdapterError';
  }

  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server';
  }
}

/**
 * The backend behind a ClientStore. The store owns the cache and the outbox; an adapter only
 * pulls records and pushes operations.
 */
export interface ClientsAdapter {
  /** `local` or `rest`. */
  readonly kind: string;
  /**
   * Records changed since `cursor` (`null`: everything). The local adapter answers the first
   * pull of an empty database with its seed bundle.
   */
  pull(cursor: string | null, signal?: AbortSignal): Promise<PullBatch>;
  /** Sends one operation; throws an AdapterError when it is not accepted. */
  push(op: StoreOperation, signal?: AbortSignal): Promise<PushResult>;
  /**
   * The accounting gateway: sends the client to the accounting system. Resolves to the new state
   * (`synced`, with the accounting id and time); throws an AdapterError `validation` whose
   * `fieldErrors` give the reasons (message keys or the system's words) when it is refused.
   * Absent when no accounting system is connected.
   */
  sendToAccounting?(client: Client, signal?: AbortSignal): Promise<AccountingSync>;
  /** The accounting gateway: the client's current balance ("Solde actuel"), same errors. */
  readBalance?(client: Client, signal?: AbortSignal): Promise<AccountingBalance>;
  /**
   * For an adapter whose database is the store's cache (the local adapter): the store hands the
   * cache over when it opens it.
   */
  attachCache?(db: ClientsDb): void;
}

/** A balance read from the accounting system. */
export interface AccountingBalance {
  balance: number;
  /** When it was read, ISO timestamp. */
  readAt: string;
}
