import {emptyAddress, type ClientDraft} from '../../src/model/client-rules.js';
import type {FieldErrors, FieldIssue} from '../../src/model/validation.js';
import type {Client} from '../../src/model/types.js';
import {countryHasSubdivisions, DEFAULT_COUNTRY, DEFAULT_PROVINCE, subdivisionOptions} from '../../src/model/geo.js';

/** The editor's tabs, in display order. */
export const EDITOR_TABS = ['basic', 'additional', 'accounting'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

/** A draft being edited: new (no id) or an existing client. */
export type Draft = ClientDraft;

/**
 * The fields in the order the user meets them, tab by tab: the first error in this order gets
 * the focus. Paths are those of `FieldErrors`.
 */
const FIELD_ORDER: ReadonlyArray<readonly [string, EditorTab]> = [
  ['name', 'basic'],
  ['phone', 'basic'],
  ['fax', 'basic'],
  ['website', 'basic'],
  ['address.civicNumber', 'basic'],
  ['address.street', 'basic'],
  ['address.unit', 'basic'],
  ['address.city', 'basic'],
  ['address.postalCode', 'basic'],
  ['address.country', 'basic'],
  ['address.province', 'basic'],
  ['address.residential', 'basic'],
  ['accountOpenedOn', 'additional'],
  ['sectorId', 'additional'],
  ['repId', 'additional'],
  ['shipperIdentification', 'additional'],
  ['logoId', 'additional'],
  ['language', 'additional'],
  ['businessEntityId', 'additional'],
  ['comments', 'additional'],
  ['accounting.sortKey', 'accounting'],
  ['prospect', 'accounting'],
  ['accounting.receivableAccount', 'accounting'],
  ['accounting.territory', 'accounting'],
  ['accounting.paymentTerms', 'accounting'],
  ['accounting.currency', 'accounting'],
  ['billToClientId', 'accounting'],
  ['accounting.taxCode', 'accounting'],
  ['accounting.markupPercent', 'accounting'],
  ['accounting.discountPercent', 'accounting'],
  ['accounting.jobOpeningFee', 'accounting'],
  ['accounting.statementOfAccount', 'accounting'],
  ['accounting.poRequired', 'accounting'],
  ['accounting.billing', 'accounting'],
  ['accounting.orderAllowed', 'accounting'],
  ['accounting.comment', 'accounting'],
  ['accounting.creditType', 'accounting'],
  ['accounting.creditLimit', 'accounting'],
  ['accounting.allowedAgeDays', 'accounting'],
];

const ORDER = new Map(FIELD_ORDER.map(([path, tab], index) => [path, {tab, index}]));

/** The tab showing a field; `undefined` for errors no field shows (shown above the tabs). */
export function tabOf(path: string): EditorTab | undefined {
  const known = ORDER.get(path);
  if (known) return known.tab;
  if (path.startsWith('address.')) return 'basic';
  if (path.startsWith('accounting.')) return 'accounting';
  return undefined;
}

/** True when a field of the editor shows this error. */
export function isFieldError(path: string): boolean {
  return ORDER.has(path);
}

/** The first error in reading order, among those a field shows. */
export function firstErrorField(errors: FieldErrors): string | undefined {
  let first: string | undefined;
  let firstIndex = Infinity;
  for (const path of Object.keys(errors)) {
    const index = ORDER.get(path)?.index;
    if (index !== undefined && index < firstIndex) {
      first = path;
      firstIndex = index;
    }
  }
  return first;
}

/** Errors no field of the editor shows (e.g. `code`, or a backend's general refusal). */
export function otherErrors(errors: FieldErrors): FieldIssue[] {
  return Object.entries(errors)
    .filter(([path]) => !isFieldError(path))
    .map(([, issue]) => issue);
}

/** Reads a field of the draft by path (`name`, `address.city`, `accounting.paymentTerms`). */
export function getIn(draft: Draft, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A copy of the draft with one field changed. Editing an address field of a client without an
 * address (a prospect) starts one, Canada / Québec.
 */
export function setIn(draft: Draft, path: string, value: unknown): Draft {
  const [head, key] = path.split('.') as [string, string | undefined];
  if (key === undefined) return {...draft, [head]: value};
  if (head === 'address') return {...draft, address: {...(draft.address ?? emptyAddress()), [key]: value}};
  const parent = ((draft as unknown as Record<string, unknown>)[head] ?? {}) as Record<string, unknown>;
  return {...draft, [head]: {...parent, [key]: value}};
}

/** The draft of an existing client: the record without what the store manages. */
export function draftOf(client: Client): Draft & {id: string} {
  const {updatedAt, version, createdAt, ...rest} = structuredClone(client);
  void updatedAt;
  void version;
  void createdAt;
  return rest as Draft & {id: string};
}

/** A stable text of a draft, to know whether it has unsaved changes. */
export function fingerprint(draft: Draft | undefined): string {
  return draft ? JSON.stringify(draft, (_key, value: unknown) => (value === '' ? undefined : value)) : '';
}

/**
 * Text typed in a number field → the number stored. Accepts `12,5` and `12.5`; empty is
 * `undefined`; anything else is NaN, which validation refuses with a message.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (!trimmed) return undefined;
  return /^-?\d*\.?\d+$|^-?\d+\.$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The text a number field shows: as the user typed it, or the stored number (`12,5` in French). */
export function numberText(typed: ReadonlyMap<string, string>, draft: Draft | undefined, path: string, lang: string): string {
  const text = typed.get(path);
  if (text !== undefined) return text;
  const value = draft ? getIn(draft, path) : undefined;
  if (typeof value !== 'number' || Number.isNaN(value)) return '';
  return lang === 'fr' ? String(value).replace('.', ',') : String(value);
}

/**
 * The draft and errors after the user changed one field: the field's error goes (it is checked
 * again on saving); a new country clears a province it does not have; ticking Prospect drops the
 * address errors (a prospect may have none).
 */
export function applyEdit(
  draft: Draft,
  errors: FieldErrors,
  path: string,
  value: unknown,
  locale: 'fr-CA' | 'en-CA',
): {draft: Draft; errors: FieldErrors} {
  let next = setIn(draft, path, value);
  const cleared = [path];
  if (path === 'address.country') {
    next = setIn(next, 'address.province', provinceForCountry(String(value), next.address?.province, locale));
    cleared.push('address.province');
  }
  if (path === 'prospect') cleared.push(...Object.keys(errors).filter((key) => key.startsWith('address.')));
  if (!cleared.some((key) => key in errors)) return {draft: next, errors};
  const remaining = {...errors};
  for (const key of cleared) delete remaining[key];
  return {draft: next, errors: remaining};
}

/**
 * The province after a change of country: kept when the new country has it; Québec again for
 * Canada; otherwise cleared (a state is then asked for; France has none).
 */
export function provinceForCountry(country: string, province: string | undefined, locale: 'fr-CA' | 'en-CA'): string {
  if (!countryHasSubdivisions(country)) return '';
  const codes = subdivisionOptions(country, locale).map((option) => option.code);
  if (province && codes.includes(province)) return province;
  // Back to Canada: its default province again (Québec), as for a new client.
  return country === DEFAULT_COUNTRY ? DEFAULT_PROVINCE : '';
}
