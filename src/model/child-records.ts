/**
 * Rules shared by a client's contacts and shipping addresses: a flag that at most one record of
 * the client holds (default contact, billing responsible, principal address), and the documents
 * that keep a record from being deleted.
 */
import {tidy} from './normalize.js';
import {formatPhone, parsePhone} from './phone.js';
import {DOCUMENT_KINDS, type ClientDocument} from './types.js';
import {phoneProblem, type FieldIssue} from './validation.js';

/** A sibling record that must give up flags because the saved record now holds them. */
export interface FlagMove<T> {
  record: T;
  /** The flags it loses (each becomes `false`). */
  cleared: Array<keyof T>;
}

/**
 * The other records of the client that hold a flag `saved` now holds: each loses it, so that at
 * most one record holds each flag (even when older data had two). Empty when nothing moves.
 */
export function flagMoves<T extends {id: string}>(siblings: readonly T[], saved: T, flags: ReadonlyArray<keyof T>): Array<FlagMove<T>> {
  const held = flags.filter((flag) => saved[flag] === true);
  if (!held.length) return [];
  const moves: Array<FlagMove<T>> = [];
  for (const record of siblings) {
    if (record.id === saved.id) continue;
    const cleared = held.filter((flag) => record[flag] === true);
    if (cleared.length) moves.push({record, cleared});
  }
  return moves;
}

/** The record with the flag cleared. */
export function withFlagsCleared<T>(move: FlagMove<T>): T {
  const record = {...move.record};
  for (const flag of move.cleared) (record as Record<keyof T, unknown>)[flag] = false;
  return record;
}

/** The other record of the client that holds `flag` (the one a new choice takes it from), if any. */
export function flagHolder<T extends {id: string}>(siblings: readonly T[], flag: keyof T, selfId: string | undefined): T | undefined {
  return siblings.find((record) => record.id !== selfId && record[flag] === true);
}

const LISTED = 3;

/**
 * Why a record cannot be deleted: the documents that name it (`contactId` or `addressId`),
 * by kind, as `{keyPrefix}.{kind}` message keys with `count` (plural) and `numbers` (the first
 * three document numbers). Empty when no document names it.
 */
export function documentUsage(
  documents: readonly Pick<ClientDocument, 'kind' | 'number' | 'contactId' | 'addressId'>[],
  field: 'contactId' | 'addressId',
  id: string,
  keyPrefix: string,
): FieldIssue[] {
  const using = documents.filter((doc) => doc[field] === id);
  const reasons: FieldIssue[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const numbers = using.filter((doc) => doc.kind === kind).map((doc) => doc.number);
    if (!numbers.length) continue;
    const shown = numbers.slice(0, LISTED).join(', ') + (numbers.length > LISTED ? '…' : '');
    reasons.push({key: `${keyPrefix}.${kind}`, params: {count: numbers.length, numbers: shown}});
  }
  return reasons;
}

/** Digits only, 1 to 6 (`23`): a phone extension. Empty is not a problem here. */
export function extensionProblem(value: string | null | undefined): FieldIssue | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  return /^\d{1,6}$/.test(text) ? null : {key: 'contact.error.extension'};
}

/**
 * A phone and its extension as kept: North American numbers written `418 774-9801`, an extension
 * typed in the number (`418 774-9801 poste 23`) moved to the extension field when that one is
 * empty. Numbers that are not valid are kept as typed, for validation to report them.
 */
export function normalizePhonePair(phone: string | null | undefined, extension: string | null | undefined): {phone: string; extension: string} {
  const text = tidy(phone);
  const ext = tidy(extension).replace(/^#\s*/, '');
  if (!text || phoneProblem(text)) return {phone: text, extension: ext};
  const parts = parsePhone(text);
  if (!parts.extension || !ext || parts.extension === ext) return {phone: parts.number, extension: ext || parts.extension};
  return {phone: formatPhone(text), extension: ext};
}
