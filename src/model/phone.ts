import {digitsOf} from './fold.js';

/** A phone number split into what is dialled and its extension. */
export interface PhoneParts {
  /** Display form: `418 774-9801`, `1 800 960-4542`, or the text as typed when not NANP. */
  number: string;
  extension: string;
  /** True for a North American number (10 digits, or 11 with the leading 1). */
  nanp: boolean;
}

const EXTENSION = /\s*(?:,|;|#|x|ext\.?|extension|poste|p\.)\s*(\d{1,6})\s*$/i;

/** Splits and formats a phone number; North American numbers get the `418 774-9801` form. */
export function parsePhone(raw: string | null | undefined): PhoneParts {
  const text = (raw ?? '').trim();
  if (!text) return {number: '', extension: '', nanp: false};
  const ext = EXTENSION.exec(text);
  const main = ext ? text.slice(0, ext.index) : text;
  const extension = ext ? ext[1] : '';
  const digits = digitsOf(main);
  const international = main.startsWith('+') && !main.startsWith('+1');
  if (!international && digits.length === 10 && /^[2-9]\d{2}[2-9]/.test(digits)) {
    return {number: `${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6)}`, extension, nanp: true};
  }
  if (!international && digits.length === 11 && digits.startsWith('1') && /^1[2-9]\d{2}[2-9]/.test(digits)) {
    return {number: `1 ${digits.slice(1, 4)} ${digits.slice(4, 7)}-${digits.slice(7)}`, extension, nanp: true};
  }
  return {number: main.replace(/\s+/g, ' ').trim(), extension, nanp: false};
}

/** The display form of a phone number, with its extension (`418 774-9801 #23`). */
export function formatPhone(raw: string | null | undefined, extensionLabel = '#'): string {
  const {number, extension} = parsePhone(raw);
  return extension ? `${number} ${extensionLabel}${extension}` : number;
}

/** The `tel:` URI of a phone number, or `''` when there is nothing to dial. */
export function phoneHref(raw: string | null | undefined): string {
  const {number, extension, nanp} = parsePhone(raw);
  const digits = digitsOf(number);
  if (digits.length < 7) return '';
  const base = nanp ? `+${digits.length === 10 ? '1' : ''}${digits}` : `${number.startsWith('+') ? '+' : ''}${digits}`;
  return `tel:${base}${extension ? `;ext=${extension}` : ''}`;
}
