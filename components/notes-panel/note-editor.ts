import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {fileNameProblem, NOTE_TEXT_MAX, renamedFileName, splitFileName, validateNote} from '../../src/model/note-rules.js';
import type {Note, NoteCategory} from '../../src/model/types.js';
import {hasErrors, type FieldErrors} from '../../src/model/validation.js';
import {createNote, deleteNote, updateNote, type NotesHost, type NotStored} from '../../src/store/note-actions.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {ModalController, renderConfirm, renderDialog} from '../ui/dialog.js';
import {describedBy, fieldLabel, fieldMessages} from '../ui/fields.js';
import {icons} from '../ui/icons.js';
import {FileAccess, FileUnavailableError} from './file-access.js';
import {renderFileList, type FileAction, type Renaming} from './file-list.js';
import {changesOf, draftOfNote, fingerprint, newDraft, newFiles, withFileName, withFiles, withoutFile, type DraftFile, type NoteDraft} from './note-draft.js';
import type {Popover} from './popover.js';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: HTMLElement | DocumentFragment};
type Phase = 'closed' | 'ready' | 'saving' | 'deleting';

export interface NoteEditorOptions {
  i18n: LocaleController;
  popover: Popover;
  store: () => NotesHost | undefined;
  /** The client's name, shown above the note. */
  clientName: () => string;
  saved: (note: Note, created: boolean) => void;
  deleted: (note: {clientId: string; id: string}) => void;
}

const TEXT_ID = 'note-text';

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * "Édition d'une note": a modal dialog with the note's text (required) and its files. Files are
 * chosen or dropped (several at once, any type) and can be opened, saved, renamed and removed;
 * everything is saved together by "Enregistrer". Escape and × ask before discarding changes;
 * "Supprimer" asks first. A file the browser's storage cannot hold does not cost the note its
 * text: the note is saved, the editor stays open and says which file was not kept.
 */
export class NoteEditor implements ReactiveController {
  draft: NoteDraft | undefined;
  phase: Phase = 'closed';
  errors: FieldErrors = {};
  /** A failure to save or delete. */
  problem: string | undefined;
  /** Saved, but some files were not kept. */
  notice: string | undefined;
  renaming: Renaming | undefined;
  dragging = false;
  private baseline = '';
  private confirming: 'discard' | 'delete' | undefined;
  private lastConfirm: 'discard' | 'delete' = 'discard';
  private createdBy = '';
  private createdAt = '';
  private readonly files: FileAccess;
  // The confirmation first: when both close, it gives the focus back inside the editor first.
  private readonly confirmModal: ModalController;
  private readonly modal: ModalController;

  constructor(
    private readonly host: Host,
    private readonly options: NoteEditorOptions,
  ) {
    host.addController(this);
    this.confirmModal = new ModalController(host, {isOpen: () => this.opened && this.confirming !== undefined, onDismiss: () => this.setConfirming(undefined)});
    this.modal = new ModalController(host, {
      isOpen: () => this.opened,
      onDismiss: () => this.dismiss(),
      // The category menu that opened the editor is closed by then: back to its "+".
      fallbackFocus: () => host.renderRoot.querySelector<HTMLElement>('.add.popover-trigger'),
    });
    this.files = new FileAccess(host);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.reset();
  }

  get opened(): boolean {
    return this.phase !== 'closed';
  }

  get dirty(): boolean {
    return Boolean(this.draft) && fingerprint(this.draft) !== this.baseline;
  }

  /** Opens the editor on a new note of `category`. */
  openNew(clientId: string, category: NoteCategory): void {
    this.start(newDraft(clientId, category), undefined);
  }

  /** Opens the editor on a stored note: its full text and its files. */
  openNote(note: Note): void {
    this.start(draftOfNote(note), note);
  }

  /** Closes without asking. */
  close(): void {
    this.reset();
    this.host.requestUpdate();
  }

  private start(draft: NoteDraft, note: Note | undefined): void {
    this.reset();
    this.draft = draft;
    this.baseline = fingerprint(draft);
    this.createdBy = note?.createdBy ?? '';
    this.createdAt = note?.createdAt ?? '';
    this.phase = 'ready';
    this.host.requestUpdate();
  }

  private reset(): void {
    this.phase = 'closed';
    this.draft = undefined;
    this.baseline = '';
    this.errors = {};
    this.problem = undefined;
    this.notice = undefined;
    this.renaming = undefined;
    this.dragging = false;
    this.confirming = undefined;
  }

