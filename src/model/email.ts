/**
 * E-mail addresses as people really have them: plus signs (`factures+roy@…`), sub-domains
 * (`@ventes.imprimerie.qc.ca`), apostrophes (`o'brien@…`) and internationalised domains and
 * mailboxes (`info@café-lévis.ca`, RFC 6531). An address is kept exactly as typed (only the
 * surrounding spaces go): no case change, no punycode conversion.
 */
import type {FieldIssue} from './validation.js';

/** Longest address (RFC 5321 path limit less the angle brackets). */
export const EMAIL_MAX = 254;

/** Characters of a mailbox name: letters and digits of any script, and RFC 5322 `atext`. */
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
/** A host name label: letters and digits of any script, inner hyphens. */
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
/** A top-level domain: letters (any script), or an ASCII-encoded IDN (`xn--…`). */
const TOP_LEVEL = /^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/iu;

/** True for an address that mail can be sent to, as written (`jean.roy+factures@imprimerie.qc.ca`). */
export function isEmailAddress(value: string | null | undefined): boolean {
  const text = (value ?? '').trim();
  if (!text || text.length > EMAIL_MAX || /\s/.test(text)) return false;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (domain.length > 253 || labels.length < 2) return false;
  if (!labels.every((label) => LABEL.test(label))) return false;
  return TOP_LEVEL.test(labels[labels.length - 1]!);
}

/** `contact.error.email` for an address that is not one; empty is not a problem here. */
export function emailProblem(value: string | null | undefined): FieldIssue | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  return isEmailAddress(text) ? null : {key: 'contact.error.email'};
}

/** The address as kept: exactly as typed, without the surrounding spaces. */
export function normalizeEmail(value: string | null | undefined): string {
  return (value ?? '').trim();
}

/** The same mailbox whatever the case (to list an address once): `Info@Café-Lévis.ca` ~ `info@café-lévis.ca`. */
export function emailKey(value: string | null | undefined): string {
  return normalizeEmail(value).normalize('NFC').toLocaleLowerCase('fr-CA');
}
