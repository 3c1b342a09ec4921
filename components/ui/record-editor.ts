import {css, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {FieldErrors, FieldIssue} from '../../src/model/validation.js';
import type {Versioned} from '../../src/model/types.js';
import type {ChildDeleteResult, ChildSaveResult} from '../../src/store/child-record-actions.js';
import type {ClientFile, ClientStore} from '../../src/store/client-store.js';
import {InteropElement} from '../base/interop-element.js';
import {editorStyles} from '../client-editor/client-editor.styles.js';
import {describe} from '../client-editor/editor-data.js';
import {renderConfirmation, renderFooter} from '../client-editor/editor-parts.js';
import {reasonsText, type Availability} from '../client-editor/delete-rules.js';
import {fieldId} from '../client-editor/tab-context.js';
import {LocaleController} from '../controllers/locale-controller.js';
import {StoreController} from '../controllers/store-controller.js';
import {dialogStyles, ModalController, renderConfirm, renderDialog} from './dialog.js';
import {fieldStyles} from './field.styles.js';
import {icons} from './icons.js';
import {tokens} from './tokens.styles.js';

type Phase = 'closed' | 'loading' | 'missing' | 'ready' | 'saving';

/** A contact or an address as an editor changes it. */
export type RecordDraft = {id?: string; clientId: string};

/** The layout of the contact and address editors (`Contacts_3.png`, `AdressesExp_2_creation.png`). */
export const recordEditorStyles = css`
  .dialog[part~='editor'] {
    width: 720px;
  }
  /* White form, blue-grey fields, the buttons on the page colour (Contacts_3.png). */
  .dialog[part~='editor'] .dialog-body {
    background: var(--_surface);
  }
  .dialog[part~='editor'] .dialog-footer {
    padding-top: 16px;
  }
  .record-form {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    flex-wrap: wrap;
  }
  .section-title.big {
    font-size: 26px;
    font-weight: 400;
  }
  .boxes {
    display: grid;
    gap: 6px;
  }
  .move-note {
    margin: -2px 0 0 28px;
    font-size: 12px;
    color: var(--_muted-text, #56646b);
  }
  .row > .field.tiny {
    flex: 0 1 120px;
  }
  .row > .field.wide {
    flex: 2 1 0;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 10px;
    font-size: 20px;
    color: var(--_primary);
  }
  .switch input {
    appearance: none;
    position: relative;
    width: 34px;
    height: 18px;
    margin: 0;
    border: 2px solid var(--_primary);
    border-radius: 9px;
    background: var(--_surface);
    cursor: pointer;
  }
  .switch input::before {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_primary);
    transition: transform 0.15s;
  }
  .switch input:checked {
    background: var(--_primary);
  }
  .switch input:checked::before {
    background: var(--_surface);
    transform: translateX(16px);
  }
  .switch input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    .switch input::before {
      transition: none;
    }
  }
`;

/**
 * The dialog shared by the contact and shipping-address editors: opened on a record of a client
 * (`open(id)`) or to create one (`open()`), with the `client-id` attribute naming the client. It
 * reads the client's file once, keeps a draft, saves it through the store (which validates with
 * the model's rules: each message next to its field, the focus on the first), ignores a second
 * click while saving, asks before discarding changes, and offers "Supprimer" disabled with the
 * reason when documents use the record. Subclasses give the fields and the store calls.
 */
export abstract class RecordEditor<R extends Versioned & {clientId: string}, D extends RecordDraft> extends InteropElement {
  static override styles = [tokens, fieldStyles, dialogStyles, editorStyles, recordEditorStyles];

  /** Id of the client whose record is edited or created. */
  @property({attribute: 'client-id'}) clientId = '';

  /**
   * Whether the dialog is shown (attribute `open`). Setting it opens the editor on the record
   * named by the id attribute (none: a new one) or closes it without asking; `open()` and
   * `close()` do the same.
   */
  @property({type: Boolean, reflect: true, attribute: 'open'}) opened = false;

  @state() protected phase: Phase = 'closed';
  @state() protected draft: D | undefined;
  @state() protected errors: FieldErrors = {};
  @state() protected file: ClientFile | undefined;
  @state() private baseline = '';
  @state() private problem: string | undefined;
  @state() private confirming: 'discard' | 'delete' | undefined;
  @state() private lastConfirm: 'discard' | 'delete' = 'discard';
  @state() private deleting = false;

  protected readonly i18n = new LocaleController(this);
  protected readonly data = new StoreController(this, (store) => this.storeSlice(store));
  // The confirmation first: when both close, it gives the focus back inside the editor before
  // the editor gives it back to the page.
  private readonly confirmModal = new ModalController(this, {
    isOpen: () => this.opened && this.confirming !== undefined,
    onDismiss: () => (this.confirming = undefined),
  });
  private readonly modal = new ModalController(this, {isOpen: () => this.opened, onDismiss: () => this.dismiss()});
  private session = 0;
  private loadedSession = -1;

  // --- what each editor gives ------------------------------------------------------------------

  /** Prefix of the editor's message keys (`contact`, `address`). */
  protected abstract readonly kind: 'contact' | 'address';
  /** Id of the record edited, `''` to create one (the `contact-id` / `address-id` attribute). */
  protected abstract recordId: string;
  /** The fields the editor shows, in reading order (errors of other paths are shown above). */
  protected abstract readonly fields: readonly string[];
  protected abstract recordsOf(file: ClientFile): readonly R[];
  protected abstract newDraft(file: ClientFile): D;
  protected abstract draftOf(record: R): D;
  protected abstract saveDraft(store: ClientStore, draft: D): Promise<ChildSaveResult<R>>;
  protected abstract deleteRecord(store: ClientStore, id: string): Promise<ChildDeleteResult>;
  protected abstract deleteBlockers(file: ClientFile, id: string): FieldIssue[];
  /** The record's name in the delete confirmation. */
  protected abstract recordName(draft: D): string;
  protected abstract renderFields(draft: D): TemplateResult;
  protected abstract emitSaved(clientId: string, id: string, created: boolean): void;
  protected abstract emitDeleted(clientId: string, id: string): void;

  /** What of the store re-renders the editor. */
  protected storeSlice(store: ClientStore): unknown[] {
    return [store.status, store.loadProgress === null];
  }

  /** The draft after the user changed one field, and the fields whose errors go with it. */
  protected edit(draft: D, field: string, value: unknown): {draft: D; cleared: string[]} {
    return {draft: {...draft, [field]: value}, cleared: [field]};
  }

  // --- public API ------------------------------------------------------------------------------

  /** Opens the editor: on the record `id`, or on a new record when omitted. */
  open(id?: string): void {
    if (this.opened && (id ?? '') === this.recordId) return;
    this.recordId = id ?? '';
    this.opened = true;
  }

  /** Closes the editor without asking (unsaved changes are lost). */
  close(): void {
    this.opened = false;
  }

  /** True when the draft differs from what was loaded. */
  get dirty(): boolean {
    return Boolean(this.draft) && fingerprint(this.draft) !== this.baseline;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('opened')) {
      if (this.opened && this.phase === 'closed') this.begin();
      else if (!this.opened && this.phase !== 'closed') this.end();
    } else if (this.opened && this.recordChanged(changed)) {
      this.begin();
    }
  }

  private recordChanged(changed: PropertyValues): boolean {
    return [...changed.keys()].some((key) => (key === 'clientId' || key === this.recordIdProperty) && changed.get(key) !== undefined);
  }

  /** The name of the property holding the record id (`contactId`, `addressId`). */
  protected abstract readonly recordIdProperty: string;

  protected override updated(): void {
    // Follows the file once the store has opened its cache (it may come from a provider upgraded
    // later; during a first import the clients and contacts are there before the rest).
    const store = this.data.store;
    if (this.phase === 'loading' && store && store.status !== 'opening' && this.loadedSession !== this.session) {
      this.loadedSession = this.session;
      void this.load(store, this.session);
    }
    // A record not found while the first import was bringing records in: look again now it is over.
    if (this.phase === 'loading' && this.awaitingImport && store?.loadProgress === null) {
      this.awaitingImport = false;
      this.loadedSession = -1;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow();
  }

  // --- session -----------------------------------------------------------------------------------

  private begin(): void {
    this.session += 1;
    this.end();
    this.phase = 'loading';
  }

  protected end(): void {
    this.unfollow();
    this.awaitingImport = false;
    this.phase = 'closed';
    this.draft = undefined;
    this.file = undefined;
    this.baseline = '';
    this.errors = {};
    this.problem = undefined;
    this.confirming = undefined;
    this.deleting = false;
  }

  private stopFollowing: (() => void) | undefined;
  /** The record was not found while the first import was still running. */
  private awaitingImport = false;

  private unfollow(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }

  /**
   * Reads the client's file (a plain read: it does not wait for a first import to end) and starts
   * the draft from it; then follows the file while the editor is open, so that what it shows of
   * the other records (whom a flag moves from, what blocks a deletion) stays up to date.
   */
  private async load(store: ClientStore, session: number): Promise<void> {
    let file: ClientFile | undefined;
    try {
      file = this.clientId ? await store.readClientFile(this.clientId) : undefined;
    } catch (error) {
      console.error(`[interop-clients] the ${this.kind} could not be loaded in the editor`, error);
    }
    if (session !== this.session) return;
    const record = file && this.recordId ? this.recordsOf(file).find((r) => r.id === this.recordId) : undefined;
    if (!file || (this.recordId && !record)) {
      // Perhaps still arriving (first import): look again when it ends; otherwise it does not exist.
      if (store.loadProgress !== null && this.clientId) this.awaitingImport = true;
      else this.phase = 'missing';
      return;
    }
    this.file = file;
    this.draft = record ? this.draftOf(record) : this.newDraft(file);
    this.baseline = fingerprint(this.draft);
    this.phase = 'ready';
    this.follow(store, session);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(this.fields[0]!)}`)?.focus();
  }

  private follow(store: ClientStore, session: number): void {
    this.unfollow();
    this.stopFollowing = store.watchClientFile(this.clientId, (file) => {
      if (file && session === this.session && this.phase !== 'closed') this.file = file;
    });
  }

  // --- editing -----------------------------------------------------------------------------------

  /** Changes one field of the draft (its error goes; it is checked again on saving). */
  protected readonly set = (field: string, value: unknown): void => {
    if (!this.draft || this.phase !== 'ready') return;
    const {draft, cleared} = this.edit(this.draft, field, value);
    this.draft = draft;
    if (cleared.some((key) => key in this.errors)) {
      const errors = {...this.errors};
      for (const key of cleared) delete errors[key];
      this.errors = errors;
    }
  };

  /** The translated error of a field, if any. */
  protected readonly error = (field: string): string | undefined => {
    const issue = this.errors[field];
    return issue ? this.i18n.tk(issue.key, issue.params) : undefined;
  };

  /** The client's other records (those a flag moves from). */
  protected get others(): readonly R[] {
    return this.file ? this.recordsOf(this.file).filter((record) => record.id !== this.draft?.id) : [];
  }

  // --- saving, deleting, closing -------------------------------------------------------------------

  private readonly save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const store = this.data.store;
    const draft = this.draft;
    // A second click while the first is being saved does nothing.
    if (!store || !draft || this.phase !== 'ready') return;
    this.phase = 'saving';
    this.problem = undefined;
    try {
      const result = await this.saveDraft(store, draft);
      if (!result.ok) {
        this.phase = 'ready';
        this.errors = result.errors;
        await this.focusFirstError();
        return;
      }
      const clientId = result.record.clientId;
      this.close();
      this.emitSaved(clientId, result.id, result.created);
    } catch (error) {
      console.error(`[interop-clients] the ${this.kind} could not be saved`, error);
      this.phase = 'ready';
      this.problem = this.i18n.tk(`${this.kind}.saveFailed`, {reason: describe(error)});
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.form-problem')?.focus();
    }
  };

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-field]')].find((el) => el.dataset.field! in this.errors);
    (first ?? this.renderRoot.querySelector<HTMLElement>('.form-problem'))?.focus();
  }

  /** Escape, ×: close, or ask first when there are unsaved changes. */
  private dismiss(): void {
    if (this.phase === 'saving') return;
    if (this.dirty) this.confirm('discard');
    else this.close();
  }

  private confirm(kind: 'discard' | 'delete'): void {
    this.lastConfirm = kind;
    this.confirming = kind;
  }

  private deletion(): Availability {
    const id = this.draft?.id;
    if (!id || !this.file) return {disabled: true};
    // The documents may still be arriving (first import).
    if (this.data.store?.loadProgress) return {disabled: true, reason: this.i18n.tk(`${this.kind}.delete.checking`)};
    const blockers = this.deleteBlockers(this.file, id);
    if (!blockers.length) return {disabled: false};
    return {disabled: true, reason: this.i18n.tk(`${this.kind}.delete.cannot`, {reasons: reasonsText(this.i18n, blockers)})};
  }

  private readonly requestDelete = (): void => {
    if (this.deletion().disabled || this.phase !== 'ready') return;
    this.confirm('delete');
  };

  private async deleteCurrent(): Promise<void> {
    const store = this.data.store;
    const id = this.draft?.id;
    const clientId = this.file?.client.id;
    if (!store || !id || !clientId || this.deleting) return;
    this.deleting = true;
    try {
      const result = await this.deleteRecord(store, id);
      this.confirming = undefined;
      if (!result.ok) {
        this.problem = this.i18n.tk(`${this.kind}.delete.cannot`, {reasons: reasonsText(this.i18n, result.reasons)});
        return;
      }
      this.close();
      this.emitDeleted(clientId, id);
    } catch (error) {
      console.error(`[interop-clients] the ${this.kind} could not be deleted`, error);
      this.confirming = undefined;
      this.problem = this.i18n.t('actions.failed', {reason: describe(error)});
    } finally {
      this.deleting = false;
    }
  }

  // --- rendering -----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const i18n = this.i18n;
    return html`
      ${renderDialog({
        modal: this.modal,
        titleId: 'editor-title',
        title: i18n.tk(`${this.kind}.title`),
        lang: i18n.lang,
        part: `editor ${this.kind}-editor`,
        closeLabel: i18n.t('editor.close'),
        body: this.opened ? this.renderBody() : nothing,
        footer:
          this.opened && this.draft
            ? renderFooter({
                i18n,
                editing: Boolean(this.draft.id),
                saving: this.phase === 'saving',
                busy: this.phase !== 'ready',
                deletion: this.deletion(),
                onDelete: this.requestDelete,
              })
            : nothing,
      })}
      ${this.renderConfirmation()}
    `;
  }

  private renderBody(): TemplateResult {
    const i18n = this.i18n;
    if (this.phase === 'missing') return html`<p class="message" role="alert">${i18n.tk(`${this.kind}.error.notFound`)}</p>`;
    const draft = this.draft;
    if (!draft) return html`<p class="message" role="status">${i18n.t('common.loading')}</p>`;
    return html`<form id="editor-form" class="record-form" novalidate @submit=${this.save}>
      ${this.renderProblems()} ${this.renderFields(draft)}
    </form>`;
  }

  /** After a refused save: how many fields to correct, and the errors no field shows. */
  private renderProblems(): TemplateResult | typeof nothing {
    const paths = Object.keys(this.errors);
    const others = paths.filter((path) => !this.fields.includes(path)).map((path) => this.error(path)!);
    const count = paths.length - others.length;
    if (!count && !others.length && !this.problem) return nothing;
    return html`<div class="form-problem" role="alert" tabindex="-1">
      ${icons.warning}
      <div>
        ${count ? html`<p>${this.i18n.tk('editor.errors', {count})}</p>` : nothing} ${others.map((text) => html`<p>${text}</p>`)}
        ${this.problem ? html`<p>${this.problem}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderConfirmation(): TemplateResult {
    const i18n = this.i18n;
    if ((this.confirming ?? this.lastConfirm) === 'delete') {
      const name = this.draft ? this.recordName(this.draft) : '';
      return renderConfirm({
        modal: this.confirmModal,
        id: 'confirm-delete',
        lang: i18n.lang,
        title: i18n.tk(`${this.kind}.delete.title`),
        message: i18n.tk(`${this.kind}.delete.message`, {name}),
        confirmLabel: i18n.t('editor.delete'),
        cancelLabel: i18n.t('actions.cancel'),
        danger: true,
        busy: this.deleting,
        onConfirm: () => void this.deleteCurrent(),
        onCancel: () => (this.confirming = undefined),
      });
    }
    return renderConfirmation({
      i18n,
      modal: this.confirmModal,
      kind: 'discard',
      code: '',
      name: '',
      deleting: false,
      onDiscard: () => {
        this.confirming = undefined;
        this.close();
      },
      onDelete: () => undefined,
      onCancel: () => (this.confirming = undefined),
    });
  }
}

/** A stable text of a draft, to know whether it has unsaved changes. */
function fingerprint(draft: unknown): string {
  return draft ? JSON.stringify(draft, (_key, value: unknown) => (value === '' || value === false ? undefined : value)) : '';
}
