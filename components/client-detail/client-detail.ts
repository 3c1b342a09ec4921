import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {EMPTY_REFERENCE, type Client, type ClientDocument} from '../../src/model/types.js';
import {InteropElement} from '../base/interop-element.js';
import type {LoadProgress} from '../../src/store/pull.js';
import {ClientFileController} from '../controllers/client-file-controller.js';
import {LocaleController} from '../controllers/locale-controller.js';
import {StoreController} from '../controllers/store-controller.js';
import {icons} from '../ui/icons.js';
import {LogoState} from '../client-editor/logo-upload.js';
import {ActionsMenu, type MenuAction} from './actions-menu.js';
import {DetailActions} from './detail-actions.js';
import {styles} from './client-detail.styles.js';
import {renderHeader} from './detail-header.js';
import {renderHistory, tabForKey} from './history-tabs.js';
import {renderCoordinates, renderInformation} from './info-cards.js';
import {renderSalesChart} from './sales-chart.js';
import {renderAddresses, renderContacts} from './side-panels.js';
import {deriveView, HISTORY_TABS, memoizeLast, type HistoryTab} from './view.js';

/** A sales refresh under way or failed, for one client. */
interface SalesRefresh {
  clientId: string;
  state: 'running' | 'failed';
}

/** A `focusTitle()` waiting for the title to show. */
interface PendingFocus {
  /** What had the focus when it was asked for: if the user moves on meanwhile, the focus stays with them. */
  from: Element | null;
  options: FocusOptions | undefined;
  done: () => void;
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The client file ("mode consultation"): coordinates and information cards, contacts and
 * shipping addresses, and the history of quotes, jobs, shipping slips, invoices (with the annual
 * sales chart) and notes. It stays live: a change to the client in the store, made here or in
 * another tab, shows at once. The file shows once the store has opened (until then, and while
 * the client is read, "Chargement…"), so that sector and representative never flash as "—".
 *
 * Hosts that show the element after a navigation call `focusTitle()` to move the keyboard focus
 * to its title ("Client C-0005"), as a page change would.
 *
 * @summary Client file: consultation of one client and its history.
 *
 * @event client-list-request - The breadcrumb's "Clients" was activated. `detail`: `{}`.
 * @event invoice-create-request - "Créer une facture" was activated. `detail`: `{clientId}`.
 * @event document-open - A document of the history was activated (row or number).
 *   `detail`: `{clientId, documentId, kind, number}`.
 * @event client-saved - The client was saved in the editor ("Modifier ce client"). `detail`: `{clientId, created: false}`.
 * @event client-deleted - The client was deleted ("Supprimer", from the menu or the editor). `detail`: `{clientId}`.
 *
 * @csspart header - The breadcrumb, title, favourite star, status and Actions menu.
 * @csspart breadcrumb - The "Clients > C-0005" navigation.
 * @csspart favourite - The favourite star toggle.
 * @csspart actions-button - The Actions menu button.
 * @csspart actions-menu - The Actions menu.
 * @csspart card - Every card: coordinates, information, contacts, addresses.
 * @csspart coordinates - The company card (address, phone, fax, website).
 * @csspart information - The card of creation date, language, sector and representative.
 * @csspart contact - A contact card.
 * @csspart address - A shipping-address card.
 * @csspart panel - The Contacts and Adresses columns.
 * @csspart contacts - The Contacts column.
 * @csspart addresses - The Adresses column.
 * @csspart tabs - The history: tab list and panels.
 * @csspart tab - A history tab.
 * @csspart tab-selected - The selected history tab.
 * @csspart tabpanel - A history panel.
 * @csspart chart - The "Ventes annuelles" chart card.
 * @csspart accounting-state - The accounting system state (synchronised, never sent, refused…).
 * @csspart invoice-recipients - Who receives the invoices by e-mail: the billing responsible and the active "Envoi courriel" contacts.
 * @csspart logo - The client's logo (shipper identification "Client").
 * @csspart dialog - The dialogs of the actions (new code, delete confirmation, accounting result).
 *
 * @cssproperty --ic-color-inactive - Greyed records (inactive contacts) and disabled actions.
 * @cssproperty --client-detail-bar-color - Bars of the annual sales chart.
 * @cssproperty --client-detail-panel-max-height - Height after which the Contacts and Adresses lists scroll.
 * @cssproperty --client-detail-table-max-height - Height after which a history table scrolls.
 */
export class ClientDetail extends InteropElement {
  static override tagName = 'client-detail';
  static override styles = styles;

