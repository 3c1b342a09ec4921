/**
 * Search folding: the form of a text that search compares. Case, accents, ligatures and
 * punctuation are ignored (emoji are kept), so that `quebec` finds "Québec", `ecole` finds
 * "ÉCOLE" and `st jean` finds "St-Jean".
 */

const LIGATURES: Record<string, string> = {œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i'};
const LIGATURE_PATTERN = /[œæßøłđı]/g;
const MARKS = /\p{M}+/gu;
/** Emoji are kept: a client may be named with one, and searched for it. */
const NON_ALPHANUMERIC = /[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_NON_ALPHANUMERIC = /[^a-z0-9]+/g;

/** Lower case, accents and punctuation removed, words separated by one space. */
export function fold(text: string | null | undefined): string {
  if (!text) return '';
  // Most texts have no accent: the same result without decomposing them (a third of the time).
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_NON_ALPHANUMERIC, ' ').trim();
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c)
    .replace(NON_ALPHANUMERIC, ' ')
    .trim();
}

/** The digits of a text, e.g. a phone number in any formatting. */
export function digitsOf(text: string | null | undefined): string {
  return text ? text.replace(/\D+/g, '') : '';
}

/** A word and a number joined by punctuation, as in a client code ("C-0005", "Québec-2000"). */
const WORD_NUMBER = /\p{L}+[^\p{L}\p{N}\s]+\p{N}+/gu;
const WORD_NUMBER_TOKEN = /^\p{L}+[^\p{L}\p{N}]+\p{N}+$/u;
const PUNCTUATION = /[^\p{L}\p{N}]+/gu;

/** The folded forms of a text's word-number joins without their punctuation: "C-0005" gives `c0005`. */
export function joinedForms(text: string | null | undefined): string[] {
  if (!text) return [];
  return (text.match(WORD_NUMBER) ?? []).map((join) => fold(join.replace(PUNCTUATION, '')));
}

/**
 * Splits a search query into folded terms; every term must match. A word and a number joined by
 * punctuation stay one term (`c-0005` is the code C-0005, not "c" and "0005" anywhere, e.g. in
 * a phone number). A query of punctuation alone ("!!!", "%") is kept as one term that no folded
 * text contains: it finds nothing, where a term list left empty would show every client.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const token of query.split(/\s+/)) {
    if (WORD_NUMBER_TOKEN.test(token)) terms.push(fold(token.replace(PUNCTUATION, '')));
    else if (token) terms.push(...fold(token).split(' ').filter(Boolean));
  }
  if (terms.length) return terms;
  const bare = query.replace(/\s+/g, '');
  return bare ? [bare] : [];
}

/**
 * Builds the folded text a record is searched in. Word-number joins are added without their
 * punctuation (`c0005` for "C-0005", see `queryTerms`); phone numbers as bare digits as well, so
 * that `4187749801` and `418-774` both find "418 774-9801".
 */
export function searchTextOf(words: Array<string | null | undefined>, phones: Array<string | null | undefined> = []): string {
  const parts = words.map(fold).filter(Boolean);
  for (const word of words) {
    for (const form of joinedForms(word)) if (!parts.includes(form)) parts.push(form);
  }
  for (const phone of phones) {
    const digits = digitsOf(phone);
    if (digits) parts.push(digits);
  }
  return ` ${parts.join(' ')} `;
}

/** True when every term occurs in the folded search text. */
export function matchesTerms(searchText: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    if (!searchText.includes(term)) return false;
  }
  return true;
}
