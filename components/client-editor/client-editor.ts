import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {newClientDraft, prospectBoxVisible} from '../../src/model/client-rules.js';
import type {FieldErrors} from '../../src/model/validation.js';
import {EMPTY_REFERENCE} from '../../src/model/types.js';
import type {ClientStore} from '../../src/store/client-store.js';
import {InteropElement} from '../base/interop-element.js';
import {LocaleController} from '../controllers/locale-controller.js';
import {UnsavedDraftController} from '../controllers/unsaved-draft-controller.js';
import {StoreController} from '../controllers/store-controller.js';
import {fieldStyles} from '../ui/field.styles.js';
import {dialogStyles, ModalController, renderDialog} from '../ui/dialog.js';
import {tokens} from '../ui/tokens.styles.js';
import {BalanceReader} from './accounting-tab.js';
import {BillToPicker} from './bill-to-picker.js';
import {editorStyles} from './client-editor.styles.js';
import {Deletion} from './delete-rules.js';
import {describe, readClient} from './editor-data.js';
import {applyEdit, draftOf, fingerprint, firstErrorField, numberText, parseNumber, setIn, tabOf, type Draft, type EditorTab} from './draft.js';
import {renderPanel} from './editor-panels.js';
import {renderConfirmation, renderFooter, renderProblems, renderTabs, tabForKey} from './editor-parts.js';
import {DuplicateFinder} from './duplicate-warning.js';
import {LogoState} from './logo-upload.js';
import {fieldId, type TabContext} from './tab-context.js';

type Phase = 'closed' | 'loading' | 'missing' | 'ready' | 'saving';

/** Fields duplicates are looked for by, while creating. */
const DUPLICATE_FIELDS = new Set(['name', 'phone', 'address.civicNumber', 'address.postalCode']);
const DUPLICATE_DELAY = 200;

/**
 * The client editor (SPEC §4): a modal dialog with the tabs Informations de base, Informations
 * additionnelles and Comptabilité, to create a client (`open()`) or edit one (`open('c5')`).
 *
 * Required fields carry a red star; saving validates with the model's `validateClient` (through
 * the store): each message appears next to its field, in the current language, the focus moves
 * to the first error (switching to its tab) and nothing is saved. While creating, clients that
 * look the same are listed (each openable); saving anyway stays possible. Escape and × ask
 * before discarding unsaved changes.
 *
 * @summary Create or edit a client: a dialog with three tabs.
 *
 * @event client-saved - The client was saved; the dialog closed. `detail`: `{clientId, created}`.
 * @event client-deleted - The client was deleted ("Supprimer"); the dialog closed. `detail`: `{clientId}`.
 * @event client-open - A possible duplicate was opened; the dialog closed. `detail`: `{clientId}`.
 *
 * @csspart dialog - The native `<dialog>` elements (the editor and its confirmations).
 * @csspart editor - The editor's dialog (also has `dialog`).
 * @csspart confirm - A confirmation dialog (also has `dialog`).
 * @csspart dialog-header - The dark title bar with the × button.
 * @csspart dialog-body - The scrolling content.
 * @csspart dialog-footer - The buttons row.
 * @csspart tabs - The tab list.
 * @csspart tab - A tab.
 * @csspart tab-selected - The selected tab (also has `tab`).
 * @csspart tabpanel - A tab's panel.
 * @csspart duplicates - The possible duplicates warning.
 * @csspart logo - The client's logo upload and preview.
 * @csspart save-button - "Enregistrer".
 * @csspart delete-button - "Supprimer".
 *
 * @cssproperty --ic-color-control - Background of the fields.
 */
export class ClientEditor extends InteropElement {
  static override tagName = 'client-editor';
  static override styles = [tokens, fieldStyles, dialogStyles, editorStyles];

  /** Id of the client edited; empty to create one. Set by `open()`. */
  @property({attribute: 'client-id'}) clientId = '';

  /**
   * Whether the dialog is shown (attribute `open`). Setting it opens the editor for `clientId`
   * or closes it without asking; `open()` and `close()` do the same.
   */
  @property({type: Boolean, reflect: true, attribute: 'open'}) opened = false;

