import {html, nothing} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {createRef, ref} from 'lit/directives/ref.js';
import {html as staticHtml} from 'lit/static-html.js';
import {InteropElement} from '../base/interop-element.js';
import {StoreController} from '../controllers/store-controller.js';
import {LocaleController} from '../controllers/locale-controller.js';
import {icons} from '../ui/icons.js';
import {tokens} from '../ui/tokens.styles.js';
import {clientListStyles} from './client-list.styles.js';
import {renderFilterPanel} from './filter-panel.js';
import {ClientGrid, type GridActivation} from './client-grid.js';
import {VisibleRows} from './visible-rows.js';
import type {ClientEditor} from '../client-editor/client-editor.js';
import {clientEditorTag} from '../client-editor/editor-tag.js';
import {
  activeFilterCount,
  DEFAULT_LIST_QUERY,
  emptyFilter,
  filterOf,
  MAX_SORT_LEVELS,
  sortByColumn,
  type ListFilter,
  type ListQuery,
  type SortLevel,
} from '../../src/model/client-query.js';
import type {ClientRow} from '../../src/model/client-row.js';

const FILTER_PANEL_ID = 'filters';

/**
 * The client list ("mode liste"): search, filters, sort and favourites over every client of
 * the store, in a virtually scrolled grid that stays fluid with 100,000 clients. Activating a
 * row asks the host to open the client; the list never navigates by itself.
 *
 * The list fills the height its host gives it (`height: 100%`, at least 420px) and scrolls
 * its rows inside.
 *
 * Clicking a column header sorts by it (again: reverses); the former first sort level becomes
 * the second.
 *
 * Keyboard: the grid is one tab stop. ArrowUp/ArrowDown, PageUp/PageDown, Home/End move the
 * active row; Enter opens it; ArrowRight reaches the row's favourite star (Enter or Space
 * toggles it); ArrowUp from the first row reaches the column headers (Enter sorts). In the
 * search box, ArrowDown moves into the grid and Escape clears the search.
 *
 * @summary Client list: search, filter, sort, favourites; opens a client.
 *
 * "Créer un client" opens the client editor (`<client-editor>`, rendered inside the list), unless
 * the host cancels the `client-create-request` event to create clients its own way. Once the new
 * client is saved, the list asks to open it (`client-open`).
 *
 * @event client-open - A row was activated (click or Enter), or a client was just created.
 *   `detail: {clientId: string}`.
 * @event client-create-request - "Créer un client" was clicked; cancelable: `preventDefault()`
 *   keeps the list's editor closed. `detail: {}`.
 * @event client-saved - Bubbles from the list's editor: a client was created. `detail: {clientId, created}`.
 *
 * @csspart header - The title, the count and the toolbar.
 * @csspart search - The search box (input and clear button).
 * @csspart filter-button - The button opening the "Filtres" panel.
 * @csspart filter-panel - The "Filtres" panel.
 * @csspart refresh-button - The refresh button.
 * @csspart create-button - The "Créer un client" button.
 * @csspart grid - The table: column headers and scrolling rows.
 * @csspart header-row - The row of column headers.
 * @csspart row - A client row.
 * @csspart inactive-row - The row of an inactive client (also has `row`).
 *
 * @cssproperty --client-list-columns - `grid-template-columns` of the six columns (code, company, phone, sector, status, star).
 * @cssproperty --client-list-gutter - Horizontal padding of the list (40px).
 */
export class ClientList extends InteropElement {
  static override tagName = 'client-list';
  static override styles = [tokens, clientListStyles];

  /** Text of the search box: the list keeps the clients matching every word (code, company, phone digits, city, contacts). */
  @property({attribute: 'search'}) search = '';

  /**
   * Everything that decides the visible rows: search, filters and sort (two levels at most).
   * Reading gives a fresh copy; setting replaces all of it (a missing filter means none).
   */
  @property({attribute: false})
  get query(): ListQuery {
    return {search: this.search, ...filterOf(this.filter), sort: this.sort.map((level) => ({...level}))};
  }

  set query(value: ListQuery) {
    this.search = value?.search ?? '';
    this.filter = filterOf({
      states: value?.states ?? [],
      sectorIds: value?.sectorIds ?? [],
      repIds: value?.repIds ?? [],
      languages: value?.languages ?? [],
    });
    this.sort = (value?.sort ?? []).slice(0, MAX_SORT_LEVELS).map((level) => ({...level}));
  }

  /**
   * The clients shown, in display order (read-only). Lets hosts that cannot read event details
   * (jQuery handlers, legacy pages) read the list's state.
   */
  get visibleClients(): readonly ClientRow[] {
    const store = this.data.store;
    if (!store) return [];
    return this.visible.get({
      rows: store.rows,
      favourites: store.favourites,
      reference: store.reference,
      locale: this.i18n.locale,
      search: this.search,
      filter: this.filter,
      sort: this.sort,
    });
  }

  /** The applied filters (the panel edits a draft). */
  @state() private filter: ListFilter = filterOf(DEFAULT_LIST_QUERY);
  @state() private sort: SortLevel[] = DEFAULT_LIST_QUERY.sort.map((level) => ({...level}));
  /** The "Filtres" panel's draft; the panel is open while there is one. */
  @state() private draft: ListFilter | undefined;
  @state() private refreshing = false;

  @query('input[type="search"]') private searchInput!: HTMLInputElement;
  @query('.filter-button') private filterButton!: HTMLButtonElement;

  private readonly editor = createRef<ClientEditor>();

  private readonly data = new StoreController(this, (store) => [store.rows, store.favourites, store.reference, store.status, store.problem]);
  private readonly i18n = new LocaleController(this);
  private readonly visible = new VisibleRows();
  private readonly grid = new ClientGrid(this, {
    activate: (activation) => this.onActivate(activation),
  });

