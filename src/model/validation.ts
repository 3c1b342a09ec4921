/**
 * Field validation shared by the editors, the store and every adapter. A problem is a message
 * key of the catalogues (`validation.*`) with its parameters, so that it is shown in the user's
 * language; errors are keyed by field path (`name`, `address.postalCode`, `accounting.markupPercent`).
 */
import {digitsOf} from './fold.js';
import {websiteHref} from './address.js';
import {tidy} from './normalize.js';
import {parsePhone} from './phone.js';
import {normalizePostalCode} from './postal-code.js';

/** One problem of one field: a message key and its parameters. */
export interface FieldIssue {
  key: string;
  params?: Record<string, string | number>;
}

/** Problems by field path; an empty object means valid. */
export type FieldErrors = Record<string, FieldIssue>;

export const REQUIRED: FieldIssue = {key: 'validation.required'};

/** True when there is at least one error. */
export function hasErrors(errors: FieldErrors): boolean {
  for (const _ in errors) return true;
  return false;
}

/** The field paths in error, in the order they were found (the first is where focus goes). */
export function errorFields(errors: FieldErrors): string[] {
  return Object.keys(errors);
}

/** `validation.required` when the text is empty, blank or a placeholder (`=`, `---`). */
export function requiredProblem(value: string | null | undefined): FieldIssue | null {
  return tidy(value) ? null : REQUIRED;
}

/** `validation.tooLong` when the text has more than `max` characters. */
export function lengthProblem(value: string | null | undefined, max: number): FieldIssue | null {
  return (value ?? '').length > max ? {key: 'validation.tooLong', params: {max}} : null;
}

/**
 * A postal code of the country: Canadian (`G5Z 0M2`, first letter never D, F, I, O, Q, U, W, Z)
 * and US (ZIP or ZIP+4) codes are checked, others are free. Empty is not a problem here.
 */
export function postalCodeProblem(value: string | null | undefined, country: string | null | undefined): FieldIssue | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const code = (country || 'CA').toUpperCase();
  if (code !== 'CA' && code !== 'US') return lengthProblem(text, 20);
  return normalizePostalCode(text, code).valid ? null : {key: `validation.postalCode.${code}`};
}

const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+$/;

/**
 * A phone or fax number: a North American number (`418 774-9801`, `1 800 960-4542`) or an
 * international one written with its prefix (`+33 1 42 68 53 00`, `011 33 1 42 68 53 00`), an
 * extension allowed (`poste 23`, `x23`, `#23`). Letters, too few or too many digits, numbers
 * without area code (`774-9801`) and 10-digit numbers that no North American number can be
 * (`123 456-7890`) are refused. Empty is not a problem here.
 */
export function phoneProblem(value: string | null | undefined): FieldIssue | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const parts = parsePhone(text);
  if (parts.nanp) return null;
  const main = parts.extension ? parts.number : text;
  const digits = digitsOf(main);
  const international = (main.startsWith('+') && !main.startsWith('+1')) || /^011\D*[2-9]/.test(main);
  if (!PHONE_CHARACTERS.test(main) || digits.length < 7 || digits.length > 15) return {key: 'validation.phone'};
  // Without a country prefix, a number is North American: it must have the NANP shape.
  if (!international) return {key: 'validation.phone'};
  return null;
}

/** A website: only `http:` and `https:` addresses (a bare domain gets `https://`). Empty is not a problem here. */
export function websiteProblem(value: string | null | undefined): FieldIssue | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  return websiteHref(text) ? null : {key: 'validation.website'};
}

export interface NumberRule {
  /** Largest accepted value (inclusive). */
  max?: number;
  integer?: boolean;
}

/**
 * An optional amount, percentage or count: when present it must be a finite number, not
 * negative, at most `max`, and whole when `integer`.
 */
export function numberProblem(value: unknown, rule: NumberRule = {}): FieldIssue | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return {key: 'validation.number'};
  if (value < 0) return {key: 'validation.negative'};
  if (rule.integer && !Number.isInteger(value)) return {key: 'validation.integer'};
  if (rule.max !== undefined && value > rule.max) return {key: 'validation.max', params: {max: rule.max}};
  return null;
}

/** Adds `issue` under `field` unless the field already has one (the first problem is the one shown). */
export function addIssue(errors: FieldErrors, field: string, issue: FieldIssue | null): void {
  if (issue && !errors[field]) errors[field] = issue;
}
