import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {createRef, ref} from 'lit/directives/ref.js';
import {html as staticHtml} from 'lit/static-html.js';
import {clientCodeProblem} from '../../src/model/client-code.js';
import type {Client} from '../../src/model/types.js';
import type {ClientStore} from '../../src/store/client-store.js';
import type {ClientEditor} from '../client-editor/client-editor.js';
import {Deletion} from '../client-editor/delete-rules.js';
import {describe} from '../client-editor/editor-data.js';
import {clientEditorTag} from '../client-editor/editor-tag.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {ModalController} from '../ui/dialog.js';
import {renderActionDialog, type ActionDialog} from './action-dialogs.js';
import type {MenuAction} from './actions-menu.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface DetailActionsSource {
  store: () => ClientStore | undefined;
  client: () => Client | undefined;
  i18n: LocaleController;
  /** Dispatches `client-deleted` from the element. */
  deleted: (clientId: string) => void;
}

/** The entries of the Actions menu, in order. */
export type ActionId = 'edit' | 'change-code' | 'activate' | 'deactivate' | 'send-to-accounting' | 'read-balance' | 'delete';

/**
 * The Actions menu of the client file and what its entries open: the client editor, the small
 * dialogs (new code, delete confirmation, accounting result). An entry the user has no right to,
 * or that cannot apply, stays in the menu disabled with the reason (never hidden).
 */
export class DetailActions implements ReactiveController {
  private dialog: ActionDialog | undefined;
  /** The last dialog shown, kept while the closing dialog is rendered. */
  private shown: ActionDialog = {kind: 'delete', busy: false};
  private readonly modal: ModalController;
  private readonly deletion: Deletion;
  private readonly editor = createRef<ClientEditor>();
  private checkedFor: Client | undefined;

  constructor(
    private readonly host: Host,
    private readonly source: DetailActionsSource,
  ) {
    host.addController(this);
    this.modal = new ModalController(host, {isOpen: () => this.dialog !== undefined, onDismiss: () => this.close()});
    this.deletion = new Deletion(host);
  }

  hostConnected(): void {}

  /** Checks again what blocks a deletion each time the client record changes (before rendering it). */
  hostUpdate(): void {
    const client = this.source.client();
    const store = this.source.store();
    if (!client || !store || client === this.checkedFor) return;
    if (this.checkedFor?.id !== client.id) this.deletion.reset();
    this.checkedFor = client;
    void this.deletion.check(store, client.id);
  }

  /** The menu's entries for this client and the user's rights. */
  items(client: Client): MenuAction[] {
    const {i18n} = this.source;
    const store = this.source.store();
    const can = (right: Parameters<ClientStore['can']>[0]) => store?.can(right) ?? false;
    const entry = (id: ActionId, label: string, reason?: string): MenuAction => ({id, label, disabled: Boolean(reason), description: reason});
    const deletion = this.deletion.availability(i18n, can('client.delete'));
    return [
      entry('edit', i18n.t('detail.action.edit')),
      entry('change-code', i18n.t('detail.action.changeCode'), can('client.change-code') ? undefined : i18n.t('actions.changeCode.noRight')),
      client.active ? entry('deactivate', i18n.t('detail.action.deactivate')) : entry('activate', i18n.t('detail.action.activate')),
      entry(
        'send-to-accounting',
        i18n.t('detail.action.sendToAccounting'),
        !can('client.sync-accounting') ? i18n.t('actions.sync.noRight') : client.prospect ? i18n.t('accounting.refused.prospect') : undefined,
      ),
      entry(
        'read-balance',
        i18n.t('editor.balance.read'),
        client.accountingSync?.state === 'synced' || client.accountingSync?.accountingId ? undefined : i18n.t('accounting.balance.notSynced'),
      ),
      entry('delete', i18n.t('detail.action.delete'), deletion.reason),
    ];
  }

  /** Runs an entry of the menu (disabled ones never reach here). */
  run(id: string): void {
    const client = this.source.client();
    const store = this.source.store();
    if (!client || !store) return;
    switch (id as ActionId) {
      case 'edit':
        this.editor.value?.open(client.id);
        return;
      case 'change-code':
        return this.show({kind: 'change-code', code: client.code, busy: false});
      case 'activate':
      case 'deactivate':
        void this.setActive(store, client, id === 'activate');
        return;
      case 'send-to-accounting':
        void this.sendToAccounting(store, client);
        return;
      case 'read-balance':
        void this.readBalance(store, client);
        return;
      case 'delete':
        return this.show({kind: 'delete', busy: false});
    }
  }

