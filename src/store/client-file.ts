import type {Client, ClientDocument, Contact, Note, SalesSummary, ShippingAddress} from '../model/types.js';
import type {ClientsDb} from './db.js';
import {contactsOf, getClient} from './records.js';

/** Everything the client file shows of one client. */
export interface ClientFile {
  client: Client;
  contacts: Contact[];
  addresses: ShippingAddress[];
  documents: ClientDocument[];
  notes: Note[];
  sales: SalesSummary | undefined;
}

/** Every read is started at once (see records.ts: live queries follow them all). */
export async function readClientFile(db: ClientsDb, clientId: string): Promise<ClientFile | undefined> {
  const [client, contacts, addresses, documents, notes, sales] = await Promise.all([
    getClient(db, clientId),
    contactsOf(db, clientId),
    db.addresses.where('clientId').equals(clientId).toArray(),
    db.documents.where('clientId').equals(clientId).toArray(),
    db.notes.where('clientId').equals(clientId).toArray(),
    db.sales.get(clientId),
  ]);
  return client && {client, contacts, addresses, documents, notes, sales};
}
