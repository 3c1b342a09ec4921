/**
 * Rules of the client's notes and their attached files (SPEC §7), shared by the notes editor and
 * the store: what a note needs, how a file is renamed, how a size is shown and how a file may be
 * opened. Pure functions; problems are message keys of the catalogues with their parameters.
 */
import {NOTE_CATEGORIES, type NoteCategory} from './types.js';
import {REQUIRED, type FieldErrors, type FieldIssue} from './validation.js';

/** Longest note text kept (characters). */
export const NOTE_TEXT_MAX = 20_000;
/** Longest file name (characters), as most file systems allow. */
export const FILE_NAME_MAX = 255;

export function isNoteCategory(value: unknown): value is NoteCategory {
  return typeof value === 'string' && (NOTE_CATEGORIES as readonly string[]).includes(value);
}

/** The text as kept: line breaks made `\n`, blank lines at both ends and trailing spaces removed. */
export function normalizeNoteText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

/** Problems of a note: the text is required (spaces alone are not a note); the category must be known. */
export function validateNote(note: {text: string | null | undefined; category?: unknown}): FieldErrors {
  const errors: FieldErrors = {};
  const text = normalizeNoteText(note.text);
  if (!text.trim()) errors.text = REQUIRED;
  else if (text.length > NOTE_TEXT_MAX) errors.text = {key: 'validation.tooLong', params: {max: NOTE_TEXT_MAX}};
  if (note.category !== undefined && !isNoteCategory(note.category)) errors.category = {key: 'notes.category.invalid'};
  return errors;
}

/** Second extensions kept with the last one (`archive.tar.gz`). */
const COMPOUND = /\.tar\.(?:gz|bz2|xz|zst|lz|z)$/i;
/** An extension: 1 to 10 letters or digits, at least one letter (`.0` of `v2.0` is not one). */
const EXTENSION = /\.(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,10}$/;

/**
 * A file name split into its base and extension (with its dot): `plan.pdf` → `plan` + `.pdf`,
 * `archive.tar.gz` → `archive` + `.tar.gz`; `.bashrc`, `README` and `Rapport v2.0` have none.
 */
export function splitFileName(name: string): {base: string; extension: string} {
  const match = COMPOUND.exec(name) ?? EXTENSION.exec(name);
  if (!match || match.index === 0) return {base: name, extension: ''};
  return {base: name.slice(0, match.index), extension: name.slice(match.index)};
}

/**
 * The name a file gets when the user renames `current` to `typed`: the extension is kept unless
 * the user changed it on purpose. `plan.pdf` renamed `Plan final` → `Plan final.pdf`;
 * `plan.pdf` renamed `plan.txt` → `plan.txt` (typed on purpose); `Rapport v2.0` keeps `.pdf` too
 * (`.0` is no extension). Spaces around and dots at the end are removed.
 */
export function renamedFileName(current: string, typed: string): string {
  const name = typed.trim().replace(/[.\s]+$/, '');
  if (!name) return '';
  if (splitFileName(name).extension) return name;
  return name + splitFileName(current).extension;
}

/** Characters no file name may hold: path separators and control characters. */
const FORBIDDEN_CHARACTERS = /[/\\\u0000-\u001f\u007f]/;

/** Why a file name cannot be used, or `null`. */
export function fileNameProblem(name: string | null | undefined): FieldIssue | null {
  const text = (name ?? '').trim();
  if (!text) return REQUIRED;
  if (text.length > FILE_NAME_MAX) return {key: 'validation.tooLong', params: {max: FILE_NAME_MAX}};
  if (FORBIDDEN_CHARACTERS.test(text) || /^\.+$/.test(text)) return {key: 'notes.fileName.chars'};
  return null;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A size as users read it: message key `notes.size.<unit>` (`3,2 Mo`, `512 Ko`, `50 Mo` in
 * French; `3.2 MB` in English) with `size` rounded to one decimal below 100, whole above.
 * Units of 1024, as file managers show them.
 */
export function fileSize(bytes: number): FieldIssue & {params: {size: number}} {
  let value = Math.max(0, Number.isFinite(bytes) ? bytes : 0);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const size = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return {key: `notes.size.${UNITS[unit]}`, params: {size}};
}

/** Types a browser tab shows safely as they are (no script can run in them). */
const INLINE_TYPES = /^(?:application\/pdf|image\/(?:png|jpeg|gif|webp|bmp|avif|x-icon|vnd\.microsoft\.icon)|audio\/[\w.+-]+|video\/[\w.+-]+|text\/plain)$/i;
/** Types shown as plain text: their markup could run script in the page's origin. */
const TEXT_TYPES = /^(?:text\/[\w.+-]+|application\/(?:xhtml\+xml|xml|json|javascript|ecmascript|x-javascript)|image\/svg\+xml)$/i;

/**
 * How "Ouvrir" opens a file of this MIME type in a new tab: `inline` as it is (PDF, pictures,
 * sound, video, plain text), `text` as plain text (HTML, SVG, XML, scripts: a file's markup never
 * runs in the page's origin) or `download` (what a tab cannot show: the system opens it).
 */
export function openMode(type: string | null | undefined): 'inline' | 'text' | 'download' {
  const mime = (type ?? '').split(';')[0]!.trim();
  if (INLINE_TYPES.test(mime)) return 'inline';
  if (TEXT_TYPES.test(mime)) return 'text';
  return 'download';
}
