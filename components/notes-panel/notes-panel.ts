import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {notesNewestFirst} from '../../src/model/documents.js';
import {isNoteCategory} from '../../src/model/note-rules.js';
import {NOTE_CATEGORIES, type Note, type NoteCategory} from '../../src/model/types.js';
import {InteropElement} from '../base/interop-element.js';
import {ClientFileController} from '../controllers/client-file-controller.js';
import {LocaleController} from '../controllers/locale-controller.js';
import {StoreController} from '../controllers/store-controller.js';
import {icons} from '../ui/icons.js';
import {NoteEditor} from './note-editor.js';
import {styles} from './notes-panel.styles.js';
import {Popover} from './popover.js';

const ADD_KEY = 'add';

/**
 * The client's notes (SPEC §7): Module, Créé par / le and Notes (long text clamped; the full text
 * when the note is opened), with a paperclip and the number of attached files in red. "+" asks
 * for the note's type (Note pour soumissions, dossiers, expédition, facturation), or takes the
 * panel's `category`. A note opens in "Édition d'une note": its required text, and its files
 * (click or drop, several at once, any type; each opened, saved, renamed or removed). "Supprimer"
 * asks first. The author is the provider's `user`. Notes and file names are always shown as text.
 *
 * @summary The client's notes and their attached files.
 *
 * @event note-saved - A note was saved (created, or its text or files changed). `detail`: `{clientId, noteId, created}`.
 * @event note-deleted - A note was deleted with its files. `detail`: `{clientId, noteId}`.
 *
 * @csspart header - The title and the "+" button.
 * @csspart add-button - "+" (Ajouter une note).
 * @csspart table - The list of notes.
 * @csspart dialog - The native `<dialog>` elements (the editor and its confirmations).
 * @csspart editor - The editor's dialog (also has `dialog`).
 * @csspart confirm - A confirmation dialog (also has `dialog`).
 * @csspart drop-zone - "Cliquer ou déposer un ou plusieurs fichiers".
 * @csspart save-button - "Enregistrer".
 * @csspart delete-button - "Supprimer".
 *
 * @cssproperty --notes-panel-max-height - Height after which the list scrolls.
 */
export class NotesPanel extends InteropElement {
  static override tagName = 'notes-panel';
  static override styles = styles;

  /** Id of the client whose notes are shown. */
  @property({attribute: 'client-id'}) clientId = '';

  /**
   * Only the notes of this module: `quotes`, `jobs`, `shipping` or `invoicing`; "+" then creates
   * a note of that type. Without it (or with another value), every note of the client.
   */
  @property() category: NoteCategory | '' = '';

  private readonly i18n = new LocaleController(this);
  private readonly data = new StoreController(this, (store) => [store.status, store.problem]);
  private readonly file = new ClientFileController(this, () => ({store: this.data.store, clientId: this.clientId}));
  private readonly popups = new Popover(this);
  private readonly editor = new NoteEditor(this, {
    i18n: this.i18n,
    popover: this.popups,
    store: () => this.data.store,
    clientName: () => this.file.value?.client.name ?? '',
    saved: (note, created) => this.emit('note-saved', {clientId: note.clientId, noteId: note.id, created}),
    deleted: (note) => this.emit('note-deleted', {clientId: note.clientId, noteId: note.id}),
  });

  /** The category shown, or `undefined` for all. */
  private get filter(): NoteCategory | undefined {
    return isNoteCategory(this.category) ? this.category : undefined;
  }

  /** The notes shown, newest first (empty while loading). */
  get notes(): Note[] {
    const notes = this.file.value?.notes ?? [];
    const filter = this.filter;
    return notesNewestFirst(filter ? notes.filter((note) => note.category === filter) : notes);
  }

  /** Whether the note editor is open. */
  get editing(): boolean {
    return this.editor.opened;
  }

  /** Opens the editor on a new note: of `category`, of the panel's category, or asks which. */
  addNote(category?: NoteCategory): void {
    const chosen = category ?? this.filter;
    if (!chosen) {
      void this.popups.open(ADD_KEY);
      return;
    }
    if (this.clientId) this.editor.openNew(this.clientId, chosen);
  }

  /** Opens a note of the list in the editor (its full text and files). */
  openNote(noteId: string): void {
    const note = this.file.value?.notes.find((n) => n.id === noteId);
    if (note) this.editor.openNote(note);
  }

