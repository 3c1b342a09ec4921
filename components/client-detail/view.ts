import {collatorFor} from '../../src/model/collate.js';
import {groupDocuments, notesNewestFirst, type DocumentsByKind} from '../../src/model/documents.js';
import {clientStatus, type ClientStatus} from '../../src/model/status.js';
import type {Contact, Note, ShippingAddress} from '../../src/model/types.js';
import type {ClientFile} from '../../src/store/client-store.js';
import type {Locale} from '../../src/i18n/translate.js';

/** The history tabs, in display order. */
export const HISTORY_TABS = ['quotes', 'jobs', 'shipments', 'invoices', 'notes'] as const;
export type HistoryTab = (typeof HISTORY_TABS)[number];

/** What the client file shows, derived from the stored file (never stored itself). */
export interface ClientFileView {
  file: ClientFile;
  status: ClientStatus;
  currency: string;
  /** Default contact first, then by name. */
  contacts: Contact[];
  /** Principal address first, then by company name and city. */
  addresses: ShippingAddress[];
  documents: DocumentsByKind;
  notes: Note[];
}

const contactName = (c: Contact) => `${c.firstName} ${c.lastName}`.trim();

export function deriveView(file: ClientFile, locale: Locale): ClientFileView {
  const collator = collatorFor(locale);
  const contacts = [...file.contacts].sort(
    (a, b) => Number(b.isDefault) - Number(a.isDefault) || collator.compare(contactName(a), contactName(b)),
  );
  const addresses = [...file.addresses].sort(
    (a, b) =>
      Number(b.principal) - Number(a.principal) ||
      collator.compare(a.companyName || file.client.name, b.companyName || file.client.name) ||
      collator.compare(a.city, b.city),
  );
  return {
    file,
    status: clientStatus(file.client),
    currency: file.client.accounting?.currency || 'CAD',
    contacts,
    addresses,
    documents: groupDocuments(file.documents),
    notes: notesNewestFirst(file.notes),
  };
}

/** How many rows each history tab lists. */
export function tabCount(view: ClientFileView, tab: HistoryTab): number {
  switch (tab) {
    case 'quotes':
      return view.documents.quote.length;
    case 'jobs':
      return view.documents.job.length;
    case 'shipments':
      return view.documents.shipment.length;
    case 'invoices':
      return view.documents.invoice.length;
    case 'notes':
      return view.notes.length;
  }
}

/** Remembers the last result of `fn`, recomputed only when an argument changes (by identity). */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: {args: A; result: R} | undefined;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => !Object.is(arg, last!.args[i]))) {
      last = {args, result: fn(...args)};
    }
    return last.result;
  };
}
