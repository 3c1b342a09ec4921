import {fileNameProblem, isNoteCategory, normalizeNoteText, renamedFileName, validateNote} from '../model/note-rules.js';
import type {Attachment, Note, NoteCategory} from '../model/types.js';
import {hasErrors, type FieldErrors} from '../model/validation.js';
import type {ClientsDb} from './db.js';
import type {StoreOperation} from './operations.js';
import {getClient} from './records.js';

/**
 * The client's notes and their files (SPEC §7). A note's record (text, category, who wrote it,
 * the files' names and sizes) is written through the store's outbox like every record; the files'
 * bytes stay in this browser's IndexedDB (table `attachments`, `{id, noteId, blob}`), each in its
 * own transaction, so that a file the storage cannot hold never costs the note its text: that file
 * is kept in the note with `stored: false` and reported in `notStored`.
 *
 * Every function takes the store (`ClientStore`, or anything with the same few members):
 *
 * ```ts
 * const result = await createNote(store, {clientId: 'c5', category: 'shipping', text: 'Quai 3', files: [file]});
 * ```
 */
export interface NotesHost {
  readonly db: ClientsDb;
  /** The current user (provider attribute `user`), kept as the note's author. */
  readonly user: string;
  write(ops: StoreOperation[]): Promise<void>;
  whenReady(): Promise<void>;
}

/** A file to attach: a `File` (its own name), or any Blob with the name to give it. */
export type NewAttachment = File | {blob: Blob; name: string};

/** A file whose bytes could not be kept, and why: the storage is full, or another failure. */
export interface NotStored {
  attachment: Attachment;
  reason: 'quota' | 'error';
}

export type NoteResult = {ok: true; noteId: string; note: Note; notStored: NotStored[]} | {ok: false; errors: FieldErrors};
export type NoteDeleteResult = {ok: true} | {ok: false; errors: FieldErrors};

export interface NoteInput {
  clientId: string;
  category: NoteCategory;
  text: string;
  files?: readonly NewAttachment[];
}

/** What an edit changes; what is absent stays as it is. */
export interface NoteChanges {
  text?: string;
  category?: NoteCategory;
  /** Files to attach, after those already there. */
  add?: readonly NewAttachment[];
  /** New names by attachment id (the extension is kept unless changed on purpose). */
  rename?: Readonly<Record<string, string>>;
  /** Ids of the attachments to remove (their bytes are deleted). */
  remove?: readonly string[];
}

const NOT_FOUND = {key: 'notes.notFound'};
const CLIENT_NOT_FOUND = {key: 'validation.notFound'};