  @state() private phase: Phase = 'closed';
  @state() private draft: Draft | undefined;
  @state() private baseline = '';
  @state() private errors: FieldErrors = {};
  @state() private tab: EditorTab = 'basic';
  @state() private problem: string | undefined;
  @state() private confirming: 'discard' | 'delete' | undefined;
  @state() private lastConfirm: 'discard' | 'delete' = 'discard';
  @state() private hasProductionJob = false;

  private readonly i18n = new LocaleController(this);
  private readonly data = new StoreController(
    this,
    (store) => [store.status, store.reference, store.rows, store.permissions],
    () => this.requestUpdate(),
  );
  // The confirmation first: when both close, it gives the focus back inside the editor before
  // the editor gives it back to the page.
  private readonly confirmModal = new ModalController(this, {
    isOpen: () => this.opened && this.confirming !== undefined,
    onDismiss: () => (this.confirming = undefined),
  });
  private readonly modal = new ModalController(this, {isOpen: () => this.opened, onDismiss: () => this.dismiss()});
  private readonly billTo = new BillToPicker(this);
  private readonly logo = new LogoState(this);
  private readonly duplicates = new DuplicateFinder(this, DUPLICATE_DELAY);
  private readonly balance = new BalanceReader(this);
  private readonly deletion = new Deletion(this);
  private numberTexts = new Map<string, string>();
  private session = 0;
  private loadedSession = -1;
  private readonly unsaved = new UnsavedDraftController<Draft>(this, {
    key: () => (this.phase === 'ready' ? this.draftKey() : undefined),
    dirty: () => this.dirty,
    draft: () => this.draft,
  });
  /** The draft was taken back from before a reload. */
  @state() private restored = false;

