import {clientStatus, type ClientStatus} from './status.js';
import {fold, joinedForms, searchTextOf} from './fold.js';
import {addressKey, companyNameKeyOfFolded, phoneKey} from './duplicates.js';
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
  /** The client billed instead of this one (`''`: none), for the bill-to loop check. */
  billToClientId: string;
  /** Duplicate check: the company name without case, accents, punctuation, legal form (`companyNameKey`). */
  nameKey: string;
  /** Duplicate check: the phone's digits (`phoneKey`). */
  phoneKey: string;
  /** Duplicate check: civic number + postal code (`addressKey`). */
  addressKey: string;
}

export function toClientRow(client: Client, contacts: ReadonlyArray<Pick<Contact, 'firstName' | 'lastName'>> = []): ClientRow {
  const contactNames = contacts.map((c) => `${c.firstName} ${c.lastName}`);
  // Folding is the costly part over 100,000 clients: the name is folded once for search and duplicates.
  const name = fold(client.name);
  // The code also without its separators, so that `c0003` finds C-0003; the name's word-number
  // joins too ("Québec-2000"): `quebec-2000` is searched as one term.
  const compactCode = client.code.replace(/[^\p{L}\p{N}]+/gu, '');
  const others = searchTextOf([client.code, compactCode, client.address?.city, ...contactNames, ...joinedForms(client.name)], [client.phone]);
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
    // join, not `+`: a flat string, so that the first search does not pay for flattening it.
    searchText: name ? [others, name, ' '].join('') : others,
    billToClientId: client.billToClientId ?? '',
    nameKey: companyNameKeyOfFolded(name),
    phoneKey: phoneKey(client.phone),
    addressKey: addressKey(client.address),
  };
}
