import {html, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {styleMap} from 'lit/directives/style-map.js';
import {classMap} from 'lit/directives/class-map.js';
import {createRef, ref} from 'lit/directives/ref.js';
import {html as staticHtml} from 'lit/static-html.js';
import {InteropElement} from '../base/interop-element.js';
import {StoreController} from '../controllers/store-controller.js';
import {LocaleController} from '../controllers/locale-controller.js';
import {WidthStepsController} from '../controllers/width-steps-controller.js';
import {DropDownController} from '../controllers/drop-down-controller.js';
import {icons} from '../ui/icons.js';
import {tokens} from '../ui/tokens.styles.js';
import {clientListStyles} from './client-list.styles.js';
import {renderFilterPanel, type PanelDraft, type PickOption} from './filter-panel.js';
import {ClientGrid, COLUMNS, type GridActivation, type GridItem} from './client-grid.js';
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
  type SortField,
  type SortLevel,
} from '../../src/model/client-query.js';
import type {ClientRow} from '../../src/model/client-row.js';
import {groupRows, rowsOf, toggleGroup, type GroupField, type GroupHeader, type Grouping} from '../../src/model/list-groups.js';
import {exportFileName, exportTable, printDocument, printTable, type ExportColumn, type ListItems} from '../../src/model/list-export.js';
import {downloadFile, printPage} from './list-output.js';
import {
  defaultListPreferences,
  listPreferencesKey,
  loadListPreferences,
  saveListPreferences,
  type ListPreferences,
} from '../../src/model/list-preferences.js';
import {formatPhone} from '../../src/model/phone.js';
import type {ClientStore} from '../../src/store/client-store.js';

const FILTER_PANEL_ID = 'filters';

