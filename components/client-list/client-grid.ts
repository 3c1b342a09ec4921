import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {classMap} from 'lit/directives/class-map.js';
import {fixedRows, scrollRowIntoView, type RowRange} from './fixed-rows.js';
import type {ClientRow} from '../../src/model/client-row.js';
import type {SortField, SortLevel} from '../../src/model/client-query.js';
import {formatPhone} from '../../src/model/phone.js';
import type {MessageKey} from '../../src/i18n/translate.js';
import {icons} from '../ui/icons.js';
import {isGroupHeader, type GroupHeader} from '../../src/model/list-groups.js';
import {clampPosition, HEADER_ROW, moveInGrid, type GridPosition, type GridShape} from './grid-navigation.js';

/**
 * The sortable columns, in display order; the favourite star follows them. Narrow lists hide
 * some of them (width classes on the `col-*` classes, see client-list.styles.ts): every
 * cell carries its `aria-colindex` and the grid its `aria-colcount`, so that the cells left
 * still say which column they belong to.
 */
export const COLUMNS: ReadonlyArray<{field: SortField; label: MessageKey}> = [
  {field: 'code', label: 'list.column.code'},
  {field: 'name', label: 'list.column.name'},
  {field: 'phone', label: 'list.column.phone'},
  {field: 'sector', label: 'list.column.sector'},
  {field: 'status', label: 'list.column.status'},
];
const STAR_COLUMN = COLUMNS.length;
const COLUMN_COUNT = COLUMNS.length + 1;
const HEADER_STOPS = COLUMNS.map((_, index) => index);
const ROW_STOPS = [0, STAR_COLUMN];
/**
 * Every row's height (px) at the default text size, group headers included: rows are never
 * measured, so that a scroll frame costs only the rows that changed. A cell longer than two
 * lines is cut (as interOP's). A larger `--ic-font-size` makes the rows taller (`rowHeightFor`).
 */
export const ROW_HEIGHT = 43;

/** Two lines of cell text (line height 1.2) and the row's padding (9 px), at least ROW_HEIGHT. */
export function rowHeightFor(fontSizePx: number): number {
  return Math.max(ROW_HEIGHT, Math.ceil(fontSizePx * 1.2 * 2 + 9));
}
/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN_ROWS = 2;

/** What the user asked for in the grid (click, Enter or Space). */
export type GridActivation =
  | {type: 'sort'; field: SortField}
  | {type: 'open'; row: ClientRow}
  | {type: 'favourite'; row: ClientRow}
  /** A group's header: open or close it; with Shift, every group. */
  | {type: 'group'; group: GroupHeader; shift: boolean};

/** What the grid shows: client rows and, when grouped, group headers. */
export type GridItem = ClientRow | GroupHeader;

export interface GridRenderOptions {
  /** Client rows, and group headers when the list is grouped. */
  rows: readonly GridItem[];
  /** `id` of the element naming the grid. */
  labelledBy: string;
  sort: readonly SortLevel[];
  favourites: ReadonlySet<string>;
  sectorLabel: (row: ClientRow) => string;
  statusLabel: (row: ClientRow) => string;
  t: (key: MessageKey) => string;
  /** Whether `rows` has group headers: the grid is then a treegrid (groups expand and collapse). */
  grouped?: boolean;
  /** The count shown on a group's header ("3 fiches"). */
  groupCount?: (group: GroupHeader) => string;
}

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: HTMLElement | DocumentFragment};

/**
 * The list's grid: column headers, virtually scrolled rows (only those in view are in the DOM)
 * and the keyboard model. Focus stays on the grid; `aria-activedescendant` names the active
 * header, row or star, which works although most rows are not rendered.
 */
