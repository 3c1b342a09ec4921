import type {Attachment, Note, NoteCategory} from '../../src/model/types.js';
import type {NewAttachment, NoteChanges, NotStored} from '../../src/store/note-actions.js';

/** A file of the note being edited: one already attached (`attachment`) or one just added (`file`). */
export interface DraftFile {
  /** Stable key in the editor: the attachment id, or a key of its own for a new file. */
  key: string;
  /** The name as it will be saved (renamed, maybe). */
  name: string;
  size: number;
  type: string;
  attachment?: Attachment;
  file?: File;
  /** Why its bytes are not in this browser, when they are not. */
  notStored?: NotStored['reason'];
}

/** The note in the editor: a new one (no `noteId`) or an edited one. */
export interface NoteDraft {
  noteId?: string;
  clientId: string;
  category: NoteCategory;
  text: string;
  files: DraftFile[];
  /** Attachments taken off the note (their bytes go when it is saved). */
  removed: string[];
}

let counter = 0;

export function newDraft(clientId: string, category: NoteCategory): NoteDraft {
  return {clientId, category, text: '', files: [], removed: []};
}

/** The draft of a stored note; files whose bytes were not kept say why when `notStored` knows. */
export function draftOfNote(note: Note, notStored: readonly NotStored[] = []): NoteDraft {
  const reasons = new Map(notStored.map((entry) => [entry.attachment.id, entry.reason]));
  return {
    noteId: note.id,
    clientId: note.clientId,
    category: note.category,
    text: note.text,
    files: (note.attachments ?? []).map((attachment) => ({
      key: attachment.id,
      name: attachment.name,
      size: attachment.size,
      type: attachment.type,
      attachment,
      notStored: attachment.stored === false ? (reasons.get(attachment.id) ?? 'quota') : undefined,
    })),
    removed: [],
  };
}

/** The draft with files added (chosen or dropped), after those already there. */
export function withFiles(draft: NoteDraft, files: Iterable<File>): NoteDraft {
  const added = [...files].map(
    (file): DraftFile => ({key: `new-${(counter += 1)}`, name: file.name, size: file.size, type: file.type, file}),
  );
  return {...draft, files: [...draft.files, ...added]};
}

export function withoutFile(draft: NoteDraft, key: string): NoteDraft {
  const file = draft.files.find((f) => f.key === key);
  if (!file) return draft;
  return {
    ...draft,
    files: draft.files.filter((f) => f !== file),
    removed: file.attachment ? [...draft.removed, file.attachment.id] : draft.removed,
  };
}

export function withFileName(draft: NoteDraft, key: string, name: string): NoteDraft {
  return {...draft, files: draft.files.map((file) => (file.key === key ? {...file, name} : file))};
}

/** What identifies the draft's content, to tell whether it changed. */
export function fingerprint(draft: NoteDraft | undefined): string {
  if (!draft) return '';
  return JSON.stringify([draft.category, draft.text, draft.files.map((file) => [file.key, file.name]), draft.removed]);
}

/** The new files of a draft, named as the user left them. */
export function newFiles(draft: NoteDraft): NewAttachment[] {
  return draft.files.filter((file) => file.file).map((file) => ({blob: file.file!, name: file.name}));
}

/** What saving an edited note changes. */
export function changesOf(draft: NoteDraft): NoteChanges {
  const rename: Record<string, string> = {};
  for (const file of draft.files) {
    if (file.attachment && file.name !== file.attachment.name) rename[file.attachment.id] = file.name;
  }
  return {text: draft.text, category: draft.category, add: newFiles(draft), rename, remove: draft.removed};
}