/** `localStorage`, when the page may use it (sandboxed frames and some privacy modes throw). */
function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

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
 * toggles it); ArrowUp from the first row reaches the column headers (Enter sorts). Grouped, the
 * grid is a tree: on a group's header Enter toggles it, ArrowRight opens and ArrowLeft closes it;
 * ArrowLeft on a row goes to its group's header. In the search box, ArrowDown moves into the
 * grid and Escape clears the search.
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
    const grouping = this.grouping();
    return grouping ? rowsOf(grouping.items) : this.filteredClients();
  }

  /** The field the rows are grouped by ("Grouper par"); `null`: none. */
  get groupBy(): GroupField | null {
    return this.groupField;
  }

  /** Every client passing the search and filters, in sort order (collapsed groups included). */
  private filteredClients(): readonly ClientRow[] {
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
  @state() private groupField: GroupField | null = null;
  /** Keys of the collapsed groups. */
  @state() private collapsed: ReadonlySet<string> = new Set();
  /** The "Filtres" panel's draft; the panel is open while there is one. */
  @state() private draft: PanelDraft | undefined;
  /** The pick list (Secteur, Représentant) open in the panel. */
  @state() private openPick: 'sector' | 'rep' | undefined;
  @state() private exporting = false;
  /** The storage key the choices were last loaded from (database and user). */
  private preferencesKey: string | undefined;
  private groupingCache: {inputs: unknown[]; result: Grouping<ClientRow>} | undefined;
  @state() private refreshing = false;

  @query('input[type="search"]') private searchInput!: HTMLInputElement;
  @query('.filter-button') private filterButton!: HTMLButtonElement;

  private readonly editor = createRef<ClientEditor>();
  /** The editor is made at the first "Créer un client" (not part of the list's first paint). */
  @state() private editorWanted = false;

  private readonly data = new StoreController(this, (store) => {
    const progress = loadProgressOf(store);
    return [store.rows, store.favourites, store.reference, store.status, store.problem, progress?.done, progress?.total];
  });
  private readonly i18n = new LocaleController(this);
  private readonly visible = new VisibleRows();
  private readonly grid = new ClientGrid(this, {
    activate: (activation) => this.onActivate(activation),
  });
  /** Below 700px the list drops Secteur; below 520px, Téléphone and Statut. */
  private readonly width = new WidthStepsController(this, [[520, 'narrow'], [700, 'medium']], 'wide', () => this.grid.columnsChanged());

  constructor() {
    super();
    new DropDownController(this, {
      panel: () => (this.draft ? this.renderRoot.querySelector<HTMLElement>(`#${FILTER_PANEL_ID}`) : null),
      toggle: () => this.filterButton,
      dismiss: () => void this.closeFilters(false),
    });
  }

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

  protected override updated(changed: PropertyValues<this>): void {
    // Other clients, or in another order: shown from the top (an edit of the data keeps the place).
    const asked = ['search', 'sort', 'filter', 'groupField'] as const;
    if (this.hasShownRows && asked.some((name) => changed.has(name as keyof ClientList))) this.grid.scrollToTop();
    this.hasShownRows ||= this.data.store?.status === 'ready';
  }
  private hasShownRows = false;

  protected override willUpdate(): void {
    const store = this.data.store;
    if (!store) return;
    const key = listPreferencesKey(store.db?.name ?? 'interop-clients', store.user);
    if (key === this.preferencesKey) return;
    this.preferencesKey = key;
    // The user's own choices (first visit: "Actif", by code): they follow the user when it changes.
    this.applyPreferences(loadListPreferences(browserStorage(), key) ?? defaultListPreferences());
  }

  private applyPreferences(preferences: ListPreferences): void {
    this.filter = filterOf(preferences.filter);
    this.sort = preferences.sort.slice(0, MAX_SORT_LEVELS).map((level) => ({...level}));
    if (preferences.groupBy !== this.groupField) this.collapsed = new Set();
    this.groupField = preferences.groupBy;
  }

  private savePreferences(): void {
    if (!this.preferencesKey) return;
    saveListPreferences(browserStorage(), this.preferencesKey, {filter: filterOf(this.filter), groupBy: this.groupField, sort: this.sort});
  }

  /** The grouped rows, when grouped; recomputed only when an input changed. */
  private grouping(): Grouping<ClientRow> | undefined {
    const store = this.data.store;
    if (!store || !this.groupField) return undefined;
    const inputs = [this.filteredClients(), this.groupField, this.collapsed, store.reference, this.i18n.locale];
    if (this.groupingCache?.inputs.every((input, i) => Object.is(input, inputs[i]))) return this.groupingCache.result;
    const result = this.groupingOf(this.collapsed);
    this.groupingCache = {inputs, result};
    return result;
  }

  /** The rows grouped by the "Grouper par" field (there is one), `collapsed` groups closed. */
  private groupingOf(collapsed: ReadonlySet<string>): Grouping<ClientRow> {
    const store = this.data.store!;
    const field = this.groupField!;
    const locale = this.i18n.locale;
    const reps = new Map(store.reference.reps.map((rep) => [rep.id, rep.name]));
    const keyOf = (row: ClientRow): string =>
      field === 'sector' ? row.sectorId : field === 'rep' ? row.repId : field === 'status' ? row.status : (row.language ?? '');
    const labelOf = (key: string): string => {
      if (!key) return this.i18n.t('list.group.none');
      if (field === 'sector') return this.visible.sectorLabel(key, store.reference, locale);
      if (field === 'rep') return reps.get(key) ?? key;
      if (field === 'status') return this.visible.statusLabel(key as ClientRow['status'], store.reference, locale);
      return key === 'fr' || key === 'en' ? this.i18n.t(`list.filters.language.${key}`) : key;
    };
    return groupRows(this.filteredClients(), {keyOf, labelOf, collapsed, locale});
  }

  protected override render() {
    const store = this.data.store;
    const rows = this.filteredClients();
    const grouping = this.grouping();
    const loading = !store || store.status === 'opening';
    const problem = store?.problem;
    return html`
      <div class=${classMap({frame: true, medium: this.width.below('medium'), narrow: this.width.below('narrow')})} lang=${this.i18n.lang}>
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
            <button
              type="button"
              class="text-action export-button"
              part="export-button"
              aria-busy=${this.exporting ? 'true' : 'false'}
              ?disabled=${loading}
              @click=${this.onExport}
            >
              ${this.i18n.t('list.export')}
            </button>
            <button type="button" class="text-action print-button" part="print-button" ?disabled=${loading} @click=${this.onPrint}>
              ${this.i18n.t('list.print')}
            </button>
            <span class="spacer"></span>
            <button type="button" class="primary-button create-button" part="create-button" @click=${this.onCreate}>
              ${this.i18n.t('list.create')}
            </button>
            ${this.draft
              ? renderFilterPanel({
                  id: FILTER_PANEL_ID,
                  draft: this.draft,
                  sectors: this.pickOptions('sector'),
                  reps: this.pickOptions('rep'),
                  openPick: this.openPick,
                  t: (key, params) => this.i18n.t(key, params),
                  onChange: (draft) => (this.draft = draft),
                  onTogglePick: (pick) => (this.openPick = this.openPick === pick ? undefined : pick),
                  onClear: () => (this.draft = {filter: emptyFilter(), groupBy: null, sort: this.draft!.sort}),
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
            rows: grouping ? (grouping.items as GridItem[]) : rows,
            grouped: Boolean(grouping),
            labelledBy: 'title',
            sort: this.sort,
            favourites: store?.favourites ?? new Set<string>(),
            sectorLabel: (row) => this.visible.sectorLabel(row.sectorId, store!.reference, this.i18n.locale),
            statusLabel: (row) => this.visible.statusLabel(row.status, store!.reference, this.i18n.locale),
            t: (key) => this.i18n.t(key),
            groupCount: (group) => this.i18n.tk('list.group.count', {count: group.count}),
          })}
          ${loading
            ? this.renderLoading(store)
            : rows.length === 0
              ? html`<p class="message" role="status">${this.i18n.t(store.rows.length ? 'list.empty' : 'list.empty.noData')}</p>`
              : nothing}
        </div>
      </div>
      ${this.editorWanted ? this.renderEditor() : nothing}
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
    this.draft = {filter: filterOf(this.filter), groupBy: this.groupField, sort: this.sort.map((level) => ({...level}))};
    this.openPick = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${FILTER_PANEL_ID} input`)?.focus();
  }

  private applyFilters(): void {
    if (this.draft) {
      this.applyPreferences({filter: this.draft.filter, groupBy: this.draft.groupBy, sort: this.draft.sort});
      this.savePreferences();
    }
    void this.closeFilters();
  }

  /** A pick list's choices (active ones, and any already chosen), by label. */
  private pickOptions(pick: 'sector' | 'rep'): PickOption[] {
    const reference = this.data.store?.reference;
    if (!reference) return [];
    const language = this.i18n.locale === 'en-CA' ? 'en' : 'fr';
    const chosen = new Set(pick === 'sector' ? (this.draft?.filter.sectorIds ?? []) : (this.draft?.filter.repIds ?? []));
    const options =
      pick === 'sector'
        ? reference.sectors.filter((s) => s.active !== false || chosen.has(s.id)).map((s) => ({id: s.id, label: s[language] || s.fr}))
        : reference.reps.filter((r) => r.active !== false || chosen.has(r.id)).map((r) => ({id: r.id, label: r.name}));
    const collator = new Intl.Collator(this.i18n.locale);
    return options.sort((a, b) => collator.compare(a.label, b.label));
  }

  /** Closes the panel without applying its draft; focus goes back to the filter button unless the user pressed elsewhere. */
  private async closeFilters(focusButton = true): Promise<void> {
    this.draft = undefined;
    this.openPick = undefined;
    await this.updateComplete;
    if (focusButton) this.filterButton.focus();
  }

  // --- actions ------------------------------------------------------------------------------

  private onActivate(activation: GridActivation): void {
    const store = this.data.store;
    if (activation.type === 'sort') {
      this.sort = sortByColumn(this.sort, activation.field);
      this.savePreferences();
    } else if (activation.type === 'group') {
      const keys = this.grouping()?.groups.map((group) => group.key) ?? [];
      this.collapsed = toggleGroup(this.collapsed, activation.group.key, keys, activation.shift);
    } else if (activation.type === 'open') this.emit('client-open', {clientId: activation.row.id});
    else if (store) void store.toggleFavourite(activation.row.id);
  }

  // --- export and print ---------------------------------------------------------------------

  /** The columns shown (narrow lists hide some), with their headers as shown. */
  private shownColumns(): Array<ExportColumn<ClientRow> & {field: SortField}> {
    const store = this.data.store;
    const cells = [...this.renderRoot.querySelectorAll<HTMLElement>('.head [role="columnheader"]')];
    const shown = COLUMNS.filter((_, index) => !cells[index] || getComputedStyle(cells[index]).display !== 'none');
    const reference = store?.reference;
    const locale = this.i18n.locale;
    const value: Record<SortField, (row: ClientRow) => string> = {
      code: (row) => row.code,
      name: (row) => row.name,
      phone: (row) => formatPhone(row.phone),
      sector: (row) => (reference ? this.visible.sectorLabel(row.sectorId, reference, locale) : row.sectorId),
      status: (row) => (reference ? this.visible.statusLabel(row.status, reference, locale) : row.status),
    };
    return shown.map((column) => ({field: column.field, header: this.i18n.t(column.label), value: value[column.field]}));
  }

  /**
   * What the export and the print give: every row the count speaks of, in display order; when
   * grouped, under their group's header, collapsed groups opened.
   */
  private outputItems(): ListItems<ClientRow> {
    return this.groupField ? this.groupingOf(new Set()).items : this.filteredClients();
  }

  /**
   * "Exporter en Excel": downloads `clients-YYYY-MM-DD.xlsx` of the list. A grouped list gets a
   * first column naming each row's group, unless a column shown already does.
   */
  private async onExport(): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    try {
      const columns = this.shownColumns();
      const field = this.groupField;
      const groupHeader = field && !columns.some((column) => column.field === field) ? this.i18n.t(`list.filters.groupBy.${field}`) : undefined;
      const table = exportTable(this.outputItems(), columns, {groupHeader});
      // The library is loaded on first use only.
      const {tableToXlsx} = await import('./xlsx-export.js');
      downloadFile(await tableToXlsx(table, this.i18n.t('list.export.sheet')), exportFileName(new Date()));
    } catch (error) {
      console.error(this.i18n.t('list.export.failed', {reason: error instanceof Error ? error.message : String(error)}), error);
    } finally {
      this.exporting = false;
    }
  }

  /**
   * "Imprimer": a plain page of the list (title, count, date, table; the groups' headings when
   * grouped) printed from a hidden frame. A host may print its own way: cancel `list-print` and
   * use `detail.html`.
   */
  private onPrint(): void {
    const store = this.data.store;
    if (!store) return;
    const date = new Intl.DateTimeFormat(this.i18n.locale, {dateStyle: 'long'}).format(new Date());
    const count = this.i18n.tk('list.count', {shown: this.filteredClients().length, total: store.rows.length});
    const groupTitle = (group: GroupHeader) => `${group.label} (${this.i18n.tk('list.group.count', {count: group.count})})`;
    const table = printTable(this.outputItems(), this.shownColumns(), groupTitle);
    const page = printDocument(table, {title: this.i18n.t('list.title'), count, date, lang: this.i18n.lang});
    const request = new CustomEvent('list-print', {detail: {html: page}, bubbles: true, composed: true, cancelable: true});
    if (this.dispatchEvent(request)) printPage(page);
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

  private async onCreate(): Promise<void> {
    if (!this.emit('client-create-request', {}, {cancelable: true})) return;
    this.editorWanted = true;
    await this.updateComplete;
    this.editor.value?.open();
  }

  private onClientSaved(event: CustomEvent<{clientId: string; created: boolean}>): void {
    if (event.detail.created) this.emit('client-open', {clientId: event.detail.clientId});
  }
}