  /** The editor and the dialog of the actions, rendered in the element's shadow root. */
  render(): TemplateResult {
    const client = this.source.client();
    const tag = clientEditorTag();
    return html`${staticHtml`<${tag} ${ref(this.editor)}></${tag}>`}
    ${renderActionDialog({
      i18n: this.source.i18n,
      modal: this.modal,
      dialog: this.dialog ?? this.shown,
      code: client?.code ?? '',
      name: client?.name ?? '',
      onCodeInput: (code) => {
        if (this.dialog?.kind === 'change-code') this.show({...this.dialog, code, error: undefined});
      },
      onCodeSave: () => void this.changeCode(),
      onDelete: () => void this.deleteClient(),
      onClose: () => this.close(),
    })}`;
  }

  private show(dialog: ActionDialog): void {
    this.dialog = dialog;
    this.shown = dialog;
    this.host.requestUpdate();
  }

  private close(): void {
    this.dialog = undefined;
    this.host.requestUpdate();
  }

  private notice(title: string, error: unknown): void {
    console.error('[interop-clients] a client action failed', error);
    this.show({kind: 'notice', title, message: this.source.i18n.t('actions.failed', {reason: describe(error)})});
  }

  private async changeCode(): Promise<void> {
    const dialog = this.dialog;
    const store = this.source.store();
    const client = this.source.client();
    if (dialog?.kind !== 'change-code' || dialog.busy || !store || !client) return;
    const {i18n} = this.source;
    const problem = clientCodeProblem(dialog.code, store.rows, client.id);
    if (problem) return this.codeError(i18n.tk(problem.key, problem.params));
    this.show({...dialog, busy: true});
    try {
      const result = await store.changeClientCode(client.id, dialog.code.trim());
      if (result.ok) return this.close();
      const issue = result.errors.code ?? Object.values(result.errors)[0];
      this.codeError(issue ? i18n.tk(issue.key, issue.params) : i18n.t('actions.failed', {reason: ''}));
    } catch (error) {
      this.notice(i18n.t('actions.changeCode.title'), error);
    }
  }

  private async codeError(error: string): Promise<void> {
    if (this.dialog?.kind !== 'change-code') return;
    this.show({...this.dialog, busy: false, error});
    await this.host.updateComplete;
    (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('#new-code')?.focus();
  }

  private async setActive(store: ClientStore, client: Client, active: boolean): Promise<void> {
    try {
      await store.setClientActive(client.id, active);
    } catch (error) {
      this.notice(this.source.i18n.t(active ? 'detail.action.activate' : 'detail.action.deactivate'), error);
    }
  }

  private async sendToAccounting(store: ClientStore, client: Client): Promise<void> {
    const {i18n} = this.source;
    this.show({kind: 'sync', outcome: {state: 'sending'}});
    try {
      const result = await store.sendToAccounting(client.id);
      if (this.dialog?.kind !== 'sync') return;
      if (result.ok) {
        const {syncedAt, accountingId} = result.sync;
        this.show({kind: 'sync', outcome: {state: 'synced', syncedAt: syncedAt ?? new Date().toISOString(), accountingId}});
      } else {
        this.show({kind: 'sync', outcome: {state: 'refused', reasons: result.reason.map((issue) => i18n.tk(issue.key, issue.params))}});
      }
    } catch (error) {
      this.notice(i18n.t('actions.sync.title'), error);
    }
  }

  /** "Récupérer solde": asks the accounting system for the balance; the store keeps it. */
  private async readBalance(store: ClientStore, client: Client): Promise<void> {
    const {i18n} = this.source;
    const title = i18n.t('editor.balance.read');
    this.show({kind: 'notice', title, message: i18n.t('editor.balance.reading')});
    try {
      const result = await store.readBalance(client.id);
      if (this.dialog?.kind !== 'notice') return;
      const message = result.ok
        ? i18n.t('actions.balance.result', {amount: i18n.money(result.balance, client.accounting?.currency || 'CAD'), date: i18n.dateTime(result.readAt)})
        : i18n.t('editor.balance.failed', {reason: result.reason.map((issue) => i18n.tk(issue.key, issue.params)).join(' ')});
      this.show({kind: 'notice', title, message});
    } catch (error) {
      this.notice(title, error);
    }
  }

  private async deleteClient(): Promise<void> {
    const store = this.source.store();
    const client = this.source.client();
    if (this.dialog?.kind !== 'delete' || this.dialog.busy || !store || !client) return;
    this.show({kind: 'delete', busy: true});
    const problem = await this.deletion.run(store, client.id, this.source.i18n);
    if (problem) {
      this.show({kind: 'notice', title: this.source.i18n.t('detail.action.delete'), message: problem});
      return;
    }
    this.close();
    this.source.deleted(client.id);
  }
}
