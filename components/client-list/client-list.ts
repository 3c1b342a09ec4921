import {html, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {classMap} from 'lit/directives/class-map.js';
import {createRef, ref} from 'lit/directives/ref.js';
import {html as staticHtml} from 'lit/static-html.js';
import {InteropElement} from '../base/interop-element.js';
import {StoreController} from '../controllers/store-controller.js';
import {LocaleController} from '../controllers/locale-controller.js';
import {WidthStepsController} from '../controllers/width-steps-controller.js';
import {icons} from '../ui/icons.js';
import {tokens} from '../ui/tokens.styles.js';
import {clientListStyles} from './client-list.styles.js';
import {FilterPanelController} from './filter-panel-controller.js';
import {ClientGrid, COLUMNS, type GridActivation, type GridItem} from './client-grid.js';
import {VisibleRows, type VisibleRowsInputs} from './visible-rows.js';
import {loadProgressOf, renderLoading} from './loading.js';
import type {ClientEditor} from '../client-editor/client-editor.js';
import {clientEditorTag} from '../client-editor/editor-tag.js';
import {
  DEFAULT_LIST_QUERY,
  filterOf,
  MAX_SORT_LEVELS,
  sortByColumn,
  type ListFilter,
  type ListQuery,
  type SortField,
  type SortLevel,
} from '../../src/model/client-query.js';
import type {ClientRow} from '../../src/model/client-row.js';
import {rowsOf, toggleGroup, type GroupField, type GroupHeader, type Grouping} from '../../src/model/list-groups.js';
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

const FILTER_PANEL_ID = 'filters';

/** `localStorage`, when the page may use it (sandboxed frames and some privacy modes throw). */
function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
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
 * @event list-print - "Imprimer" was clicked; cancelable: `preventDefault()` stops the list's own
 *   print, and the host prints `detail.html` (the page of the list) its own way. `detail: {html: string}`.
 *
 * @csspart header - The title, the count and the toolbar.
 * @csspart search - The search box (input and clear button).
 * @csspart filter-button - The button opening the "Filtres" panel.
 * @csspart filter-panel - The "Filtres" panel.
 * @csspart refresh-button - The refresh button.
 * @csspart export-button - The "Exporter en Excel" button.
 * @csspart print-button - The "Imprimer" button.
 * @csspart create-button - The "Créer un client" button.
 * @csspart grid - The table: column headers and scrolling rows.
 * @csspart header-row - The row of column headers.
 * @csspart row - A client row.
 * @csspart inactive-row - The row of an inactive client (also has `row`).
 * @csspart group-row - The header row of a group ("Grouper par"): its label, its count, open or closed.
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
    const inputs = this.visibleInputs();
    return inputs ? this.visible.get(inputs) : [];
  }

  /** The rows grouped by "Grouper par", when grouped; `collapsed` groups closed (those of the screen by default). */
  private grouping(collapsed = this.collapsed): Grouping<ClientRow> | undefined {
    const inputs = this.visibleInputs();
    return inputs && this.groupField ? this.visible.grouped(inputs, this.groupField, collapsed) : undefined;
  }

  /** Why no client is shown: none at all, the search, or the filters (also when the search alone finds some). */
  private emptyMessage(): 'list.empty.noData' | 'list.empty' | 'list.empty.filters' {
    const inputs = this.visibleInputs();
    if (!inputs?.rows.length) return 'list.empty.noData';
    if (!this.search.trim()) return 'list.empty.filters';
    return this.visible.searchFindsAny(inputs) ? 'list.empty.filters' : 'list.empty';
  }

  private visibleInputs(): VisibleRowsInputs | undefined {
    const store = this.data.store;
    if (!store) return undefined;
    const {search, filter, sort} = this;
    return {rows: store.rows, favourites: store.favourites, reference: store.reference, locale: this.i18n.locale, search, filter, sort};
  }

  /** The applied filters (the panel edits a draft). */
  @state() private filter: ListFilter = filterOf(DEFAULT_LIST_QUERY);
  @state() private sort: SortLevel[] = DEFAULT_LIST_QUERY.sort.map((level) => ({...level}));
  @state() private groupField: GroupField | null = null;
  /** Keys of the collapsed groups. */
  @state() private collapsed: ReadonlySet<string> = new Set();
  @state() private exporting = false;
  /** Why the last export failed, shown until the next one. */
  @state() private exportFailure: string | undefined;
  /** The storage key the choices were last loaded from (database and user). */
  private preferencesKey: string | undefined;
  @state() private refreshing = false;

  @query('input[type="search"]') private searchInput!: HTMLInputElement;

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
  private readonly filters = new FilterPanelController(this, {
    id: FILTER_PANEL_ID,
    i18n: this.i18n,
    applied: () => ({filter: this.filter, groupBy: this.groupField, sort: this.sort}),
    apply: (choices) => {
      this.applyPreferences({filter: choices.filter, groupBy: choices.groupBy, sort: choices.sort});
      this.savePreferences();
    },
    reference: () => this.data.store?.reference,
  });
  /** Below 700px the list drops Secteur; below 520px, Téléphone and Statut. */
  private readonly width = new WidthStepsController(this, [[520, 'narrow'], [700, 'medium']], 'wide', () => this.grid.columnsChanged());

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
            ${this.renderSearch()} ${this.filters.renderButton()}
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
              ?disabled=${loading || rows.length === 0}
              @click=${this.onExport}
            >
              ${this.i18n.t('list.export')}
            </button>
            <button type="button" class="text-action print-button" part="print-button" ?disabled=${loading || rows.length === 0} @click=${this.onPrint}>
              ${this.i18n.t('list.print')}
            </button>
            <span class="spacer"></span>
            <button type="button" class="primary-button create-button" part="create-button" @click=${this.onCreate}>
              ${this.i18n.t('list.create')}
            </button>
            ${this.filters.renderPanel()}
          </div>
        </header>
        ${problem
          ? html`<div class="banner problem" role="alert">${icons.warning}<span>${this.i18n.tk(`store.error.${problem.code}`, {reason: problem.reason})}</span></div>`
          : nothing}
        ${this.exportFailure ? html`<div class="banner problem" role="alert">${icons.warning}<span>${this.exportFailure}</span></div>` : nothing}
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
            ? renderLoading(loadProgressOf(store), this.i18n)
            : rows.length === 0
              ? html`<p class="message" role="status">${this.i18n.t(this.emptyMessage())}</p>`
              : nothing}
        </div>
      </div>
      ${this.editorWanted ? this.renderEditor() : nothing}
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
    return this.grouping(new Set())?.items ?? this.filteredClients();
  }

  /**
   * "Exporter en Excel": downloads `clients-YYYY-MM-DD.xlsx` of the list. A grouped list gets a
   * first column naming each row's group, unless a column shown already does.
   */
  private async onExport(): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    this.exportFailure = undefined;
    try {
      const columns = this.shownColumns();
      const field = this.groupField;
      const groupHeader = field && !columns.some((column) => column.field === field) ? this.i18n.t(`list.filters.groupBy.${field}`) : undefined;
      const table = exportTable(this.outputItems(), columns, {groupHeader});
      // The library is loaded on first use only.
      const {tableToXlsx} = await import('./xlsx-export.js');
      downloadFile(await tableToXlsx(table, this.i18n.t('list.export.sheet')), exportFileName(new Date()));
    } catch (error) {
      this.exportFailure = this.i18n.t('list.export.failed', {reason: error instanceof Error ? error.message : String(error)});
      console.error(this.exportFailure, error);
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
    if (this.emit('list-print', {html: page}, {cancelable: true})) printPage(page);
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