export class ClientGrid implements ReactiveController {
  private position: GridPosition = {row: 0, column: 0};
  /** The client of the active row: the position follows it when the rows change order. */
  private activeRowId: string | undefined;
  /** The rows' height for the grid's text size (read when the grid is resized or shown). */
  private rowHeight = ROW_HEIGHT;
  /** Indices of the rows currently rendered. */
  private range: RowRange = {first: 0, last: -1};
  private options: GridRenderOptions | undefined;
  /** Sortable columns shown at the current width (narrow lists hide some). */
  private headerStops: readonly number[] = HEADER_STOPS;
  /**
   * The rows' scroll position while they were last shown. A host that hides the list
   * (`hidden`, `display: none`) makes the browser forget it; it is put back when the list shows.
   */
  private savedScrollTop = 0;
  /** Whether the rows had a size at the last resize observation. */
  private shown = false;
  /** `focus()` was called while the rows were hidden: bring the active row into view once shown. */
  private revealWhenShown = false;
  private readonly resizeObserver = new ResizeObserver(() => this.onResize());
  private observed: Element | undefined;

  constructor(
    private readonly host: Host,
    private readonly callbacks: {activate: (activation: GridActivation) => void},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
    this.observed = undefined;
    this.shown = false;
  }

  /** The columns shown may have changed (the host's width step): the header's keyboard stops follow. */
  columnsChanged(): void {
    this.updateHeaderStops();
  }

  /** Shows the first rows (the list shows other clients, or in another order). */
  scrollToTop(): void {
    const body = this.bodyElement;
    if (body) body.scrollTop = 0;
    this.savedScrollTop = 0;
  }

    /** Focuses the grid on its active row (the first one when the headers were active). */
  focus(): void {
    const rowCount = this.options?.rows.length ?? 0;
    if (this.position.row === HEADER_ROW && rowCount) this.setPosition({row: 0, column: 0});
    this.host.requestUpdate();
    this.gridElement?.focus();
    if (this.shown) void this.scrollToActive();
    else this.revealWhenShown = true;
  }

  render(options: GridRenderOptions): TemplateResult {
    if (options.rows !== this.options?.rows) this.followActiveRow(options.rows);
    this.options = options;
    const {rows, t} = options;
    const position = clampPosition(this.position, this.shape());
    return html`
      <div
        class="grid"
        part="grid"
        role=${options.grouped ? 'treegrid' : 'grid'}
        tabindex="0"
        aria-labelledby=${options.labelledBy}
        aria-rowcount=${rows.length + 1}
        aria-colcount=${COLUMN_COUNT}
        aria-activedescendant=${this.activeId(position) ?? nothing}
        @keydown=${this.onKeydown}
        @click=${this.onClick}
      >
        <div class="head" role="rowgroup">
          <div class="row head-row" part="header-row" role="row" aria-rowindex="1">
            ${COLUMNS.map((column, index) => this.renderColumnHeader(column, index, position))}
            <div class="cell fav" role="columnheader" aria-colindex=${COLUMN_COUNT}>
              <span class="visually-hidden">${t('list.column.favourite')}</span>
            </div>
          </div>
        </div>
        <div class="body" role="rowgroup" tabindex="-1" style="--_row-height: ${this.rowHeight}px" @scroll=${this.onScroll} @focus=${this.onBodyFocus}>
          ${fixedRows<GridItem>({
            items: rows,
            rowHeight: this.rowHeight,
            overscan: OVERSCAN_ROWS,
            renderItem: (item, index) => (isGroupHeader(item) ? this.renderGroup(item, index, position) : this.renderRow(item, index, position)),
            rangeChanged: this.onRangeChanged,
          })}
        </div>
      </div>
    `;
  }

  private renderColumnHeader(column: (typeof COLUMNS)[number], index: number, position: GridPosition) {
    const level = this.options!.sort[0]?.field === column.field ? this.options!.sort[0] : undefined;
    const active = position.row === HEADER_ROW && position.column === index;
    return html`
      <div
        class="cell col-${column.field}"
        role="columnheader"
        aria-colindex=${index + 1}
        aria-sort=${level ? (level.direction === 'asc' ? 'ascending' : 'descending') : nothing}
      >
        <button type="button" tabindex="-1" class=${classMap({sort: true, active})} id="sort-${column.field}" data-column=${index}>
          ${this.options!.t(column.label)}${level ? (level.direction === 'asc' ? icons.arrowUp : icons.arrowDown) : nothing}
        </button>
      </div>
    `;
  }

