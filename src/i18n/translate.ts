import {frCA, type Catalogue, type MessageKey} from './fr-CA.js';
import {enCA} from './en-CA.js';

export type {MessageKey, Catalogue};

/** The locales the module speaks; French (Canada) is the default. */
export type Locale = 'fr-CA' | 'en-CA';
export const LOCALES: readonly Locale[] = ['fr-CA', 'en-CA'];
export const DEFAULT_LOCALE: Locale = 'fr-CA';

const catalogues: Record<Locale, Catalogue> = {'fr-CA': frCA, 'en-CA': enCA};

/** Reads a locale attribute value leniently (`en`, `EN-ca`, `fr_CA`); anything else is French. */
export function toLocale(value: string | null | undefined): Locale {
  const lower = (value ?? '').toLowerCase().replace('_', '-');
  return lower.startsWith('en') ? 'en-CA' : 'fr-CA';
}

export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralKey(locale: Locale, key: string, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return `${key}_${rules.select(count) === 'one' ? 'one' : 'other'}`;
}

/**
 * Returns the message of `key` in `locale` with its `{placeholders}` filled. Pass a base key
 * (without `_one`/`_other`) and a numeric `count` param to get the plural form. Numbers are
 * formatted for the locale.
 */
export function translate(locale: Locale, key: MessageKey | string, params: MessageParams = {}): string {
  const catalogue = catalogues[locale] as Record<string, string>;
  let template = catalogue[key];
  if (template === undefined && typeof params.count === 'number') template = catalogue[pluralKey(locale, key, params.count)];
  if (template === undefined && typeof params.shown === 'number') template = catalogue[pluralKey(locale, key, params.shown)];
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value !== 'number') return value;
    return Number.isSafeInteger(value) ? formatInteger(locale, value) : numberFormat(locale).format(value);
  });
}

/** The separator of thousands of each locale, as `Intl.NumberFormat` writes it. */
const GROUP_SEPARATORS: Record<Locale, string> = {'fr-CA': '\u00a0', 'en-CA': ','};

/**
 * A whole number as `Intl.NumberFormat` writes it (`100 000`, `100,000`), without it: a page's
 * first number format costs some 20 ms of loading locale data, which the list's first paint
 * (its counts) need not pay.
 */
export function formatInteger(locale: Locale, value: number): string {
  if (!Number.isSafeInteger(value)) return numberFormat(locale).format(value);
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += GROUP_SEPARATORS[locale] + digits.slice(i, i + 3);
  return value < 0 ? `-${grouped}` : grouped;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = make()));
  return format;
}

export function numberFormat(locale: Locale): Intl.NumberFormat {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale));
}

/** Money in the client's currency, e.g. `2 938,00 $` in French, `$2,938.00` in English. */
export function formatMoney(locale: Locale, amount: number, currency = 'CAD'): string {
  return cached(`m:${locale}:${currency}`, () => new Intl.NumberFormat(locale, {style: 'currency', currency})).format(amount);
}

/** Whole amounts for chart axes, e.g. `8 000 $`. */
export function formatMoneyRounded(locale: Locale, amount: number, currency = 'CAD'): string {
  return cached(`mr:${locale}:${currency}`, () =>
    new Intl.NumberFormat(locale, {style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0}),
  ).format(amount);
}

/** A calendar date `YYYY-MM-DD` as users read it (2024-01-16 in fr-CA and en-CA). */
export function formatDate(locale: Locale, isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale, {year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC'}).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An instant (ISO timestamp) with date and time in the user's time zone. */
export function formatDateTime(locale: Locale, isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short'}).format(date);
}
