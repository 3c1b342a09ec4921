/**
 * Postal codes. Canadian codes are validated and written `G5Z 0M2` (their first letter is never
 * D, F, I, O, Q, U, W or Z; the others never D, F, I, O, Q or U); US ZIP and ZIP+4 are
 * validated; other countries are kept as typed.
 */

const CANADIAN = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(\d[ABCEGHJ-NPRSTV-Z]\d)$/;
const US_ZIP = /^(\d{5})(?:-?(\d{4}))?$/;

export interface PostalCodeResult {
  /** The normalised code, or the trimmed input when it cannot be normalised. */
  value: string;
  valid: boolean;
}

export function normalizePostalCode(raw: string | null | undefined, country = 'CA'): PostalCodeResult {
  const text = (raw ?? '').trim();
  if (country === 'CA') {
    const compact = text.replace(/[\s-]+/g, '').toUpperCase();
    const match = CANADIAN.exec(compact);
    return match ? {value: `${match[1]} ${match[2]}`, valid: true} : {value: text.toUpperCase(), valid: false};
  }
  if (country === 'US') {
    const match = US_ZIP.exec(text.replace(/\s+/g, ''));
    if (!match) return {value: text, valid: false};
    return {value: match[2] ? `${match[1]}-${match[2]}` : match[1], valid: true};
  }
  return {value: text.replace(/\s+/g, ' '), valid: true};
}
