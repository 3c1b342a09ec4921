/**
 * Normalisers for customer data as it arrives from imports and old systems: whitespace,
 * company names, city names, address lines, websites, provinces, phones and postal codes.
 * Pure functions, used by the seed script on the real data files (data/) and usable by editors.
 *
 * They tidy and reorder what is there; they never invent what is not (no accent is added to
 * "MONTREAL", no typo is corrected).
 */
import {digitsOf, fold} from './fold.js';
import {formatPhone, parsePhone} from './phone.js';
import {normalizePostalCode} from './postal-code.js';

// ---------------------------------------------------------------------------------------------
// Whitespace and placeholders

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Trims, collapses runs of whitespace (non-breaking spaces included) to one space, and returns
 * `''` for placeholders: a value without any letter or digit (`" "`, `"■"`, `"="`, `"---"`).
 */
export function tidy(text: string | null | undefined): string {
  if (!text) return '';
  const value = text.replace(SPACES, ' ').trim();
  return LETTER_OR_DIGIT.test(value) ? value : '';
}

/** True when a field holds nothing but whitespace or a placeholder. */
export function isBlank(text: string | null | undefined): boolean {
  return tidy(text) === '';
}

function hasLowercase(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

function capitalizeFirst(text: string): string {
  const index = text.search(/\p{L}/u);
  if (index < 0) return text;
  return text.slice(0, index) + text.charAt(index).toLocaleUpperCase('fr-CA') + text.slice(index + 1);
}

// ---------------------------------------------------------------------------------------------
// Company names

/** Articles (and article + preposition) that lists move after a comma: "Envol, l'". */
const MOVED_ARTICLE = /^(?:la|le|les|l'|de|du|des|de la|de l'|aux|au|à la|à l'|d')$/i;
/** The ministry's "Camille-Lavoie, secondaire" stands for "École secondaire Camille-Lavoie". */
const MOVED_LEVEL = /^(secondaire|primaire)(?: (la|le|les|l'|de|du|des|de la|de l'|d'))?$/i;

function joinFront(front: string, name: string): string {
  return front.endsWith("'") ? `${front}${name}` : `${front} ${name}`;
}

/**
 * Cleans a company name: whitespace tidied, and an article moved after a comma put back in
 * front ("Rose-des-Vents, la" → "La Rose-des-Vents", "Envol, l'" → "L'Envol", "Escabelle,
 * pavillon A, l'" → "L'Escabelle, pavillon A", "Camille-Lavoie, secondaire" → "École secondaire
 * Camille-Lavoie"). Names written all in capitals are kept as they are, spaces collapsed.
 */
export function cleanCompanyName(raw: string | null | undefined): string {
  const name = tidy(raw);
  if (!name || !hasLowercase(name)) return name;
  // "l '" (a space before the apostrophe) and typographic apostrophes.
  const text = name.replace(/’/g, "'").replace(/(^|[\s,])([lLdD]) '/g, "$1$2'");
  const parts = text.split(/\s*,\s*/);
  if (parts.length < 2 || !parts[0]) return text;
  const last = parts[parts.length - 1];
  let front: string | null = null;
  if (MOVED_ARTICLE.test(last)) {
    front = capitalizeFirst(last.toLocaleLowerCase('fr-CA'));
  } else {
    const level = MOVED_LEVEL.exec(last);
    if (level) front = `École ${level[1].toLocaleLowerCase('fr-CA')}${level[2] ? ` ${level[2].toLocaleLowerCase('fr-CA')}` : ''}`;
  }
  if (!front) return text;
  return [joinFront(front, parts[0]), ...parts.slice(1, -1)].join(', ');
}

// ---------------------------------------------------------------------------------------------
// City names

/** Words kept in lower case inside a place name (never the first word). */
const SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'en', 'aux', 'au', 'à', 'a', 'et', 'on', 'the', 'of', 'upon']);
const ELISION = /^(l|d|j|qu)'(.*)$/;
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

function recaseWord(word: string, first: boolean): string {
  if (ABBREVIATION.test(word)) return word; // D.C., N.W.
  const lower = word.toLocaleLowerCase('fr-CA');
  const elided = ELISION.exec(lower);
  if (elided) {
    const article = first ? capitalizeFirst(elided[1]) : elided[1];
    return `${article}'${capitalizeFirst(elided[2])}`;
  }
  const bare = lower.replace(/[^\p{L}]/gu, '');
  if (!first && SMALL_WORDS.has(bare) && bare === lower) return lower;
  const word2 = capitalizeFirst(lower);
  // McMurray, MacLeod is left alone (Mack, Mace…).
  return /^Mc\p{Ll}/u.test(word2) ? `Mc${capitalizeFirst(word2.slice(2))}` : word2;
}

/**
 * Title case for a place name written in capitals: "SAINT-JEAN-SUR-RICHELIEU" →
 * "Saint-Jean-sur-Richelieu", "TROIS-RIVIÈRES" → "Trois-Rivières", "MONTREAL" → "Montreal"
 * (letters kept as given: no accent is invented).
 */
export function titleCasePlace(text: string): string {
  const tokens = text.split(/([\s-]+)/);
  let first = true;
  return tokens
    .map((token) => {
      if (!token || /^[\s-]+$/.test(token)) return token;
      const result = recaseWord(token, first);
      first = false;
      return result;
    })
    .join('');
}

const PROVINCE_SUFFIX =
  /,\s*(?:qc|que|qu[ée]bec|on|ont|ontario|bc|b\.c\.|british columbia|ab|alberta|mb|manitoba|sk|saskatchewan|ns|nova scotia|nb|new brunswick|pe|pei|nl|canada)\.?$/i;

/**
 * Cleans a city name: whitespace tidied, dangling punctuation and a trailing province
 * ("MONTREAL, QUEBEC") removed, and names written all in capitals put in title case. Names
 * already in mixed case are kept as written.
 */
export function normalizeCity(raw: string | null | undefined): string {
  let city = tidy(raw).replace(/[\s,;]+$/, '');
  city = city.replace(PROVINCE_SUFFIX, '').trim();
  if (!city || hasLowercase(city)) return city;
  return titleCasePlace(city.replace(/\s*-\s*/g, '-'));
}

// ---------------------------------------------------------------------------------------------
// Address lines

const CIVIC_CONNECTOR = /(?:^|\s)(?:et|à|&|-)(?=\s|$)/g;
const CIVIC_WORD = /^#?(?:[A-Z]?\d+(?:[A-Z]{1,6}|[a-z])?(?:[-/][A-Z]?\d*(?:[A-Z]{1,6}|[a-z])?)*|[A-Z]{1,6}(?:-[A-Z\d]{1,6})*)$/;
const ORDINAL = /^\d+(?:e|er|re|ère|ème|st|nd|rd|th)$/i;

/**
 * True when a text is a civic number as written in Québec: `355`, `171-181`, `30-A`, `241A`,
 * `41 et 41A`, `20 à 26`, `2 AB-4`, `A4-A6`, `580,582,584` — and not an ordinal street (`90e`).
 */
export function looksLikeCivicNumber(text: string | null | undefined): boolean {
  const value = tidy(text);
  if (!value) return false;
  const words = value.replace(CIVIC_CONNECTOR, ' ').split(/[\s,]+/).filter(Boolean);
  if (!words.length || !/\d/.test(value) || words.some((word) => ORDINAL.test(word))) return false;
  return words.every((word) => CIVIC_WORD.test(word));
}

/** Civic number and street of a one-line address. */
export interface AddressLine {
  civicNumber: string;
  street: string;
}

const LEADING_CIVIC = /^(\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*)\s+(\p{L}.*)$/u;

/**
 * Splits a one-line address into civic number and street: "355, avenue de la Jeunesse" →
 * `355` + `avenue de la Jeunesse`; also "1415,avenue Bourgogne", "110 route Clemville",
 * "580,582,584, Maclaren Est". A line without civic number gives an empty `civicNumber`
 * ("Rue Principale"), a line with only one gives an empty `street` ("510"); an ordinal street
 * ("46e Rue") is never taken for a civic number.
 */
export function splitAddressLine(line: string | null | undefined): AddressLine {
  const text = tidy(line);
  if (!text) return {civicNumber: '', street: ''};
  for (let i = text.lastIndexOf(','); i > 0; i = text.lastIndexOf(',', i - 1)) {
    const prefix = text.slice(0, i).trim();
    const rest = tidy(text.slice(i + 1));
    if (rest && looksLikeCivicNumber(prefix)) return {civicNumber: prefix, street: rest};
  }
  if (looksLikeCivicNumber(text)) return {civicNumber: text, street: ''};
  const leading = LEADING_CIVIC.exec(text);
  if (leading && !ORDINAL.test(leading[1])) return {civicNumber: leading[1], street: leading[2]};
  return {civicNumber: '', street: text};
}

/** Tidies a civic number field: `# 2488` → `2488`; `407-357` (unit-civic) is kept as written. */
export function normalizeCivicNumber(raw: string | null | undefined): string {
  return tidy(raw).replace(/^#\s*/, '');
}

const UNIT_WORDS = 'SUITE|SUIT|STE|UNIT|UINT|UNITE|UNITÉ|BUREAU|APT|APP|ROOM|BAY|LOCAL';
/** Unit words that mean nothing without their number and are dropped when left dangling. */
const DANGLING_UNIT_WORDS = new Set(['SUITE', 'SUIT', 'UNIT', 'UINT', 'UNITE', 'UNITÉ', 'BUREAU', 'APT', 'ROOM']);
const TRAILING_UNIT = new RegExp(
  `^(.*?\\S)[\\s.,]*(?<![\\p{L}\\d])(${UNIT_WORDS})(?![\\p{L}\\d])\\.?(?:\\s*#?\\s*([A-Z]?\\d[\\w-]*|[A-Z]))?$`,
  'iu',
);
const TRAILING_HASH_UNIT = /^(.*?\S)\s+(#\s*[A-Z]?\d[\w-]*)$/i;

/**
 * Moves a unit written at the end of a street into its own field: "LAWRENCE AVE W SUITE 202" →
 * `LAWRENCE AVE W` + `SUITE 202`, "ORCHARD RD #12-10" → `ORCHARD RD` + `#12-10`; a dangling
 * unit word without a number is dropped ("MARKHAM ROAD.UNIT" → `MARKHAM ROAD`).
 */
export function splitUnitFromStreet(street: string | null | undefined): {street: string; unit: string} {
  const text = tidy(street);
  const match = TRAILING_UNIT.exec(text);
  if (match && match[3]) return {street: match[1], unit: `${match[2]} ${match[3]}`};
  if (match && DANGLING_UNIT_WORDS.has(match[2].toLocaleUpperCase('fr-CA'))) return {street: match[1], unit: ''};
  const hash = TRAILING_HASH_UNIT.exec(text);
  if (hash) return {street: hash[1], unit: hash[2].replace(/\s+/g, '')};
  return {street: text, unit: ''};
}

/** Removes a country appended to a street ("DUNDAS STREET W CANADA" → "DUNDAS STREET W"). */
export function stripCountrySuffix(street: string | null | undefined): string {
  const text = tidy(street);
  if (/\b(?:du|de|of|the)\s+canada$/i.test(text)) return text;
  return text.replace(/\s+canada$/i, '');
}

// ---------------------------------------------------------------------------------------------
// Websites

export interface WebsiteResult {
  /** The normalised address (`https://www.amcca.ca`), or the tidied input when invalid. */
  value: string;
  valid: boolean;
}

/**
 * Normalises a website: a scheme is added when missing (`www.amcca.ca` →
 * `https://www.amcca.ca`), `http//`, `www,`, `..` and `,ca` typos are mended, the host is put in lower case
 * and a lone trailing `/` is dropped. An e-mail address is not a website (invalid).
 */
export function normalizeWebsite(raw: string | null | undefined): WebsiteResult {
  let text = tidy(raw).replace(/\s+/g, '');
  if (!text) return {value: '', valid: true};
  if (/^[^@/]+@[^@/]+\.[a-z]{2,}$/i.test(text) && !/^https?:/i.test(text)) return {value: text, valid: false};
  text = text.replace(/^(https?)\/\//i, '$1://').replace(/^(https?):\/(?!\/)/i, '$1://');
  text = text.replace(/^((?:https?:\/\/)?www),/i, '$1.').replace(/\.{2,}/g, '.').replace(/,(?=[a-z]{2,6}\/?$)/i, '.');
  if (!/^https?:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {value: tidy(raw), valid: false};
  }
  const host = url.hostname.toLowerCase();
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) return {value: tidy(raw), valid: false};
  const rest = url.pathname === '/' && !url.search && !url.hash ? '' : `${url.pathname}${url.search}${url.hash}`;
  return {value: `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}${rest}`, valid: true};
}

// ---------------------------------------------------------------------------------------------
// Provinces and states

/** Canadian provinces and territories, with the names (folded) that designate them. */
const CANADIAN_PROVINCES: Record<string, string[]> = {
  AB: ['alberta', 'alta'],
  BC: ['british columbia', 'colombie britannique', 'c b'],
  MB: ['manitoba', 'man'],
  NB: ['new brunswick', 'nouveau brunswick', 'n b'],
  NL: ['newfoundland and labrador', 'terre neuve et labrador', 'newfoundland', 'terre neuve', 'nfld'],
  NS: ['nova scotia', 'nouvelle ecosse', 'n s', 'n e'],
  NT: ['northwest territories', 'territoires du nord ouest', 't n o'],
  NU: ['nunavut'],
  ON: ['ontario', 'ont'],
  PE: ['prince edward island', 'ile du prince edouard', 'pei', 'i p e'],
  QC: ['quebec', 'que', 'p q', 'pq', 'qc'],
  SK: ['saskatchewan', 'sask'],
  YT: ['yukon', 'yk'],
};

const US_STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP').split(' '),
);

const PROVINCE_BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(CANADIAN_PROVINCES)) {
  for (const name of names) PROVINCE_BY_NAME.set(name, code);
}

export interface ProvinceResult {
  /** Two-letter subdivision code (`QC`, `ON`, `NY`). */
  province: string;
  /** ISO 3166-1 alpha-2 country code it belongs to (`CA`, `US`). */
  country: string;
}

/** True for the code of a Canadian province or territory. */
export function isCanadianProvince(code: string): boolean {
  return Object.hasOwn(CANADIAN_PROVINCES, code);
}

/**
 * Maps a province or state as written (`QC`, `Québec`, `P.Q.`, `Ontario`, `NY`) to its
 * two-letter code and country; `null` when it is empty or unknown. Two-letter codes are taken
 * as Canadian first, then as US states: `CA` is California, never Canada.
 */
export function normalizeProvince(raw: string | null | undefined): ProvinceResult | null {
  const text = tidy(raw);
  if (!text) return null;
  const upper = text.toUpperCase();
  if (isCanadianProvince(upper)) return {province: upper, country: 'CA'};
  if (US_STATES.has(upper)) return {province: upper, country: 'US'};
  const code = PROVINCE_BY_NAME.get(fold(text));
  return code ? {province: code, country: 'CA'} : null;
}

// ---------------------------------------------------------------------------------------------
// Phones and postal codes (formatting itself lives in phone.ts and postal-code.ts)

export interface PhoneResult {
  /** Display form from `formatPhone` (`418 774-9801`, `1 800 960-4542`), `''` when none. */
  value: string;
  /** A North American number (10 digits, or 11 with the leading 1). */
  nanp: boolean;
  /** The input was a placeholder such as `5555555555` and was dropped. */
  placeholder: boolean;
}

/** Cleans a phone field: formatted by `formatPhone`; a placeholder made of one repeated digit is dropped. */
export function cleanPhone(raw: string | null | undefined): PhoneResult {
  const text = tidy(raw);
  const digits = digitsOf(text);
  if (!digits) return {value: '', nanp: false, placeholder: false};
  if (/^(\d)\1+$/.test(digits)) return {value: '', nanp: false, placeholder: true};
  return {value: formatPhone(text), nanp: parsePhone(text).nanp, placeholder: false};
}

export interface PostalCodeCleanup {
  /** Normalised code (`G5M 1J2`), the upper-cased input when invalid, `''` when blank. */
  value: string;
  valid: boolean;
  blank: boolean;
  /** The value differs from the raw field (reformatted). */
  changed: boolean;
}

/** Cleans a postal-code field with `normalizePostalCode`, telling blank from invalid. */
export function cleanPostalCode(raw: string | null | undefined, country = 'CA'): PostalCodeCleanup {
  const text = tidy(raw);
  if (!text) return {value: '', valid: false, blank: true, changed: false};
  const {value, valid} = normalizePostalCode(text, country);
  return {value, valid, blank: false, changed: value !== (raw ?? '')};
}
