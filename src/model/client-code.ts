/**
 * Client codes: generated from the numbering pattern of the settings (`C-####` → `C-0001`,
 * `C-0002`…), unique ignoring case, and made of characters every accounting system accepts.
 */
import type {FieldIssue} from './validation.js';

/** The pattern used when the settings give none. */
export const DEFAULT_CLIENT_CODE_PATTERN = 'C-####';
export const CLIENT_CODE_MAX_LENGTH = 20;

const CODE = /^[A-Za-z0-9._-]{1,20}$/;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface ParsedPattern {
  prefix: string;
  width: number;
  suffix: string;
}

/** Splits a pattern around its last run of `#` (a pattern without `#` gets four digits at the end). */
function parsePattern(pattern: string): ParsedPattern {
  const text = (pattern || DEFAULT_CLIENT_CODE_PATTERN).trim() || DEFAULT_CLIENT_CODE_PATTERN;
  const match = /#+(?!.*#)/.exec(text);
  if (!match) return {prefix: text, width: 4, suffix: ''};
  return {prefix: text.slice(0, match.index), width: match[0].length, suffix: text.slice(match.index + match[0].length)};
}

/**
 * The code that follows the highest existing code of the pattern: `C-####` after `C-7548` gives
 * `C-7549`, with no code yet `C-0001`, after `C-9999` `C-10000`. Codes of another form (`ACME`,
 * `C-12A`) are ignored; prefix and suffix are compared ignoring case. The result is never one of
 * `existingCodes`.
 */
export function nextClientCode(pattern: string, existingCodes: Iterable<string>): string {
  const {prefix, width, suffix} = parsePattern(pattern);
  const shape = new RegExp(`^${escapeRegExp(prefix)}(\\d+)${escapeRegExp(suffix)}$`, 'i');
  const taken = new Set<string>();
  let highest = 0;
  for (const raw of existingCodes) {
    const code = (raw ?? '').trim();
    taken.add(code.toUpperCase());
    const match = shape.exec(code);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  for (let next = highest + 1; ; next++) {
    const code = `${prefix}${String(next).padStart(width, '0')}${suffix}`;
    if (!taken.has(code.toUpperCase())) return code;
  }
}

/** The code of a pattern for a number (`C-####`, 5 → `C-0005`): the example shown to users. */
export function clientCodeExample(pattern: string, number = 1): string {
  const {prefix, width, suffix} = parsePattern(pattern);
  return `${prefix}${String(number).padStart(width, '0')}${suffix}`;
}

/**
 * What is wrong with a client code, or `null`: required; 1 to 20 characters among unaccented
 * letters, digits, `-`, `_` and `.` (no spaces); not used by another client (`selfId` excluded),
 * ignoring case.
 */
export function clientCodeProblem(
  code: string | null | undefined,
  existing: ReadonlyArray<{id: string; code: string}>,
  selfId?: string,
): FieldIssue | null {
  const text = (code ?? '').trim();
  if (!text) return {key: 'validation.required'};
  if (!CODE.test(text)) return {key: 'validation.code.format', params: {max: CLIENT_CODE_MAX_LENGTH}};
  const wanted = text.toUpperCase();
  const other = existing.find((client) => client.id !== selfId && client.code.trim().toUpperCase() === wanted);
  return other ? {key: 'validation.code.taken', params: {code: other.code}} : null;
}