  protected override render() {
    const store = this.data.store;
    const rows = this.visibleClients;
    const loading = !store || store.status === 'opening';
    const problem = store?.problem;
    return html`
      <div class="frame" lang=${this.i18n.lang}>
        <header class="header" part="header">
          <h1 id="title">${this.i18n.t('list.title')}</h1>
          <p class="count" aria-live="polite">${this.i18n.tk('list.count', {shown: rows.length, total: store?.rows.length ?? 0})}</p>
          <div class="toolbar">
            ${this.renderSearch()} ${this.renderFilterButton()}
            <button
              type="button"
              class="icon-button refresh-button"
              part="refresh-button"
              aria-label=${this.i18n.t('list.refresh')}
              aria-busy=${this.refreshing ? 'true' : 'false'}
              @click=${this.onRefresh}
            >
              ${icons.refresh}
            </button>
            <span class="spacer"></span>
            <button type="button" class="primary-button create-button" part="create-button" @click=${this.onCreate}>
              ${this.i18n.t('list.create')}
            </button>
            ${this.draft
              ? renderFilterPanel({
                  id: FILTER_PANEL_ID,
                  draft: this.draft,
                  t: (key) => this.i18n.t(key),
                  onChange: (draft) => (this.draft = draft),
                  onClear: () => (this.draft = emptyFilter()),
                  onApply: () => this.applyFilters(),
                  onClose: () => this.closeFilters(),
                })
              : nothing}
          </div>
        </header>
        ${problem
          ? html`<div class="banner problem" role="alert">${icons.warning}<span>${this.i18n.tk(`store.error.${problem.code}`, {reason: problem.reason})}</span></div>`
          : nothing}
        <div class="table">
          ${this.grid.render({
            rows,
            labelledBy: 'title',
            sort: this.sort,
            favourites: store?.favourites ?? new Set<string>(),
            sectorLabel: (row) => this.visible.sectorLabel(row.sectorId, store!.reference, this.i18n.locale),
            statusLabel: (row) => this.visible.statusLabel(row.status, store!.reference, this.i18n.locale),
            t: (key) => this.i18n.t(key),
          })}
          ${loading
            ? html`<p class="message" role="status">${this.i18n.t('common.loading')}</p>`
            : rows.length === 0
              ? html`<p class="message" role="status">${this.i18n.t(store.rows.length ? 'list.empty' : 'list.empty.noData')}</p>`
              : nothing}
        </div>
      </div>
      ${this.renderEditor()}
    `;
  }

  /** The editor "Créer un client" opens, under the tag ClientEditor is registered with. */
  private renderEditor() {
    const tag = clientEditorTag();
    return staticHtml`<${tag} ${ref(this.editor)} @client-saved=${this.onClientSaved}></${tag}>`;
  }

  private renderSearch() {
    return html`
      <div class="search" part="search">
        <input
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.search)}
          placeholder=${this.i18n.t('list.search')}
          aria-label=${this.i18n.t('list.search.label')}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
        <button
          type="button"
          class="icon-button clear-button"
          aria-label=${this.i18n.t('list.search.clear')}
          ?disabled=${!this.search}
          @click=${this.clearSearch}
        >
          ${icons.clearCircle}
        </button>
      </div>
    `;
  }

  private renderFilterButton() {
    const count = activeFilterCount(this.filter);
    const open = Boolean(this.draft);
    return html`
      <button
        type="button"
        class="icon-button filter-button"
        part="filter-button"
        aria-label=${count ? this.i18n.t('list.filters.button', {count}) : this.i18n.t('list.filters')}
        aria-haspopup="dialog"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? FILTER_PANEL_ID : nothing}
        @click=${this.toggleFilters}
      >
        ${icons.filter}${count ? html`<span class="filter-count">(${count})</span>` : nothing}
      </button>
    `;
  }

  // --- search --------------------------------------------------------------------------------

  private onSearchInput(event: InputEvent): void {
    this.search = (event.target as HTMLInputElement).value;
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.grid.focus();
    } else if (event.key === 'Escape' && this.search) {
      event.preventDefault();
      this.search = '';
    }
  }

  private clearSearch(): void {
    this.search = '';
    this.searchInput.focus();
  }

  // --- filters ------------------------------------------------------------------------------

  private async toggleFilters(): Promise<void> {
    if (this.draft) return this.closeFilters();
    this.draft = filterOf(this.filter);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${FILTER_PANEL_ID} input`)?.focus();
  }

  private applyFilters(): void {
    if (this.draft) this.filter = this.draft;
    void this.closeFilters();
  }

  private async closeFilters(): Promise<void> {
    this.draft = undefined;
    await this.updateComplete;
    this.filterButton.focus();
  }

  // --- actions ------------------------------------------------------------------------------

  private onActivate(activation: GridActivation): void {
    const store = this.data.store;
    if (activation.type === 'sort') this.sort = sortByColumn(this.sort, activation.field);
    else if (activation.type === 'open') this.emit('client-open', {clientId: activation.row.id});
    else if (store) void store.toggleFavourite(activation.row.id);
  }

  private async onRefresh(): Promise<void> {
    const store = this.data.store;
    if (!store || this.refreshing) return;
    this.refreshing = true;
    try {
      await store.refresh();
    } finally {
      this.refreshing = false;
    }
  }

  private onCreate(): void {
    if (!this.emit('client-create-request', {}, {cancelable: true})) return;
    this.editor.value?.open();
  }

  private onClientSaved(event: CustomEvent<{clientId: string; created: boolean}>): void {
    if (event.detail.created) this.emit('client-open', {clientId: event.detail.clientId});
  }
}
