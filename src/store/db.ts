import Dexie, {type Table} from 'dexie';
import type {
  Client,
  ClientDocument,
  Contact,
  Favourite,
  Note,
  ReferenceData,
  SalesSummary,
  ShippingAddress,
} from '../model/types.js';
import type {OutboxEntry} from './operations.js';

/** One line of the change log every cache write adds; other tabs follow it to stay live. */
export interface ChangeEntry {
  seq?: number;
  table: string;
  /** The changed key, or `*` when the whole table (or database) was replaced. */
  key: string;
}

export interface AttachmentBlob {
  id: string;
  noteId: string;
  blob: Blob;
}

/** A favourite as stored: keyed by `favouriteKey(userId, clientId)`. */
export interface FavouriteRow extends Favourite {
  key: string;
}

/**
 * Records stored together (see records.ts): `ids[i]` and `keys[i]` index `records[i]`; `keys`
 * holds a client's code or a contact's client id.
 */
export interface RecordPage<T> {
  page: number;
  ids: string[];
  keys: string[];
  records: T[];
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** The IndexedDB cache. Schema changes go through new Dexie versions, never edits of old ones. */
export class ClientsDb extends Dexie {
  clients!: Table<Client, string>;
  contacts!: Table<Contact, string>;
  addresses!: Table<ShippingAddress, string>;
  notes!: Table<Note, string>;
  attachments!: Table<AttachmentBlob, string>;
  documents!: Table<ClientDocument, string>;
  sales!: Table<SalesSummary, string>;
  favourites!: Table<FavouriteRow, string>;
  reference!: Table<{key: 'reference'; value: ReferenceData}, string>;
  outbox!: Table<OutboxEntry, number>;
  changes!: Table<ChangeEntry, number>;
  meta!: Table<MetaEntry, string>;
  clientPages!: Table<RecordPage<Client>, number>;
  contactPages!: Table<RecordPage<Contact>, number>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Dexie's query cache would not see what the import worker writes (outside Dexie).
    super(name, {cache: 'disabled', ...options});
    this.version(1).stores({
      clients: 'id, &code, updatedAt',
      contacts: 'id, clientId',
      addresses: 'id, clientId',
      notes: 'id, clientId, [clientId+category]',
      attachments: 'id, noteId',
      documents: 'id, clientId, [clientId+kind], contactId, addressId',
      sales: 'clientId',
      favourites: 'key, userId',
      reference: 'key',
      outbox: '++seq, state',
      changes: '++seq',
      meta: 'key',
    });
    // Imports store clients and contacts in pages (records.ts); what version 1 stored stays valid.
    this.version(2).stores({
      clientPages: 'page, *ids, *keys',
      contactPages: 'page, *ids, *keys',
    });
  }
}

/** Tables whose records the backend owns and the outbox sends. */
export type RecordTable = 'clients' | 'contacts' | 'addresses' | 'notes' | 'documents' | 'sales' | 'favourites';