  private update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private setConfirming(kind: 'discard' | 'delete' | undefined): void {
    this.update(() => {
      if (kind) this.lastConfirm = kind;
      this.confirming = kind;
    });
  }

  /** Escape, ×: close, or ask first when there are unsaved changes. */
  private dismiss(): void {
    if (this.phase === 'saving' || this.phase === 'deleting') return;
    if (this.dirty) this.setConfirming('discard');
    else this.close();
  }

  // --- text and files -------------------------------------------------------------------------

  private readonly setText = (text: string): void => {
    if (!this.draft) return;
    this.update(() => {
      this.draft = {...this.draft!, text};
      if (this.errors.text && !validateNote({text}).text) this.errors = {};
    });
  };

  /** Adds files (chosen or dropped); nothing is kept before "Enregistrer". */
  addFiles(files: Iterable<File>): void {
    if (!this.draft || this.phase !== 'ready') return;
    const list = [...files];
    if (!list.length) return;
    this.update(() => (this.draft = withFiles(this.draft!, list)));
  }

  private readonly pick = (): void => {
    this.host.renderRoot.querySelector<HTMLInputElement>('#file-input')?.click();
  };

  private readonly onAction = async (file: DraftFile, action: FileAction): Promise<void> => {
    const popover = this.options.popover;
    switch (action) {
      case 'open':
      case 'save': {
        popover.close();
        const store = this.options.store();
        if (!store) return;
        try {
          await (action === 'open' ? this.files.open(store, file) : this.files.save(store, file));
        } catch (error) {
          const {i18n} = this.options;
          this.update(() => {
            this.problem =
              error instanceof FileUnavailableError
                ? i18n.t('notes.file.unavailable', {name: file.name})
                : i18n.t('notes.file.failed', {name: file.name, reason: reasonOf(error)});
          });
          if (!(error instanceof FileUnavailableError)) console.error('[interop-clients] a file could not be opened', error);
        }
        return;
      }
      case 'rename':
        popover.close(false);
        this.update(() => (this.renaming = {key: file.key, text: file.name}));
        await this.host.updateComplete;
        this.focusRename(file.name);
        return;
      case 'delete': {
        popover.close(false);
        const index = this.draft?.files.indexOf(file) ?? -1;
        this.update(() => (this.draft = withoutFile(this.draft!, file.key)));
        await this.host.updateComplete;
        // The focus goes to the next file, or the drop zone when none is left.
        const buttons = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.file-button')];
        (buttons[Math.min(index, buttons.length - 1)] ?? this.host.renderRoot.querySelector<HTMLElement>('.drop-zone'))?.focus();
        return;
      }
    }
  };

  private focusRename(name: string): void {
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('.rename input');
    if (!input) return;
    input.focus();
    // The name is selected without its extension, which is kept unless changed on purpose.
    input.setSelectionRange(0, splitFileName(name).base.length);
  }

  private readonly commitRename = async (): Promise<void> => {
    const renaming = this.renaming;
    const file = this.draft?.files.find((f) => f.key === renaming?.key);
    if (!renaming || !file) return;
    const name = renamedFileName(file.name, renaming.text);
    const problem = fileNameProblem(name);
    if (problem) {
      this.update(() => (this.renaming = {...renaming, error: this.options.i18n.tk(problem.key, problem.params)}));
      return;
    }
    this.update(() => {
      this.draft = withFileName(this.draft!, file.key, name);
      this.renaming = undefined;
    });
    await this.focusFile(file.key);
  };

  private readonly cancelRename = async (): Promise<void> => {
    const key = this.renaming?.key;
    this.update(() => (this.renaming = undefined));
    if (key) await this.focusFile(key);
  };

