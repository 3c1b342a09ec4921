/**
 * Possible duplicates of a client being created: same name once case, accents, punctuation,
 * legal form and leading article are set aside ("Les Roy de la Pomme inc." ~ "LES ROY DE LA
 * POMME"), same phone number, or same civic number and postal code. The comparison keys are
 * computed once per client (ClientRow), so a check over 100,000 clients only compares strings.
 */
import {digitsOf, fold} from './fold.js';

/** Legal forms and their abbreviations (folded, dots removed), dropped from the end of a name. */
const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'incorporee', 'incorporation',
  'ltee', 'limitee', 'ltd', 'limited', 'ltda',
  'corp', 'corporation', 'corpo',
  'cie', 'compagnie', 'co', 'company',
  'enr', 'enrg', 'enregistree', 'enregistre',
  'senc', 'sencrl', 'srl', 'sec', 'sarl', 'sas', 'sa', 'spa',
  'llc', 'llp', 'lp', 'plc', 'pllc', 'ulc', 'gmbh', 'ag', 'bv', 'nv', 'pty',
]);

/** Words of the legal form that are dropped with it: "et Cie", "& Co", "and Company". */
const CONNECTORS = new Set(['et', 'and']);

/** Leading articles dropped from the front of a name ("Les", "L'", "The"). */
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);

/** Words written in two ways (folded). */
const SYNONYMS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
]);

const ASCII_LETTER = /^[a-z]$/;
const LETTER = /^\p{L}$/u;

/**
 * The comparison key of a company name: folded, legal form and leading article removed, "et" /
 * "and" dropped, `St`/`Ste` read as `Saint`/`Sainte`, runs of single letters from dotted
 * abbreviations joined (`s.e.n.c.` → `senc`, `A.B.C.` → `abc`), spaces removed.
 * "Les Roy de la Pomme inc." and "LES ROY DE LA POMME" both give `roydelapomme`;
 * "Imprimerie Côté & Fils, s.e.n.c." gives `imprimeriecotefils`. A name made only of such words
 * ("Inc.") keeps them, so that it is not empty.
 */
export function companyNameKey(name: string | null | undefined): string {
  return companyNameKeyOfFolded(fold(name));
}

/** `companyNameKey` of a name already folded (`fold`), for callers that fold it anyway (ClientRow). */
export function companyNameKeyOfFolded(folded: string): string {
  if (!folded) return '';
  const list: string[] = [];
  const push = (word: string) => {
    if (!CONNECTORS.has(word)) list.push(SYNONYMS.get(word) ?? word);
  };
  let run = '';
  for (const token of folded.split(' ')) {
    if (!token) continue;
    if (token.length === 1 && (ASCII_LETTER.test(token) || LETTER.test(token))) {
      run += token;
      continue;
    }
    if (run) push(run);
    run = '';
    push(token);
  }
  if (run) push(run);
  let end = list.length;
  while (end > 0 && LEGAL_FORMS.has(list[end - 1])) end -= 1;
  const start = end > 1 && ARTICLES.has(list[0]) ? 1 : 0;
  let key = '';
  for (let i = start; i < end; i++) key += list[i];
  return key || folded.replace(/ /g, '');
}

/**
 * The comparison key of a phone number: its last ten digits without extension (`418 774-9801
 * poste 23`, `1-418-774-9801` → `4187749801`); `''` when it has fewer than seven digits.
 */
export function phoneKey(phone: string | null | undefined): string {
  const text = (phone ?? '').replace(/\s*(?:,|;|#|x|ext\.?|extension|poste|p\.)\s*\d{1,6}\s*$/i, '');
  const digits = digitsOf(text);
  if (digits.length < 7) return '';
  return digits.length > 10 ? digits.slice(-10) : digits;
}

/**
 * The comparison key of a location: civic number and postal code (`1020` + `g5z0m2` →
 * `1020|G5Z0M2`); `''` unless both are given.
 */
export function addressKey(address: {civicNumber?: string | null; postalCode?: string | null} | null | undefined): string {
  const rawCivic = address?.civicNumber ?? '';
  // Civic numbers are nearly always ASCII: folding (the costly part) only for the others.
  const civic = /^[\x00-\x7f]*$/.test(rawCivic) ? rawCivic.toLowerCase().replace(/[^a-z0-9]+/g, '') : fold(rawCivic).replace(/\s+/g, '');
  const postal = (address?.postalCode ?? '').replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();
  return civic && postal ? `${civic}|${postal}` : '';
}

/** What the duplicate check needs of an existing client (ClientRow has it). */
export interface DuplicateCandidate {
  id: string;
  code: string;
  name: string;
  nameKey: string;
  phoneKey: string;
  addressKey: string;
}

export type DuplicateReason = 'name' | 'phone' | 'address';

export interface PossibleDuplicate {
  clientId: string;
  code: string;
  name: string;
  reasons: DuplicateReason[];
}

export interface DuplicateProbe {
  /** The client being edited, left out of the results. */
  id?: string;
  name?: string;
  phone?: string;
  address?: {civicNumber?: string; postalCode?: string} | null;
}

/** Shortest name key taken into account: "Inc" or "A" alone would match too much. */
const MIN_NAME_KEY = 3;

/**
 * Existing clients that look like `probe`: same name key, same phone, or same civic number +
 * postal code. Clients matching on more grounds come first, then a name match before the others,
 * then by code; at most `limit` results.
 */
export function findPossibleDuplicates(
  probe: DuplicateProbe,
  clients: readonly DuplicateCandidate[],
  limit = 5,
): PossibleDuplicate[] {
  const name = companyNameKey(probe.name);
  const phone = phoneKey(probe.phone);
  const place = addressKey(probe.address);
  const wantName = name.length >= MIN_NAME_KEY;
  if (!wantName && !phone && !place) return [];
  const found: PossibleDuplicate[] = [];
  for (const client of clients) {
    if (client.id === probe.id) continue;
    let reasons: DuplicateReason[] | null = null;
    if (wantName && client.nameKey === name) (reasons ??= []).push('name');
    if (phone && client.phoneKey === phone) (reasons ??= []).push('phone');
    if (place && client.addressKey === place) (reasons ??= []).push('address');
    if (reasons) found.push({clientId: client.id, code: client.code, name: client.name, reasons});
  }
  found.sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      Number(b.reasons[0] === 'name') - Number(a.reasons[0] === 'name') ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return found.slice(0, Math.max(0, limit));
}
