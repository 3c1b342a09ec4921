import {clientStatus, type ClientStatus} from './status.js';
import {searchTextOf} from './fold.js';
import type {Client, Contact, Language} from './types.js';

/**
 * What the client list needs of a client, computed once per change so that search and sort over
 * a large base touch only flat values.
 */
export interface ClientRow {
  id: string;
  code: string;
  name: string;
  phone: string;
  city: string;
  sectorId: string;
  repId: string;
  language: Language;
  status: ClientStatus;
  active: boolean;
  /** False when the client has changes the accounting system has not received. */
  accountingSynced: boolean;
  /** Folded text search looks in (code, name, city, contact names, phone digits). */
  searchText: string;
}

export function toClientRow(client: Client, contacts: ReadonlyArray<Pick<Contact, 'firstName' | 'lastName'>> = []): ClientRow {
  const contactNames = contacts.map((c) => `${c.firstName} ${c.lastName}`);
  return {
    id: client.id,
    code: client.code,
    name: client.name,
    phone: client.phone ?? '',
    city: client.address?.city ?? '',
    sectorId: client.sectorId ?? '',
    repId: client.repId ?? '',
    language: client.language,
    status: clientStatus(client),
    active: client.active,
    accountingSynced: client.accountingSync?.state === 'synced',
    searchText: searchTextOf([client.code, client.name, client.address?.city, ...contactNames], [client.phone]),
  };
}
