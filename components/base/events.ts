/** The events the module dispatches (all bubble and are composed). */
export interface InteropEventMap {
  /** A client was activated in the list (click, Enter). */
  'client-open': CustomEvent<{clientId: string}>;
  /** The user asked to create a client (the list's "Créer un client"). */
  'client-create-request': CustomEvent<Record<string, never>>;
  /** A client was saved. */
  'client-saved': CustomEvent<{clientId: string; created: boolean}>;
  /** A client was deleted. */
  'client-deleted': CustomEvent<{clientId: string}>;
  /** The user asked to create an invoice for the client (host's invoicing module). */
  'invoice-create-request': CustomEvent<{clientId: string}>;
  /**
   * "Imprimer" was clicked in the list; cancelable: `preventDefault()` stops the list's own print
   * and the host prints `detail.html` (the page of the list) its own way.
   */
  'list-print': CustomEvent<{html: string}>;
  /** The breadcrumb's "Clients" link was activated. */
  'client-list-request': CustomEvent<Record<string, never>>;
  /** The user asked to open a document of the client's history. */
  'document-open': CustomEvent<{clientId: string; documentId: string; kind: string; number: string}>;
  /** A contact was saved (created when `created`). */
  'contact-saved': CustomEvent<{clientId: string; contactId: string; created: boolean}>;
  /** A contact was deleted. */
  'contact-deleted': CustomEvent<{clientId: string; contactId: string}>;
  /** A shipping address was saved (created when `created`). */
  'address-saved': CustomEvent<{clientId: string; addressId: string; created: boolean}>;
  /** A shipping address was deleted. */
  'address-deleted': CustomEvent<{clientId: string; addressId: string}>;
  /** A note was saved (created, or its text or files changed). */
  'note-saved': CustomEvent<{clientId: string; noteId: string; created: boolean}>;
  /** A note was deleted with its files. */
  'note-deleted': CustomEvent<{clientId: string; noteId: string}>;
}

declare global {
  interface HTMLElementEventMap extends InteropEventMap {}
}