  /** A group's header: one cell across the row; Enter, Space or a click opens or closes it. */
  private renderGroup(group: GroupHeader, index: number, position: GridPosition) {
    const active = position.row === index;
    return html`
      <div
        role="row"
        id="row-${index}"
        part="group-row"
        class=${classMap({row: true, 'group-row': true, active, collapsed: !group.expanded})}
        aria-rowindex=${index + 2}
        aria-level="1"
        aria-expanded=${group.expanded ? 'true' : 'false'}
        data-index=${index}
        style="transform: translateY(${index * this.rowHeight}px)"
      >
        <div role="gridcell" aria-colindex="1" aria-colspan=${COLUMN_COUNT} class="cell group-cell">
          <span class="group-toggle" aria-hidden="true">${group.expanded ? icons.chevronDown : icons.chevronRight}</span>
          <span class="group-label">${group.label}</span>
          <span class="group-count">(${this.options!.groupCount?.(group) ?? group.count})</span>
        </div>
      </div>
    `;
  }

  private renderRow(row: ClientRow, index: number, position: GridPosition) {
    const {favourites, t} = this.options!;
    const favourite = favourites.has(row.id);
    const inactive = row.status === 'inactive';
    const active = position.row === index;
    // No blank between the tags, and cell texts set as `textContent` (no marker comment for a
    // text part): every row is fewer DOM nodes to create and style.
    return html`<div
        role="row"
        id="row-${index}"
        part=${inactive ? 'row inactive-row' : 'row'}
        class=${classMap({row: true, inactive, active: active && position.column !== STAR_COLUMN})}
        aria-rowindex=${index + 2}
        aria-level=${this.options!.grouped ? '2' : nothing}
        data-index=${index}
        style="transform: translateY(${index * this.rowHeight}px)"
      ><div role="gridcell" aria-colindex="1" class="cell code col-code" .textContent=${row.code}></div
      ><div role="gridcell" aria-colindex="2" class="cell col-name" .textContent=${row.name}></div
      ><div role="gridcell" aria-colindex="3" class="cell phone col-phone" .textContent=${formatPhone(row.phone)}></div
      ><div role="gridcell" aria-colindex="4" class="cell col-sector" .textContent=${this.options!.sectorLabel(row)}></div
      ><div role="gridcell" aria-colindex="5" class="cell col-status" .textContent=${this.options!.statusLabel(row)}></div
      ><div role="gridcell" aria-colindex=${COLUMN_COUNT} class="cell fav"
        ><button
          type="button"
          tabindex="-1"
          id="fav-${index}"
          class=${classMap({'icon-button': true, star: true, on: favourite, active: active && position.column === STAR_COLUMN})}
          aria-pressed=${favourite ? 'true' : 'false'}
          aria-label=${t(favourite ? 'common.favourite.remove' : 'common.favourite.add')}
        >${favourite ? icons.starFilled : icons.star}</button
      ></div
    ></div>`;
  }