  protected override render(): TemplateResult {
    const i18n = this.i18n;
    const filter = this.filter;
    const status = this.file.status;
    const canAdd = status === 'ready';
    return html`<section class="notes" lang=${i18n.lang} aria-labelledby="notes-title">
      <div class="header" part="header">
        <h2 id="notes-title">${i18n.tk(filter ? `notes.title.${filter}` : 'notes.title')}</h2>
        ${this.renderAdd(canAdd)}
      </div>
      ${this.renderContent()}
      ${filter ? nothing : html`<p class="footnote">${i18n.t('notes.footnote')}</p>`}
    </section>
    ${this.editor.render()}`;
  }

  private renderAdd(enabled: boolean): TemplateResult {
    const i18n = this.i18n;
    const label = i18n.t('notes.add');
    const direct = Boolean(this.filter);
    const open = this.popups.isOpen(ADD_KEY);
    return html`<div data-popover=${ADD_KEY} @keydown=${this.popups.onKeydown} @focusout=${this.popups.onFocusOut}>
      <button
        type="button"
        class="icon-button filled add popover-trigger"
        part="add-button"
        aria-label=${label}
        title=${label}
        aria-expanded=${direct ? nothing : open ? 'true' : 'false'}
        aria-controls=${!direct && open ? 'add-choices' : nothing}
        ?disabled=${!enabled}
        @click=${() => (direct ? this.addNote() : this.popups.toggle(ADD_KEY))}
      >
        ${icons.plus}
      </button>
      ${open && !direct
        ? html`<div class="menu" id="add-choices" role="group" aria-label=${i18n.t('notes.add.choose')}>
            ${NOTE_CATEGORIES.map(
              (category) => html`<button
                type="button"
                class="menu-item"
                @click=${() => {
                  this.popups.close(false);
                  this.addNote(category);
                }}
              >
                ${i18n.tk(`note.category.${category}`)}
              </button>`,
            )}
          </div>`
        : nothing}
    </div>`;
  }

  private renderContent(): TemplateResult {
    const i18n = this.i18n;
    const status = this.file.status;
    const problem = this.data.store?.problem;
    if (status === 'missing') return html`<p class="message" role="alert">${i18n.t('notes.clientNotFound')}</p>`;
    if (status !== 'ready') {
      return problem && this.data.store?.status === 'error'
        ? html`<p class="message" role="alert">${i18n.tk(`store.error.${problem.code}`, {reason: problem.reason})}</p>`
        : html`<p class="message" role="status">${i18n.t('notes.loading')}</p>`;
    }
    const notes = this.notes;
    if (!notes.length) return html`<p class="empty">${i18n.t('notes.empty')}</p>`;
    const withModule = !this.filter;
    return html`<div class="table-scroll">
      <table class="history notes-table" part="table" aria-labelledby="notes-title">
        <thead>
          <tr>
            ${withModule ? html`<th scope="col">${i18n.t('notes.col.module')}</th>` : nothing}
            <th scope="col">${i18n.t('notes.col.created')}</th>
            <th scope="col">${i18n.t('notes.col.text')}</th>
            <th scope="col" class="files-col"><span class="visually-hidden">${i18n.t('notes.col.files')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${notes.map((note) => this.renderRow(note, withModule))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(note: Note, withModule: boolean): TemplateResult {
    const i18n = this.i18n;
    const files = note.attachments?.length ?? 0;
    const filesLabel = i18n.tk('notes.attachments', {count: files});
    return html`<tr data-id=${note.id} @click=${() => this.editor.openNote(note)}>
      ${withModule ? html`<td class="module">${i18n.tk(`note.module.${note.category}`)}</td>` : nothing}
      <td class="created">
        <span class="line">${note.createdBy}</span>
        <span class="line">${i18n.dateTime(note.createdAt)}</span>
      </td>
      <td class="text">
        <button
          type="button"
          class="note-open"
          @click=${(event: Event) => {
            event.stopPropagation();
            this.editor.openNote(note);
          }}
        >
          <span class="clamp">${note.text}</span>
        </button>
      </td>
      <td class="files-col">
        ${files
          ? html`<span class="files" role="img" aria-label=${filesLabel} title=${filesLabel}
              >${icons.paperclip}<span class="count" aria-hidden="true">${files}</span></span
            >`
          : nothing}
      </td>
    </tr>`;
  }
}
