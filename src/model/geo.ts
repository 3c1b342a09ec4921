/**
 * Countries and their provinces/states, in French and English. Country names come from the
 * browser (Intl.DisplayNames, i.e. CLDR); the list of codes, which countries write a
 * province/state or a postal code in their addresses, and the subdivisions with their French and
 * English names are generated from maintained npm data packages (see
 * src/model/geo/subdivisions.generated.ts and scripts/generate-geo.mjs).
 */
import {collatorFor} from './collate.js';
import {fold} from './fold.js';
import {COUNTRY_CODES, NO_POSTAL_CODE, SUBDIVISIONS} from './geo/subdivisions.generated.js';

export type GeoLocale = 'fr-CA' | 'en-CA';

export interface GeoOption {
  code: string;
  name: string;
}

/** The country of new clients and addresses. */
export const DEFAULT_COUNTRY = 'CA';
/** The province of new clients and addresses. */
export const DEFAULT_PROVINCE = 'QC';

/** Countries listed first, in this order, before the others in alphabetical order. */
const FIRST_COUNTRIES = ['CA', 'US'];

const countryCodes: readonly string[] = COUNTRY_CODES.split(' ');
const countrySet = new Set(countryCodes);
const noPostalCode = new Set(NO_POSTAL_CODE.split(' '));

interface Subdivision {
  code: string;
  fr: string;
  en: string;
}

const parsedSubdivisions = new Map<string, readonly Subdivision[]>();

function subdivisionsOf(country: string): readonly Subdivision[] {
  let list = parsedSubdivisions.get(country);
  if (!list) {
    const packed = Object.hasOwn(SUBDIVISIONS, country) ? SUBDIVISIONS[country] : '';
    list = packed
      ? packed.split(';').map((entry) => {
          const [code, fr, en] = entry.split('|');
          return {code, fr, en: en ?? fr};
        })
      : [];
    parsedSubdivisions.set(country, list);
  }
  return list;
}

const upper = (code: string | null | undefined): string => (code ?? '').trim().toUpperCase();
const localeKey = (locale: string): GeoLocale => (locale.toLowerCase().startsWith('en') ? 'en-CA' : 'fr-CA');

/** True for an ISO 3166-1 alpha-2 code of the list (`CA`, `fr`); false for `ZZ` or `Canada`. */
export function isKnownCountry(country: string | null | undefined): boolean {
  return countrySet.has(upper(country));
}

/**
 * True when addresses of the country carry a province or state that must be chosen (Canada,
 * the United States, Australia…); false for France, Germany, unknown codes.
 */
export function countryHasSubdivisions(country: string | null | undefined): boolean {
  return subdivisionsOf(upper(country)).length > 0;
}

/** True when addresses of the country have a postal code (false for Hong Kong, Ireland's old format…). */
export function countryHasPostalCode(country: string | null | undefined): boolean {
  const code = upper(country);
  return !code || !noPostalCode.has(code);
}

const displayNames = new Map<GeoLocale, Intl.DisplayNames | null>();

/** The name of a country in the locale (`US` → "États-Unis"), or its code when unknown. */
export function countryLabel(country: string | null | undefined, locale: string = 'fr-CA'): string {
  const code = upper(country);
  if (!code) return '';
  const key = localeKey(locale);
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([key], {type: 'region', fallback: 'code'});
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

const countryOptionCache = new Map<GeoLocale, readonly GeoOption[]>();

/**
 * Every country, named in the locale and sorted in its collation, Canada and the United States
 * first.
 */
export function countryOptions(locale: GeoLocale | string = 'fr-CA'): GeoOption[] {
  const key = localeKey(locale);
  let options = countryOptionCache.get(key);
  if (!options) {
    const collator = collatorFor(key);
    const rest = countryCodes
      .filter((code) => !FIRST_COUNTRIES.includes(code))
      .map((code) => ({code, name: countryLabel(code, key)}))
      .sort((a, b) => collator.compare(a.name, b.name));
    options = [...FIRST_COUNTRIES.map((code) => ({code, name: countryLabel(code, key)})), ...rest];
    countryOptionCache.set(key, options);
  }
  return options.map((option) => ({...option}));
}

/**
 * The provinces or states of a country (codes without the country prefix: `QC`, `ON`, `NY`),
 * named in the locale and sorted in its collation; empty for a country without subdivisions.
 */
export function subdivisionOptions(country: string | null | undefined, locale: GeoLocale | string = 'fr-CA'): GeoOption[] {
  const key = localeKey(locale);
  const collator = collatorFor(key);
  return subdivisionsOf(upper(country))
    .map((s) => ({code: s.code, name: key === 'en-CA' ? s.en : s.fr}))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The name of a province or state in the locale (`CA`, `QC` → "Québec"), or the code when unknown. */
export function subdivisionLabel(country: string | null | undefined, code: string | null | undefined, locale: string = 'fr-CA'): string {
  const wanted = upper(code);
  const found = subdivisionsOf(upper(country)).find((s) => s.code === wanted);
  if (!found) return wanted;
  return localeKey(locale) === 'en-CA' ? found.en : found.fr;
}

/**
 * The code of a province or state given as its code or as its French or English name, accents
 * and case ignored (`CA`, `Québec` / `quebec` / `qc` → `QC`); `''` when the country has no such
 * subdivision.
 */
export function findSubdivision(country: string | null | undefined, text: string | null | undefined): string {
  const wanted = upper(text);
  if (!wanted) return '';
  const list = subdivisionsOf(upper(country));
  const byCode = list.find((s) => s.code === wanted);
  if (byCode) return byCode.code;
  const folded = fold(text);
  return list.find((s) => fold(s.fr) === folded || fold(s.en) === folded)?.code ?? '';
}