  /** Id of the client shown. */
  @property({attribute: 'client-id'}) clientId = '';

  /**
   * The history tab shown: `quotes`, `jobs`, `shipments`, `invoices` (the default, with the
   * sales chart) or `notes`. Follows the user's choice.
   */
  @property() tab: HistoryTab = 'invoices';

  @state() private salesRefresh: SalesRefresh | undefined;

  private readonly i18n = new LocaleController(this);
  private readonly data = new StoreController(this, (store) => [
    store.status,
    store.problem,
    store.reference,
    store.favourites.has(this.clientId),
    store.permissions,
    importPercent(store.loadProgress),
  ]);
  private readonly file = new ClientFileController(this, () => ({store: this.data.store, clientId: this.clientId}));
  private readonly menu = new ActionsMenu(this, (id) => this.runAction(id));
  private readonly clientActions = new DetailActions(this, {
    store: () => this.data.store,
    client: () => this.file.value?.client,
    i18n: this.i18n,
    deleted: (clientId) => this.emit('client-deleted', {clientId}),
  });
  private readonly logo = new LogoState(this);
  private logoShown: string | undefined;
  private readonly view = memoizeLast(deriveView);
  private pendingFocus: PendingFocus | undefined;

  /** The client shown, as last read from the store; `undefined` while loading or when not found. */
  get client(): Client | undefined {
    return this.file.status === 'ready' ? this.file.value?.client : undefined;
  }

  /**
   * Moves the keyboard focus to the title ("Client C-0005"), for hosts that show the element
   * after a navigation. While the file loads, the focus goes there once it shows, unless the
   * focus moved meanwhile. Resolves when done, or when there is nothing to focus (client not
   * found, element removed, or another call).
   */
  focusTitle(options?: FocusOptions): Promise<void> {
    this.pendingFocus?.done();
    return new Promise<void>((resolve) => {
      const pending: PendingFocus = {
        from: deepActiveElement(),
        options,
        done: () => {
          if (this.pendingFocus === pending) this.pendingFocus = undefined;
          resolve();
        },
      };
      this.pendingFocus = pending;
      this.requestUpdate();
    });
  }

  constructor() {
    super();
    // A deleted contact or address takes its card (where the focus would go back) with it.
    this.addEventListener('contact-deleted', () => void this.focusPanelAdd('contacts'));
    this.addEventListener('address-deleted', () => void this.focusPanelAdd('addresses'));
  }

