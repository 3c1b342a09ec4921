import {html, nothing} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {styleMap} from 'lit/directives/style-map.js';
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
import type {ClientStore} from '../../src/store/client-store.js';

const FILTER_PANEL_ID = 'filters';

/** How far the store's first import went, when the store says (`ClientStore.loadProgress`). */
interface LoadProgress {
  done: number;
  total: number;
}

/** The store's `loadProgress`, read defensively: stores that do not report it, or odd values, give none. */
function loadProgressOf(store: ClientStore | undefined): LoadProgress | undefined {
  const value = (store as unknown as {loadProgress?: unknown} | undefined)?.loadProgress;
  if (!value || typeof value !== 'object') return undefined;
  const {done, total} = value as {done?: unknown; total?: unknown};
  if (typeof done !== 'number' || typeof total !== 'number' || !Number.isFinite(done) || !Number.isFinite(total) || total <= 0) {
    return undefined;
  }
  return {done: Math.min(Math.max(done, 0), total), total};
}

/**
 * The client list ("mode liste"): search, filters, sort and favourites over every client of
 * the store, in a virtually scrolled grid that stays fluid with 100,000 clients. Activating a
 * row asks the host to open the client; the list never navigates by itself.
 *
 * The list fills the height its host gives it (`height: 100%`, at least 420px) and scrolls
 * its rows inside. Its columns follow its own width (it is a CSS size container): below 700px
 * Secteur is left out, below 520px Téléphone and Statut too (Code client, Entreprise and the
 * star stay), and the toolbar wraps. Being a size container, it takes the width its host gives
 * it: in a shrink-to-fit place (a row flexbox, a float) give it a width or `flex: 1`.
 *
 * A host that hides the list (`hidden`) while it shows a client, then shows it again, finds it
 * as it was: search, filters, sort, scroll position and active row. `focusActiveRow()` then
 * gives the keyboard focus back to the active row.
 *
 * While the store loads for the first time, the list shows "Chargement…" (no count), with a
 * progress bar when the store reports its progress (`loadProgress`).
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
 * @cssproperty --client-list-columns - `grid-template-columns` of the six columns (code, company, phone, sector, status, star), 700px wide and more.
 * @cssproperty --client-list-columns-medium - The same below 700px, five columns (code, company, phone, status, star).
 * @cssproperty --client-list-columns-narrow - The same below 520px, three columns (code, company, star).
 * @cssproperty --client-list-gutter - Horizontal padding of the list (40px; 16px at most below 520px).
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

  private readonly data = new StoreController(this, (store) => {
    const progress = loadProgressOf(store);
    return [store.rows, store.favourites, store.reference, store.status, store.problem, progress?.done, progress?.total];
  });
  private readonly i18n = new LocaleController(this);
  private readonly visible = new VisibleRows();
  private readonly grid = new ClientGrid(this, {
    activate: (activation) => this.onActivate(activation),
  });

  /**
   * Gives the keyboard focus to the grid, on its active row (the row last opened or moved to;
   * the first row when there is none), scrolled into view. For hosts that show the list again
   * after a client: the user is back where they left.
   */
  async focusActiveRow(): Promise<void> {
    await this.updateComplete;
    this.grid.focus();
    await this.updateComplete;
  }

  protected override render() {
    const store = this.data.store;
    const rows = this.visibleClients;
    const loading = !store || store.status === 'opening';
    const problem = store?.problem;
    return html`
      <div class="frame" lang=${this.i18n.lang}>
        <header class="header" part="header">
          <h1 id="title">${this.i18n.t('list.title')}</h1>
          <p class="count" aria-live="polite">
            ${loading ? nothing : this.i18n.tk('list.count', {shown: rows.length, total: store.rows.length})}
          </p>
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
            ? this.renderLoading(store)
            : rows.length === 0
              ? html`<p class="message" role="status">${this.i18n.t(store.rows.length ? 'list.empty' : 'list.empty.noData')}</p>`
              : nothing}
        </div>
      </div>
      ${this.renderEditor()}
    `;
  }

  /** "Chargement…", and how far the first import went when the store says. */
  private renderLoading(store: ClientStore | undefined) {
    const progress = loadProgressOf(store);
    const percent = progress ? Math.round((progress.done / progress.total) * 100) : 0;
    const formatted = new Intl.NumberFormat(this.i18n.locale, {style: 'percent', maximumFractionDigits: 0}).format(percent / 100);
    return html`<div class="message">
      <p role="status" id="loading-label">${this.i18n.t('common.loading')}</p>
      ${progress
        ? html`<div
            class="progress"
            role="progressbar"
            aria-labelledby="loading-label"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${percent}
            aria-valuetext=${formatted}
          >
            <span class="progress-track"><span class="progress-fill" style=${styleMap({transform: `scaleX(${percent / 100})`})}></span></span>
            <span class="progress-value">${formatted}</span>
          </div>`
        : nothing}
    </div>`;
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