  private async focusFile(key: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-popover="${CSS.escape(`file:${key}`)}"] .file-button`)?.focus();
  }

  // --- drag and drop ---------------------------------------------------------------------------

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    // Taken here: a file dropped next to the zone must not replace the page.
    event.preventDefault();
    event.dataTransfer.dropEffect = this.phase === 'ready' ? 'copy' : 'none';
    if (!this.dragging && this.phase === 'ready') this.update(() => (this.dragging = true));
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && (event.currentTarget as Node).contains(to)) return;
    if (this.dragging) this.update(() => (this.dragging = false));
  };

  private readonly onDrop = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.update(() => (this.dragging = false));
    this.addFiles(event.dataTransfer.files);
  };

  // --- saving and deleting ---------------------------------------------------------------------

  private readonly save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const store = this.options.store();
    const draft = this.draft;
    if (!store || !draft || this.phase !== 'ready') return;
    if (this.renaming) return this.commitRename();
    const {i18n} = this.options;
    const errors = validateNote({text: draft.text, category: draft.category});
    if (hasErrors(errors)) {
      this.update(() => (this.errors = errors));
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>(`#${TEXT_ID}`)?.focus();
      return;
    }
    this.update(() => {
      this.phase = 'saving';
      this.problem = undefined;
      this.notice = undefined;
    });
    try {
      const created = !draft.noteId;
      const result = draft.noteId
        ? await updateNote(store, draft.noteId, changesOf(draft))
        : await createNote(store, {clientId: draft.clientId, category: draft.category, text: draft.text, files: newFiles(draft)});
      if (this.draft !== draft) return;
      if (!result.ok) {
        this.update(() => {
          this.phase = 'ready';
          this.errors = result.errors.text ? {text: result.errors.text} : {};
          const other = Object.entries(result.errors).find(([field]) => field !== 'text')?.[1];
          this.problem = other ? i18n.tk(other.key, other.params) : undefined;
        });
        return;
      }
      this.options.saved(result.note, created);
      if (!result.notStored.length) {
        this.close();
        return;
      }
      // Saved, but some bytes could not be kept: stay, and say which files.
      this.start(draftOfNote(result.note, result.notStored), result.note);
      this.update(() => (this.notice = this.notStoredMessage(result.notStored)));
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('.form-notice')?.focus();
    } catch (error) {
      console.error('[interop-clients] the note could not be saved', error);
      if (this.draft !== draft) return;
      this.update(() => {
        this.phase = 'ready';
        this.problem = i18n.t('notes.saveFailed', {reason: reasonOf(error)});
      });
    }
  };

  private notStoredMessage(notStored: readonly NotStored[]): string {
    const {i18n} = this.options;
    const names = (reason: NotStored['reason']) =>
      notStored.filter((entry) => entry.reason === reason).map((entry) => i18n.t('notes.fileName.quoted', {name: entry.attachment.name}));
    const quota = names('quota');
    const other = names('error');
    return [
      quota.length ? i18n.tk('notes.quota', {count: quota.length, names: quota.join(', ')}) : '',
      other.length ? i18n.tk('notes.notKept', {count: other.length, names: other.join(', ')}) : '',
    ]
      .filter(Boolean)
      .join('\n');
  }

  private readonly requestDelete = (): void => {
    if (this.phase === 'ready' && this.draft?.noteId) this.setConfirming('delete');
  };

  private async deleteNote(): Promise<void> {
    const store = this.options.store();
    const draft = this.draft;
    if (!store || !draft?.noteId || this.phase !== 'ready') return;
    this.update(() => (this.phase = 'deleting'));
    try {
      const result = await deleteNote(store, draft.noteId);
      if (this.draft !== draft) return;
      if (!result.ok) {
        const issue = result.errors.form;
        this.update(() => {
          this.phase = 'ready';
          this.confirming = undefined;
          this.problem = issue ? this.options.i18n.tk(issue.key, issue.params) : undefined;
        });
        return;
      }
      this.close();
      this.options.deleted({clientId: draft.clientId, id: draft.noteId});
    } catch (error) {
      console.error('[interop-clients] the note could not be deleted', error);
      this.update(() => {
        this.phase = 'ready';
        this.confirming = undefined;
        this.problem = this.options.i18n.t('notes.deleteFailed', {reason: reasonOf(error)});
      });
    }
  }

  // --- rendering --------------------------------------------------------------------------------

  render(): TemplateResult {
    const {i18n} = this.options;
    const draft = this.draft;
    const busy = this.phase !== 'ready';
    return html`${renderDialog({
      modal: this.modal,
      titleId: 'note-editor-title',
      title: i18n.t('notes.editor.title'),
      lang: i18n.lang,
      size: 'small',
      part: 'editor',
      closeLabel: i18n.t('notes.close'),
      body: draft ? this.renderBody(draft) : nothing,
      footer: draft
        ? html`${draft.noteId
              ? html`<button type="button" class="danger-button" part="delete-button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.requestDelete}>
                  ${i18n.t('notes.delete')}
                </button>`
              : nothing}
            <button type="submit" form="note-form" class="primary-button" part="save-button" aria-disabled=${busy ? 'true' : 'false'}>
              ${this.phase === 'saving' ? i18n.t('notes.saving') : i18n.t('notes.save')}
            </button>`
        : nothing,
    })}
    ${this.renderConfirmation()}`;
  }

  private renderBody(draft: NoteDraft): TemplateResult {
    const {i18n} = this.options;
    const error = this.errors.text ? i18n.tk(this.errors.text.key, this.errors.text.params) : undefined;
    const field = {id: TEXT_ID, label: i18n.t('notes.editor.text'), required: true, error};
    return html`<form
      id="note-form"
      class="note-form"
      novalidate
      @submit=${this.save}
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      <div class="note-heading">
        <p class="note-client">${this.options.clientName()}</p>
        <p class="note-category">${i18n.tk(`note.category.${draft.category}`)}</p>
        ${this.createdBy || this.createdAt
          ? html`<p class="note-meta">${i18n.t('notes.editor.createdBy', {user: this.createdBy, date: i18n.dateTime(this.createdAt)})}</p>`
          : nothing}
      </div>
      ${this.notice
        ? html`<div class="form-notice" role="alert" tabindex="-1">${icons.warning}<p>${this.notice}</p></div>`
        : nothing}
      ${this.problem ? html`<div class="form-problem" role="alert">${icons.warning}<p>${this.problem}</p></div>` : nothing}
      <div class="note-columns">
        <div class="field textarea-field note-text ${error ? 'invalid' : ''}">
          ${fieldLabel(field)}
          <textarea
            id=${TEXT_ID}
            class="control"
            data-field="text"
            .value=${live(draft.text)}
            required
            autofocus
            maxlength=${NOTE_TEXT_MAX}
            placeholder=${i18n.t('notes.editor.placeholder')}
            ?readonly=${this.phase !== 'ready'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy(field))}
            @input=${(event: Event) => this.setText((event.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${fieldMessages(field)}
        </div>
        ${renderFileList({
          i18n,
          files: draft.files,
          popover: this.options.popover,
          renaming: this.renaming,
          dragging: this.dragging,
          disabled: this.phase !== 'ready',
          onPick: this.pick,
          onChosen: (files) => this.addFiles(files),
          onAction: (file, action) => void this.onAction(file, action),
          onRenameInput: (text) => this.update(() => (this.renaming = this.renaming && {...this.renaming, text, error: undefined})),
          onRenameCommit: () => void this.commitRename(),
          onRenameCancel: () => void this.cancelRename(),
        })}
      </div>
    </form>`;
  }

  private renderConfirmation(): TemplateResult {
    const {i18n} = this.options;
    if ((this.confirming ?? this.lastConfirm) === 'delete') {
      return renderConfirm({
        modal: this.confirmModal,
        id: 'confirm-delete-note',
        lang: i18n.lang,
        title: i18n.t('notes.delete.title'),
        message: i18n.t('notes.delete.message'),
        confirmLabel: i18n.t('notes.delete.confirm'),
        cancelLabel: i18n.t('notes.cancel'),
        danger: true,
        busy: this.phase === 'deleting',
        onConfirm: () => void this.deleteNote(),
        onCancel: () => this.setConfirming(undefined),
      });
    }
    return renderConfirm({
      modal: this.confirmModal,
      id: 'confirm-discard-note',
      lang: i18n.lang,
      title: i18n.t('notes.discard.title'),
      message: i18n.t('notes.discard.message'),
      confirmLabel: i18n.t('notes.discard.confirm'),
      cancelLabel: i18n.t('notes.discard.cancel'),
      danger: true,
      onConfirm: () => this.close(),
      onCancel: () => this.setConfirming(undefined),
    });
  }
}

export const noteEditorStyles = css`
  .dialog.small[part~='editor'] {
    width: 760px;
  }
  .dialog[part~='editor'] .dialog-body {
    background: var(--_surface);
  }
  .note-form {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }
  .note-heading p {
    margin: 0;
    font-size: 22px;
    line-height: 1.25;
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  .note-heading .note-meta {
    margin-top: 6px;
    font-size: 13px;
    color: var(--_muted-text, #56646b);
  }
  .note-columns {
    display: grid;
    grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
    gap: 16px;
    align-items: stretch;
  }
  .note-text textarea {
    flex: 1;
    min-height: 260px;
    white-space: pre-wrap;
  }
  .form-problem,
  .form-notice {
    display: flex;
    gap: 10px;
    align-items: flex-start;
    padding: 10px 14px;
    border-radius: var(--_radius);
  }
  .form-problem {
    background: #fdecea;
    color: #8a1c1c;
    border: 1px solid #f3b7b2;
  }
  .form-notice {
    background: #fff4e5;
    color: #5c3400;
    border: 1px solid #f0c27b;
  }
  .form-problem p,
  .form-notice p {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  @media (max-width: 640px) {
    .note-columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
