import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {html as staticHtml} from 'lit/static-html.js';
import {isNoteCategory} from '../../src/model/note-rules.js';
import type {NoteCategory} from '../../src/model/types.js';
import {InteropElement} from '../base/interop-element.js';
import {ClientFileController} from '../controllers/client-file-controller.js';
import {LocaleController} from '../controllers/locale-controller.js';
import {StoreController} from '../controllers/store-controller.js';
import {ModalController, renderDialog} from '../ui/dialog.js';
import {icons} from '../ui/icons.js';
import {registeredTag} from '../base/element-tag.js';
import {NotesPanel} from '../notes-panel/notes-panel.js';
import {styles} from './client-notes.styles.js';

/**
 * The client's notes for one module, for the header of the other interOP screens (quotes, jobs,
 * shipping slips, invoices): a compact badge with the number of the client's notes of that module;
 * it opens them in a pop-over ("Notes spécifiques au client …"), where a new note of that type can
 * be added and each note opened, changed or deleted.
 *
 * @summary Notes badge and pop-over for the host's other modules.
 *
 * @event note-saved - A note was saved in the pop-over. `detail`: `{clientId, noteId, created}`.
 * @event note-deleted - A note was deleted in the pop-over. `detail`: `{clientId, noteId}`.
 *
 * @csspart badge - The button with the count.
 * @csspart count - The red count (absent when the client has no note for the module).
 * @csspart dialog - The pop-over (a native `<dialog>`).
 * @csspart popover - The pop-over (also has `dialog`).
 * @csspart panel - The `<notes-panel>` inside the pop-over.
 *
 * @cssproperty --client-notes-count-color - Background of the count (red by default).
 */
export class ClientNotes extends InteropElement {
  static override tagName = 'client-notes';
  static override styles = styles;

  /** Id of the client of the host's document. */
  @property({attribute: 'client-id'}) clientId = '';

  /** The host's module: `quotes`, `jobs`, `shipping` or `invoicing`; only its notes are shown. */
  @property() module: NoteCategory | '' = '';

  /** Whether the pop-over is shown (attribute `open`). */
  @property({type: Boolean, reflect: true}) open = false;

  private warned = '';

  private readonly i18n = new LocaleController(this);
  private readonly data = new StoreController(this, (store) => [store.status]);
  private readonly file = new ClientFileController(this, () => ({store: this.data.store, clientId: this.clientId}));
  private readonly modal = new ModalController(this, {isOpen: () => this.open && this.valid, onDismiss: () => this.hide()});

  /** How many notes the client has for the module (0 while loading). */
  get count(): number {
    const module = this.module;
    return this.file.value?.notes.filter((note) => note.category === module).length ?? 0;
  }

  /** Opens the pop-over. */
  show(): void {
    this.open = true;
  }

  /** Closes the pop-over; nothing happens while a note is open in its editor (which asks first). */
  hide(): void {
    if (this.renderRoot.querySelector<NotesPanel>('.panel')?.editing) return;
    this.open = false;
  }

  private get valid(): boolean {
    return Boolean(this.clientId) && isNoteCategory(this.module);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('module') && this.module && !isNoteCategory(this.module) && this.warned !== this.module) {
      // A host mistake is said once, in the console; the page goes on.
      console.warn(`[interop-clients] <client-notes module="${this.module}">: the module must be quotes, jobs, shipping or invoicing.`);
      this.warned = this.module;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.valid) return nothing;
    const i18n = this.i18n;
    const count = this.count;
    const label = i18n.t('notes.badge');
    const name = this.file.value?.client.name ?? '';
    const tag = registeredTag(NotesPanel);
    return html`<button
        type="button"
        class="badge"
        part="badge"
        lang=${i18n.lang}
        title=${count ? `${label} (${count})` : label}
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${() => (this.open ? this.hide() : this.show())}
      >
        ${icons.pencil}<span class="visually-hidden">${label}</span>
        ${count ? html`<span class="count" part="count">${count}</span>` : nothing}
      </button>
      ${renderDialog({
        modal: this.modal,
        titleId: 'client-notes-title',
        title: i18n.t('notes.popover.title', {name}),
        lang: i18n.lang,
        size: 'small',
        part: 'popover',
        closeLabel: i18n.t('notes.close'),
        body: this.open
          ? staticHtml`<${tag} class="panel" part="panel" client-id=${this.clientId} category=${this.module}></${tag}>`
          : nothing,
      })}`;
  }
}