  // --- events ---------------------------------------------------------------------------------

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.metaKey || !this.options) return;
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && this.moveInTree(event.key, event.shiftKey)) {
      event.preventDefault();
      return;
    }
    const paging = event.key === 'PageDown' || event.key === 'PageUp';
    const next = moveInGrid(this.position, event.key, this.shape(paging ? this.pageSize() : 1));
    if (next) {
      event.preventDefault();
      this.moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const position = clampPosition(this.position, this.shape());
      // Space does not open a row (it is the key of the star and the headers).
      const group = position.row !== HEADER_ROW && isGroupHeader(this.options.rows[position.row]);
      if (event.key === 'Enter' || group || position.row === HEADER_ROW || position.column === STAR_COLUMN) this.activate(position, event.shiftKey);
    }
  };

  /**
   * Left and Right in a grouped list, as in a tree: on a group's header, Right opens it and Left
   * closes it; Left on a row (not on its star) goes to its group's header. True when handled.
   */
  private moveInTree(key: 'ArrowLeft' | 'ArrowRight', shift: boolean): boolean {
    const options = this.options;
    if (!options?.grouped) return false;
    const position = clampPosition(this.position, this.shape());
    if (position.row === HEADER_ROW) return false;
    const item = options.rows[position.row];
    if (isGroupHeader(item)) {
      if (item.expanded === (key === 'ArrowRight')) return true;
      this.activate(position, shift);
      return true;
    }
    if (key === 'ArrowRight' || position.column === STAR_COLUMN) return false;
    let header = position.row;
    while (header > 0 && !isGroupHeader(options.rows[header])) header--;
    this.moveTo({row: header, column: 0});
    return true;
  }

  private onClick = (event: MouseEvent): void => {
    // The second click of a double click acts on nothing: a row double-clicked opens once, a star
    // is not switched back, and a double click on a button above (Appliquer) opens no row under it.
    if (event.detail > 1) return;
    const target = event.target as Element;
    const header = target.closest<HTMLElement>('button.sort');
    const rowElement = target.closest<HTMLElement>('[role="row"][data-index]');
    let position: GridPosition | undefined;
    if (header) position = {row: HEADER_ROW, column: Number(header.dataset.column)};
    else if (rowElement) position = {row: Number(rowElement.dataset.index), column: target.closest('button.star') ? STAR_COLUMN : 0};
    if (!position) return;
    this.setPosition(position);
    this.gridElement?.focus({preventScroll: true});
    this.activate(position, event.shiftKey);
    this.host.requestUpdate();
  };

  /** The rows area is focusable only so that it is no tab stop of its own: a click there focuses the grid. */
  private onBodyFocus = (): void => {
    this.gridElement?.focus({preventScroll: true});
  };

  private onScroll = (): void => {
    const body = this.bodyElement;
    // While hidden (or just shown, before the position is put back) the browser's 0 is no news.
    if (body && this.shown && body.clientHeight > 0) this.savedScrollTop = body.scrollTop;
  };

  /** The rows were hidden or shown, or the list changed width (columns may have been hidden). */
  private onResize(): void {
    const body = this.bodyElement;
    const shown = Boolean(body && body.clientHeight > 0);
    if (body && shown && !this.shown) {
      if (Math.abs(body.scrollTop - this.savedScrollTop) > 1) body.scrollTop = this.savedScrollTop;
      // The rows follow the position put back at the next scroll event: reveal after it.
      if (this.revealWhenShown) requestAnimationFrame(() => requestAnimationFrame(() => void this.scrollToActive()));
      this.revealWhenShown = false;
    }
    this.shown = shown;
    this.updateHeaderStops();
    this.updateRowHeight();
  }

  private updateRowHeight(): void {
    const grid = this.gridElement;
    if (!grid || grid.clientWidth === 0) return;
    const height = rowHeightFor(parseFloat(getComputedStyle(grid).fontSize) || 14);
    if (height === this.rowHeight) return;
    this.rowHeight = height;
    this.host.requestUpdate();
  }

  private observe(): void {
    const grid = this.gridElement;
    const body = this.bodyElement;
    if (!grid || !body || this.observed === grid) return;
    this.resizeObserver.disconnect();
    this.resizeObserver.observe(grid);
    this.resizeObserver.observe(body);
    this.observed = grid;
  }

  /** Keeps the header row's keyboard stops on the columns shown. */
  private updateHeaderStops(): void {
    const grid = this.gridElement;
    if (!grid || grid.clientWidth === 0) return; // hidden: nothing to measure
    const cells = [...grid.querySelectorAll<HTMLElement>('.head [role="columnheader"]')];
    const stops = HEADER_STOPS.filter((index) => cells[index] && getComputedStyle(cells[index]).display !== 'none');
    const next = stops.length ? stops : HEADER_STOPS;
    if (next.length === this.headerStops.length && next.every((stop, i) => stop === this.headerStops[i])) return;
    this.headerStops = next;
    this.host.requestUpdate();
  }

  private onRangeChanged = (range: RowRange): void => {
    const wasRendered = this.isRendered(this.position.row);
    this.range = range;
    if (wasRendered !== this.isRendered(this.position.row)) this.host.requestUpdate();
    this.removeLeakedMarkers();
  };

  /**
   * lit-html 3.3.1–3.3.3 leaves the end marker (an empty comment) of every part it removes
   * (lit/lit#5298): with rows added and removed as the range grows and shrinks, they would pile
   * up in the rows' container and slow every DOM operation there. The markers still in use are
   * those right around a row (whitespace aside); the others go.
   */
  private removeLeakedMarkers = (): void => {
    const body = this.bodyElement;
    if (!body) return;
    const isMarker = (node: Node | null): node is Comment => node?.nodeType === Node.COMMENT_NODE && (node as Comment).data === '';
    const blank = (node: Node | null) => node?.nodeType === Node.TEXT_NODE && !node.textContent?.trim();
    const inUse = new Set<Node>();
    for (let element = body.firstElementChild; element; element = element.nextElementSibling) {
      let before = element.previousSibling;
      while (blank(before)) before = before!.previousSibling;
      if (isMarker(before)) inUse.add(before);
      let after = element.nextSibling;
      while (blank(after)) after = after!.nextSibling;
      if (isMarker(after)) inUse.add(after);
    }
    for (let node = body.firstChild; node; ) {
      const next = node.nextSibling;
      if (isMarker(node) && !inUse.has(node)) node.remove();
      node = next;
    }
  };

  // --- helpers --------------------------------------------------------------------------------

  private activate(position: GridPosition, shift = false): void {
    const rows = this.options?.rows ?? [];
    if (position.row === HEADER_ROW) {
      this.callbacks.activate({type: 'sort', field: COLUMNS[position.column].field});
      return;
    }
    const row = rows[position.row];
    if (!row) return;
    if (isGroupHeader(row)) {
      this.callbacks.activate({type: 'group', group: row, shift});
      return;
    }
    this.callbacks.activate({type: position.column === STAR_COLUMN ? 'favourite' : 'open', row});
  }

  private moveTo(position: GridPosition): void {
    this.setPosition(position);
    this.host.requestUpdate();
    void this.scrollToActive();
  }

  private setPosition(position: GridPosition): void {
    this.position = position;
    this.activeRowId = position.row === HEADER_ROW ? undefined : this.options?.rows[position.row]?.id;
  }

  /** The rows changed (search, sort, an edit): the active row stays on its client when it is still shown. */
  private followActiveRow(rows: readonly GridItem[]): void {
    const id = this.activeRowId;
    if (id === undefined || this.position.row === HEADER_ROW || rows[this.position.row]?.id === id) return;
    const index = rows.findIndex((row) => row.id === id);
    if (index >= 0) this.position = {...this.position, row: index};
  }

  private async scrollToActive(): Promise<void> {
    await this.host.updateComplete;
    const row = clampPosition(this.position, this.shape()).row;
    const body = this.bodyElement;
    if (row === HEADER_ROW || !body) return;
    scrollRowIntoView(body, row, this.rowHeight);
  }

  private activeId(position: GridPosition): string | undefined {
    if (position.row === HEADER_ROW) return `sort-${COLUMNS[position.column].field}`;
    if (!this.isRendered(position.row)) return undefined;
    return position.column === STAR_COLUMN ? `fav-${position.row}` : `row-${position.row}`;
  }

  private isRendered(row: number): boolean {
    return row >= this.range.first && row <= this.range.last;
  }

  /** The grid's shape; `pageSize` is measured only for the keys that need it (it reads layout). */
  private shape(pageSize = 1): GridShape {
    return {rowCount: this.options?.rows.length ?? 0, headerStops: this.headerStops, rowStops: ROW_STOPS, pageSize};
  }

  /** Rows that fit in the scrolling area, less one so that a page keeps some context. */
  private pageSize(): number {
    const body = this.bodyElement;
    if (!body) return 10;
    return Math.max(1, Math.floor(body.clientHeight / this.rowHeight) - 1);
  }

  private get gridElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.grid');
  }

  private get bodyElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.body');
  }
}
