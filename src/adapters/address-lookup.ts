/**
 * Address lookup for the address editors: suggestions while the user types, then the chosen
 * place as our fields. A host plugs a provider in (`<clients-provider address-lookup-key="…">`
 * builds the Google Places one; the `addressLookup` property takes any other); without one the
 * editors show no lookup button.
 */

/** One suggestion of the list. */
export interface AddressSuggestion {
  /** The provider's id of the place, given back to `details()`. */
  id: string;
  /** The whole suggestion as one line (`1020 Avenue St-Jean-de-la-Lande, Saint-Georges, QC, Canada`). */
  label: string;
  /** The first part (street address or name), when the provider splits it. */
  main?: string;
  /** The rest (city, province, country). */
  secondary?: string;
}

/** A place as the fields of our address forms. Empty strings where the provider had nothing. */
export interface AddressLookupResult {
  civicNumber: string;
  street: string;
  unit: string;
  city: string;
  /** Subdivision code without the country prefix (`QC`, `NY`), `''` when none. */
  province: string;
  /** Normalised for the country (`G5Z 0M2`, `12345-6789`). */
  postalCode: string;
  /** ISO 3166-1 alpha-2 (`CA`). */
  country: string;
  /** The place's name when it is a business, not a bare address. */
  name?: string;
}

export interface LookupOptions {
  /** `fr-CA` or `en-CA`: the language of suggestions and names. */
  locale: string;
  /** Groups the keystrokes of one search and the choice that ends it (billing sessions). */
  sessionToken?: string;
  signal?: AbortSignal;
}

export type AddressLookupErrorKind = 'network' | 'denied' | 'quota' | 'not-found' | 'invalid' | 'server';

/** A lookup that failed; `kind` says why, `message` is the provider's own words (for logs). */
export class AddressLookupError extends Error {
  constructor(
    readonly kind: AddressLookupErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'AddressLookupError';
  }
}

/** A service that completes addresses (Google Places, Canada Post AddressComplete…). */
export interface AddressLookupProvider {
  /** Shown next to the suggestions when the service requires it (e.g. "Google"). */
  readonly attribution?: string;
  /** Suggestions for what the user typed; `[]` when nothing matches. Rejects with AddressLookupError. */
  suggest(query: string, options: LookupOptions): Promise<AddressSuggestion[]>;
  /** The chosen suggestion as our fields. Rejects with AddressLookupError. */
  details(id: string, options: LookupOptions): Promise<AddressLookupResult>;
}

/** A new session token (one per search, ended by the choice). */
export function newLookupSession(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