  /** Opens the editor: on the client `clientId`, or on a new client when omitted. */
  open(clientId?: string): void {
    // Already open on that client (or on a new one): nothing to do.
    if (this.opened && (clientId ?? '') === this.clientId) return;
    this.clientId = clientId ?? '';
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('opened')) {
      if (this.opened && this.phase === 'closed') this.begin();
      else if (!this.opened && this.phase !== 'closed') this.end();
    } else if (changed.has('clientId') && this.opened && changed.get('clientId') !== undefined) {
      this.begin();
    }
  }

  protected override updated(): void {
    // Loads once the store is known (it may come from a provider upgraded later).
    const store = this.data.store;
    if (this.phase === 'loading' && store && this.loadedSession !== this.session) {
      this.loadedSession = this.session;
      void this.load(store, this.session);
    }
  }

  // --- session ----------------------------------------------------------------------------

  private begin(): void {
    this.session += 1;
    this.end();
    this.phase = 'loading';
  }

  private end(): void {
    this.phase = 'closed';
    this.draft = undefined;
    this.baseline = '';
    this.errors = {};
    this.tab = 'basic';
    this.problem = undefined;
    this.confirming = undefined;
    this.restored = false;
    this.hasProductionJob = false;
    this.deletion.reset();
    this.duplicates.reset();
    this.logo.reset();
    this.balance.reset();
    this.numberTexts = new Map();
    this.billTo.reset();
  }

  private async load(store: ClientStore, session: number): Promise<void> {
    try {
      // The clients are enough to start typing (during a first import, well before its end);
      // what depends on the history (production jobs, what refers to the client) follows it.
      await store.whenClientsLoaded();
      if (session !== this.session) return;
      if (!this.clientId) {
        void this.start(newClientDraft(store.reference, new Date()));
      } else {
        const client = await readClient(store, this.clientId);
        if (session !== this.session) return;
        if (!client) {
          this.phase = 'missing';
          return;
        }
        void this.start(draftOf(client), client.updatedAt);
        await store.whenReady();
        if (session !== this.session) return;
        const id = client.id;
        const [hasJob] = await Promise.all([store.hasProductionJob(id), this.deletion.check(store, id), this.logo.show(store, client.logoId)]);
        if (session === this.session) this.hasProductionJob = hasJob;
      }
    } catch (error) {
      console.error('[interop-clients] the client could not be loaded in the editor', error);
      if (session === this.session) this.phase = 'missing';
    }
  }

  /** Starts editing `draft`; `base` is the `updatedAt` of the client it comes from (`''`: new). */
  private async start(draft: Draft, base = ''): Promise<void> {
    const kept = this.unsaved.restore(this.draftKey(), base);
    this.draft = kept ?? draft;
    this.baseline = fingerprint(draft);
    this.restored = kept !== undefined;
    this.phase = 'ready';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId('name')}`)?.focus();
  }

  // --- editing -----------------------------------------------------------------------------

  private readonly set = (path: string, value: unknown): void => {
    if (!this.draft || this.phase !== 'ready') return;
    const {draft, errors} = applyEdit(this.draft, this.errors, path, value, this.i18n.locale);
    this.draft = draft;
    this.errors = errors;
    if (!draft.id && DUPLICATE_FIELDS.has(path)) {
      this.duplicates.schedule(
        () => (this.draft && !this.draft.id ? this.draft : undefined),
        () => this.data.store?.rows ?? [],
      );
    }
  };

  private readonly setNumber = (path: string, text: string): void => {
    this.numberTexts.set(path, text);
    this.set(path, parseNumber(text));
  };

  private readonly numberText = (path: string): string => numberText(this.numberTexts, this.draft, path, this.i18n.lang);

  private readonly error = (path: string): string | undefined => {
    const issue = this.errors[path];
    if (path === 'logoId' && this.logo.error) return this.logo.error;
    return issue ? this.i18n.tk(issue.key, issue.params) : undefined;
  };

  private readonly openDuplicate = (clientId: string): void => {
    this.close();
    this.emit('client-open', {clientId});
  };

  // --- saving, deleting, closing -----------------------------------------------------------

  private readonly save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const store = this.data.store;
    const draft = this.draft;
    // A second click while the first is being saved does nothing.
    if (!store || !draft || this.phase !== 'ready') return;
    this.phase = 'saving';
    this.problem = undefined;
    try {
      const result = draft.id ? await store.updateClient({...draft, id: draft.id}) : await store.createClient(draft);
      if (!result.ok) {
        this.phase = 'ready';
        this.errors = result.errors;
        await this.focusFirstError();
        return;
      }
      this.unsaved.clear();
      this.close();
      this.emit('client-saved', {clientId: result.clientId, created: !draft.id});
    } catch (error) {
      console.error('[interop-clients] the client could not be saved', error);
      this.phase = 'ready';
      this.problem = this.i18n.t('editor.saveFailed', {reason: describe(error)});
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.form-problem')?.focus();
    }
  };

  /** Where unsaved changes are kept through a reload: per database, user and client. */
  private draftKey(): string {
    const store = this.data.store;
    return `interop-clients:draft:${store?.db.name ?? ''}:${store?.user ?? ''}:client:${this.clientId || 'new'}`;
  }

  private async focusFirstError(): Promise<void> {
    const path = firstErrorField(this.errors);
    if (path) this.tab = tabOf(path) ?? this.tab;
    await this.updateComplete;
    const target = path ? this.renderRoot.querySelector<HTMLElement>(`[data-field="${path}"]`) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('.form-problem'))?.focus();
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

  private readonly requestDelete = (): void => {
    if (this.deleteState().disabled || this.phase !== 'ready') return;
    this.confirm('delete');
  };

  private async deleteClient(): Promise<void> {
    const store = this.data.store;
    const id = this.draft?.id;
    if (!store || !id) return;
    const problem = await this.deletion.run(store, id, this.i18n);
    this.confirming = undefined;
    this.problem = problem;
    if (problem) return;
    this.close();
    this.emit('client-deleted', {clientId: id});
  }

  private deleteState() {
    return this.deletion.availability(this.i18n, this.data.store?.can('client.delete') ?? false);
  }

  // --- logo and balance ----------------------------------------------------------------------

  private readonly uploadLogo = async (file: File): Promise<void> => {
    const store = this.data.store;
    if (!store) return;
    const id = await this.logo.upload(store, this.draft?.id, file, this.i18n);
    if (id) this.set('logoId', id);
  };

  private readonly removeLogo = (): void => {
    this.logo.remove();
    this.set('logoId', undefined);
  };

  private readonly readBalance = async (): Promise<void> => {
    const store = this.data.store;
    const id = this.draft?.id;
    if (!store || !id) return;
    const result = await this.balance.read(store, id, this.i18n);
    if (!result || !this.draft || this.draft.id !== id) return;
    // Already stored by the store: not a change of the user's.
    const apply = (draft: Draft) => setIn(setIn(draft, 'accounting.balance', result.balance), 'accounting.balanceReadAt', result.readAt);
    this.draft = apply(this.draft);
    this.baseline = fingerprint(apply(JSON.parse(this.baseline) as Draft));
  };

  // --- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const i18n = this.i18n;
    const title = this.clientId ? i18n.t('editor.title.edit', {code: this.draft?.code ?? '…'}) : i18n.t('editor.title.create');
    return html`
      ${renderDialog({
        modal: this.modal,
        titleId: 'editor-title',
        title,
        lang: i18n.lang,
        size: 'large',
        part: 'editor',
        closeLabel: i18n.t('editor.close'),
        body: this.opened ? this.renderBody() : nothing,
        footer:
          this.opened && this.draft
            ? renderFooter({
                i18n,
                editing: Boolean(this.draft.id),
                saving: this.phase === 'saving',
                busy: this.phase !== 'ready',
                deletion: this.deleteState(),
                onDelete: this.requestDelete,
              })
            : nothing,
      })}
      ${renderConfirmation({
        i18n,
        modal: this.confirmModal,
        kind: this.confirming ?? this.lastConfirm,
        code: this.draft?.code ?? '',
        name: this.draft?.name ?? '',
        deleting: this.deletion.busy,
        onDiscard: () => {
          this.confirming = undefined;
          this.unsaved.clear();
          this.close();
        },
        onDelete: () => void this.deleteClient(),
        onCancel: () => (this.confirming = undefined),
      })}
    `;
  }

  private renderBody(): TemplateResult {
    const i18n = this.i18n;
    if (this.phase === 'missing') return html`<p class="message" role="alert">${i18n.t('editor.notFound')}</p>`;
    const draft = this.draft;
    if (!draft) return html`<p class="message" role="status">${i18n.t('editor.loading')}</p>`;
    const store = this.data.store;
    const context: TabContext = {
      i18n,
      draft,
      reference: store?.reference ?? EMPTY_REFERENCE,
      error: this.error,
      set: this.set,
      numberText: this.numberText,
      setNumber: this.setNumber,
    };
    const panel = (tab: EditorTab): TemplateResult =>
      renderPanel(tab, context, {
        canEditAccounting: store?.can('client.edit-accounting') ?? false,
        rows: store?.rows ?? [],
        getRow: (id) => store?.getRow(id),
        billTo: this.billTo,
        duplicates: this.duplicates.matches,
        onOpenDuplicate: this.openDuplicate,
        logo: this.logo,
        onLogoFile: this.uploadLogo,
        onLogoRemove: this.removeLogo,
        // Shown again when a prospect with a job cannot be saved: the user must be able to untick it.
        prospectVisible: prospectBoxVisible(this.hasProductionJob) || 'prospect' in this.errors,
        balance: this.balance,
        onReadBalance: this.readBalance,
      });
    return html`<form id="editor-form" class="editor-form" novalidate @submit=${this.save}>
      ${this.restored ? html`<p class="restored" role="status">${i18n.t('editor.restored')}</p>` : nothing}
      ${renderProblems(i18n, this.errors, this.problem)}
      ${renderTabs({i18n, selected: this.tab, errors: this.errors, panel, onSelect: (tab) => (this.tab = tab), onKeydown: this.onTabKeydown})}
    </form>`;
  }

  private readonly onTabKeydown = async (event: KeyboardEvent): Promise<void> => {
    const next = tabForKey(this.tab, event.key);
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
}