function newId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  return `n-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** True for the storage-full error, as IndexedDB raises it and as Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
  const e = error as {name?: string; code?: number; inner?: {name?: string}} | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError' || e?.code === 22;
}

/** Creates a note of `category` for the client, by the current user, with its files. */
export async function createNote(host: NotesHost, input: NoteInput, now = new Date()): Promise<NoteResult> {
  const errors = validateNote({text: input.text, category: input.category});
  const files = input.files ?? [];
  files.forEach((file, index) => {
    const problem = fileNameProblem(nameOf(file));
    if (problem) errors[`files.${index}`] = problem;
  });
  if (hasErrors(errors)) return {ok: false, errors};
  await host.whenReady();
  if (!(await getClient(host.db, input.clientId))) return {ok: false, errors: {form: CLIENT_NOT_FOUND}};
  const id = newId();
  const stamp = now.toISOString();
  const {attachments, notStored} = await keepFiles(host.db, id, files, stamp);
  const note: Note = {
    id,
    clientId: input.clientId,
    category: input.category,
    text: normalizeNoteText(input.text),
    createdBy: host.user,
    createdAt: stamp,
    attachments,
    updatedAt: stamp,
    version: 0,
  };
  try {
    await host.write([{type: 'put', table: 'notes', key: id, record: note, before: null}]);
  } catch (error) {
    await forgetFiles(host.db, attachments);
    throw error;
  }
  return {ok: true, noteId: id, note, notStored};
}

/**
 * Saves an edit of a note in one write: its text or category, files added, renamed or removed.
 * Errors: `text`, `category`, `rename.<attachmentId>`, `files.<index>` (a name added), `form`.
 */
export async function updateNote(host: NotesHost, noteId: string, changes: NoteChanges, now = new Date()): Promise<NoteResult> {
  await host.whenReady();
  const before = await host.db.notes.get(noteId);
  if (!before) return {ok: false, errors: {form: NOT_FOUND}};
  const text = changes.text ?? before.text;
  const category = changes.category ?? before.category;
  const errors = validateNote({text, category});
  const removed = new Set(changes.remove ?? []);
  const kept = (before.attachments ?? [])
    .filter((attachment) => !removed.has(attachment.id))
    .map((attachment) => {
      const typed = changes.rename?.[attachment.id];
      if (typed === undefined) return attachment;
      const name = renamedFileName(attachment.name, typed);
      const problem = fileNameProblem(name);
      if (problem) errors[`rename.${attachment.id}`] = problem;
      return {...attachment, name};
    });
  const add = changes.add ?? [];
  add.forEach((file, index) => {
    const problem = fileNameProblem(nameOf(file));
    if (problem) errors[`files.${index}`] = problem;
  });
  if (hasErrors(errors)) return {ok: false, errors};
  const stamp = now.toISOString();
  const {attachments: added, notStored} = await keepFiles(host.db, noteId, add, stamp);
  const note: Note = {
    ...before,
    text: changes.text === undefined ? before.text : normalizeNoteText(text),
    category: isNoteCategory(category) ? category : before.category,
    attachments: [...kept, ...added],
    updatedAt: stamp,
  };
  try {
    await host.write([{type: 'put', table: 'notes', key: noteId, record: note, before}]);
  } catch (error) {
    await forgetFiles(host.db, added);
    throw error;
  }
  const gone = (before.attachments ?? []).filter((attachment) => removed.has(attachment.id));
  await forgetFiles(host.db, gone);
  return {ok: true, noteId, note, notStored};
}

/** Deletes a note and the bytes of its files. */
export async function deleteNote(host: NotesHost, noteId: string): Promise<NoteDeleteResult> {
  await host.whenReady();
  const before = await host.db.notes.get(noteId);
  if (!before) return {ok: false, errors: {form: NOT_FOUND}};
  await host.write([{type: 'delete', table: 'notes', key: noteId, before}]);
  await forgetFiles(host.db, before.attachments ?? []);
  return {ok: true};
}

/** Attaches files to a note (any number, any type). */
export function addAttachments(host: NotesHost, noteId: string, files: readonly NewAttachment[], now = new Date()): Promise<NoteResult> {
  return updateNote(host, noteId, {add: files}, now);
}

/** Renames a file of a note; its extension is kept unless `name` changes it on purpose. */
export function renameAttachment(host: NotesHost, noteId: string, attachmentId: string, name: string, now = new Date()): Promise<NoteResult> {
  return updateNote(host, noteId, {rename: {[attachmentId]: name}}, now);
}

/** Removes a file from a note and deletes its bytes. */
export function removeAttachment(host: NotesHost, noteId: string, attachmentId: string, now = new Date()): Promise<NoteResult> {
  return updateNote(host, noteId, {remove: [attachmentId]}, now);
}

/** The bytes of an attached file, `undefined` when they were not kept (or are gone). */
export async function attachmentBlob(host: Pick<NotesHost, 'db' | 'whenReady'>, attachmentId: string): Promise<Blob | undefined> {
  await host.whenReady();
  return (await host.db.attachments.get(attachmentId))?.blob ?? undefined;
}

/**
 * An object URL of an attached file's bytes (typed `type` when given), `undefined` when they were
 * not kept. The caller revokes it (`URL.revokeObjectURL`) once used.
 */
export async function attachmentUrl(host: Pick<NotesHost, 'db' | 'whenReady'>, attachmentId: string, type?: string): Promise<string | undefined> {
  const blob = await attachmentBlob(host, attachmentId);
  if (!blob) return undefined;
  return URL.createObjectURL(type !== undefined && type !== blob.type ? blob.slice(0, blob.size, type) : blob);
}

function nameOf(file: NewAttachment): string {
  return (file instanceof Blob ? (file as Partial<File>).name : file.name) ?? '';
}

function blobOf(file: NewAttachment): Blob {
  return file instanceof Blob ? file : file.blob;
}

/**
 * Keeps the files' bytes, one transaction each: a file the storage cannot hold is still listed
 * (`stored: false`), and the others are kept.
 */
async function keepFiles(db: ClientsDb, noteId: string, files: readonly NewAttachment[], stamp: string): Promise<{attachments: Attachment[]; notStored: NotStored[]}> {
  const attachments: Attachment[] = [];
  const notStored: NotStored[] = [];
  for (const file of files) {
    const blob = blobOf(file);
    const attachment: Attachment = {id: newId(), name: nameOf(file).trim(), size: blob.size, type: blob.type, stored: true, addedAt: stamp};
    try {
      await db.attachments.put({id: attachment.id, noteId, blob});
    } catch (error) {
      attachment.stored = false;
      const reason = isQuotaError(error) ? 'quota' : 'error';
      if (reason === 'error') console.error(`[interop-clients] the file "${attachment.name}" could not be kept`, error);
      notStored.push({attachment, reason});
    }
    attachments.push(attachment);
  }
  return {attachments, notStored};
}

async function forgetFiles(db: ClientsDb, attachments: readonly Attachment[]): Promise<void> {
  const ids = attachments.filter((attachment) => attachment.stored).map((attachment) => attachment.id);
  if (!ids.length) return;
  try {
    await db.attachments.bulkDelete(ids);
  } catch (error) {
    console.error('[interop-clients] the bytes of removed files could not be deleted', error);
  }
}
