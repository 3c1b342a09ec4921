import {collatorFor} from './collate.js';
import {DOCUMENT_KINDS, type ClientDocument, type DocumentKind, type Note} from './types.js';

/** A client's documents by kind, each list newest first. */
export type DocumentsByKind = Record<DocumentKind, ClientDocument[]>;

/**
 * Newest first: by date, then by number (numeric collation, so `PF-0013` precedes `PF-0011`
 * on the same day), then by id so that the order is stable.
 */
export function compareNewestFirst(a: ClientDocument, b: ClientDocument): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return collatorFor('fr-CA').compare(b.number, a.number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Groups documents by kind (every kind present, possibly empty), each group newest first. */
export function groupDocuments(documents: readonly ClientDocument[]): DocumentsByKind {
  const groups = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, [] as ClientDocument[]])) as DocumentsByKind;
  for (const doc of documents) groups[doc.kind]?.push(doc);
  for (const kind of DOCUMENT_KINDS) groups[kind].sort(compareNewestFirst);
  return groups;
}

/** A copy of the notes, newest first. */
export function notesNewestFirst(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => (a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1));
}
