/**
 * The rules of a client's shipping addresses (SPEC §6): the draft the editor fills, its
 * normalisation and validation (the country, province and postal-code rules are the client's:
 * `normalizePostalAddress` and `postalAddressErrors`), the one principal address, and what keeps
 * an address from being deleted. Pure: the editor, the store and every adapter use them.
 */
import {documentUsage, extensionProblem, flagHolder, flagMoves, normalizePhonePair, type FlagMove} from './child-records.js';
import {normalizePostalAddress, postalAddressErrors} from './client-rules.js';
import {EMAIL_MAX, emailProblem, normalizeEmail} from './email.js';
import {DEFAULT_COUNTRY, DEFAULT_PROVINCE} from './geo.js';
import {tidy} from './normalize.js';
import type {ClientDocument, ShippingAddress} from './types.js';
import {addIssue, lengthProblem, phoneProblem, type FieldErrors, type FieldIssue} from './validation.js';

/** A shipping address as the editor fills it: no id yet when creating. */
export type AddressDraft = Omit<ShippingAddress, 'id' | 'updatedAt' | 'version'> & {id?: string};

/** Longest accepted values of the fields a client address does not have (characters). */
export const ADDRESS_LIMITS = {
  companyName: 120,
  careOf: 80,
  phone: 40,
  extension: 6,
  email: EMAIL_MAX,
  deliveryNotes: 2000,
} as const;

/** The flag at most one address of a client holds: "Principale". */
export const ADDRESS_FLAGS = ['principal'] as const;

/** A new shipping address in Canada / Québec; the client's first address is its principal one. */
export function newAddressDraft(clientId: string, firstOfClient = false): AddressDraft {
  return {
    clientId,
    companyName: '',
    principal: firstOfClient,
    residential: false,
    civicNumber: '',
    street: '',
    unit: '',
    city: '',
    postalCode: '',
    country: DEFAULT_COUNTRY,
    province: DEFAULT_PROVINCE,
    careOf: '',
    phone: '',
    phoneExt: '',
    email: '',
    deliveryNotes: '',
  };
}

/**
 * Tidies a draft before validation and saving: the postal address as for a client (`h2x1y4` →
 * `H2X 1Y4`, province by name → code, none for a country without provinces), the names
 * tidied, the phone written `418 774-9801` (an extension typed in it moved to "Poste"), the
 * e-mail kept as typed, the notes trimmed.
 */
export function normalizeAddressDraft<T extends AddressDraft>(draft: T): T {
  const phone = normalizePhonePair(draft.phone, draft.phoneExt);
  return {
    ...normalizePostalAddress(draft),
    companyName: tidy(draft.companyName),
    principal: Boolean(draft.principal),
    careOf: tidy(draft.careOf),
    phone: phone.phone,
    phoneExt: phone.extension,
    email: normalizeEmail(draft.email),
    deliveryNotes: (draft.deliveryNotes ?? '').trim(),
  };
}

/**
 * Checks a draft; returns the problems by field, in the order of the editor's fields, or `{}`.
 * Required: civic number, street, city, the postal code (where the country has them) and the
 * province or state (where it has them) — the client's address rules. Formats: postal code,
 * phone, extension, e-mail.
 */
export function validateShippingAddress(draft: AddressDraft): FieldErrors {
  const errors: FieldErrors = {};
  addIssue(errors, 'companyName', lengthProblem(draft.companyName, ADDRESS_LIMITS.companyName));
  postalAddressErrors(draft, true, errors);
  addIssue(errors, 'careOf', lengthProblem(draft.careOf, ADDRESS_LIMITS.careOf));
  addIssue(errors, 'phone', phoneProblem(draft.phone) ?? lengthProblem(draft.phone, ADDRESS_LIMITS.phone));
  addIssue(errors, 'phoneExt', extensionProblem(draft.phoneExt));
  addIssue(errors, 'email', lengthProblem(draft.email, ADDRESS_LIMITS.email) ?? emailProblem(draft.email));
  addIssue(errors, 'deliveryNotes', lengthProblem(draft.deliveryNotes, ADDRESS_LIMITS.deliveryNotes));
  return errors;
}

/**
 * Whether the saved address is principal: a client's first address is, whatever the box says;
 * otherwise as ticked.
 */
export function isPrincipalAfterSave(siblings: readonly Pick<ShippingAddress, 'id'>[], draft: Pick<AddressDraft, 'id' | 'principal'>): boolean {
  const others = siblings.filter((address) => address.id !== draft.id);
  return others.length === 0 || Boolean(draft.principal);
}

/** The client's other addresses that stop being principal because `saved` now is. */
export function addressFlagMoves(siblings: readonly ShippingAddress[], saved: ShippingAddress): Array<FlagMove<ShippingAddress>> {
  return flagMoves(siblings, saved, ADDRESS_FLAGS);
}

/** The other principal address of the client (which ticking "Principale" replaces), if any. */
export function principalHolder(siblings: readonly ShippingAddress[], selfId: string | undefined): ShippingAddress | undefined {
  return flagHolder(siblings, 'principal', selfId);
}

/** A short name of an address for messages: its company, or civic number, street and city. */
export function addressLabel(address: Pick<ShippingAddress, 'companyName' | 'civicNumber' | 'street' | 'city'>): string {
  return tidy(address.companyName) || [address.civicNumber, address.street, address.city].map(tidy).filter(Boolean).join(' ');
}

/**
 * Why the address cannot be deleted: the documents that use it, shipping slips first of all
 * (`address.delete.blocked.*` keys by kind, with `count` and `numbers`); empty when none.
 */
export function addressDeleteBlockers(documents: readonly ClientDocument[], addressId: string): FieldIssue[] {
  return documentUsage(documents, 'addressId', addressId, 'address.delete.blocked');
}