  /** Once the deleted record's card is gone, gives the focus to its panel's + when nothing has it. */
  private async focusPanelAdd(panel: 'contacts' | 'addresses'): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 150));
    await this.updateComplete;
    // A removed element leaves the focus on <body>, or on a shadow host with nothing focused inside.
    const active = deepActiveElement();
    const lost = !active || active === document.body || !active.isConnected || (active.shadowRoot !== null && !active.shadowRoot.activeElement);
    if (!lost) return;
    this.renderRoot.querySelector<HTMLElement>(`section[part~="${panel}"] .add`)?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pendingFocus?.done();
  }

  protected override updated(): void {
    this.settleFocus();
  }

  /** Gives the title the focus `focusTitle()` asked for, once the file shows. */
  private settleFocus(): void {
    const pending = this.pendingFocus;
    if (!pending) return;
    const status = this.file.status;
    if (status === 'missing') return pending.done();
    if (status !== 'ready') return;
    const title = this.renderRoot.querySelector<HTMLElement>('h1');
    const now = deepActiveElement();
    // The focus is still where it was, or was lost (the previous view went away): take it.
    const free = now === pending.from || now === null || now === document.body || now === document.documentElement;
    if (title && free) title.focus(pending.options);
    pending.done();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A failure or a refresh under way concerns the client it was started for.
    if (changed.has('clientId') && this.salesRefresh?.clientId !== this.clientId) this.salesRefresh = undefined;
    this.followLogo();
  }

  /** Shows the client's logo (read from the store) when its shipper identification is "Client". */
  private followLogo(): void {
    const client = this.client;
    const logoId = client?.shipperIdentification === 'client' ? client.logoId : undefined;
    if (logoId === this.logoShown) return;
    this.logoShown = logoId;
    this.logo.reset();
    const store = this.data.store;
    if (logoId && store) {
      this.logo.show(store, logoId).catch((error: unknown) => console.error('[interop-clients] the logo could not be read', error));
    }
  }

  protected override render() {
    // The editor and the actions' dialogs stay in place whatever the file shows.
    return html`${this.renderFile()}${this.clientActions.render()}`;
  }

  private renderFile() {
    const i18n = this.i18n;
    const store = this.data.store;
    const problem = store?.problem;
    const banner = problem
      ? html`<div class="banner" role="alert">${icons.warning} ${i18n.tk(`store.error.${problem.code}`, {reason: problem.reason})}</div>`
      : nothing;
    const status = this.file.status;
    const file = this.file.value;
    if (status !== 'ready' || !file) {
      return html`<div lang=${i18n.lang}>
        ${banner}${renderHeader({i18n, favourite: false, actions: nothing, onList: this.requestList, onFavourite: () => {}})}
        ${status === 'missing' ? html`<p class="message" role="alert">${i18n.t('detail.notFound')}</p>` : nothing}
        ${status === 'loading' ? html`<p class="message" role="status">${i18n.t('common.loading')}</p>` : nothing}
      </div>`;
    }
    const view = this.view(file, i18n.locale);
    const {client} = file;
    const selected = HISTORY_TABS.includes(this.tab) ? this.tab : 'invoices';
    const refresh = this.salesRefresh?.clientId === client.id ? this.salesRefresh.state : undefined;
    return html`<div lang=${i18n.lang}>
      ${banner}
      ${renderHeader({
        i18n,
        client,
        status: view.status,
        favourite: store?.favourites.has(client.id) ?? false,
        actions: this.menu.render(i18n.t('detail.actions'), this.actions(client)),
        onList: this.requestList,
        onFavourite: this.toggleFavourite,
      })}
      <div class="layout">
        ${renderCoordinates(i18n, client)} ${renderInformation(i18n, client, store?.reference ?? EMPTY_REFERENCE, this.logo.url)}
        ${renderContacts(i18n, view.contacts)} ${renderAddresses(i18n, client, view.addresses)}
        ${renderHistory({
          i18n,
          view,
          selected,
          chart: renderSalesChart({
            i18n,
            sales: file.sales,
            currency: view.currency,
            refreshing: refresh === 'running',
            failed: refresh === 'failed',
            onRefresh: this.refreshSales,
          }),
          onSelect: (tab) => (this.tab = tab),
          onKeydown: this.onTabKeydown,
          onOpen: this.openDocument,
          onCreateInvoice: this.requestInvoice,
          importing: store ? importPercent(store.loadProgress) : undefined,
        })}
      </div>
    </div>`;
  }

  /** The Actions menu: every entry, disabled with the reason when the user may not use it. */
  private actions(client: Client): MenuAction[] {
    return this.clientActions.items(client);
  }

  private runAction(id: string): void {
    this.clientActions.run(id);
  }

  private readonly requestList = () => this.emit('client-list-request', {});

  private readonly requestInvoice = () => {
    if (this.clientId) this.emit('invoice-create-request', {clientId: this.clientId});
  };

  private readonly openDocument = (doc: ClientDocument) =>
    this.emit('document-open', {clientId: doc.clientId, documentId: doc.id, kind: doc.kind, number: doc.number});

  private readonly toggleFavourite = () => {
    const {store} = this.data;
    if (!store || !this.clientId) return;
    store.toggleFavourite(this.clientId).catch((error: unknown) => console.error('[interop-clients] the favourite could not be saved', error));
  };

  private readonly refreshSales = async () => {
    const {store} = this.data;
    const clientId = this.clientId;
    if (!store || !clientId) return;
    this.salesRefresh = {clientId, state: 'running'};
    try {
      await store.refreshSales(clientId);
      if (this.salesRefresh?.clientId === clientId) this.salesRefresh = undefined;
    } catch (error) {
      console.error('[interop-clients] the annual sales could not be computed', error);
      if (this.salesRefresh?.clientId === clientId) this.salesRefresh = {clientId, state: 'failed'};
    }
  };

  private readonly onTabKeydown = async (event: KeyboardEvent) => {
    const current = HISTORY_TABS.includes(this.tab) ? this.tab : 'invoices';
    const next = tabForKey(current, event.key);
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
}

/** The percentage of a first import still running, or `undefined`. */
function importPercent(progress: LoadProgress | null): number | undefined {
  return progress && progress.total ? Math.floor((progress.done / progress.total) * 100) : undefined;
}
