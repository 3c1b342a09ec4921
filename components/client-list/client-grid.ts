import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {classMap} from 'lit/directives/class-map.js';
import {virtualize, virtualizerRef, type VirtualizerHostElement} from '@lit-labs/virtualizer/virtualize.js';
import {flow} from '@lit-labs/virtualizer/layouts/flow.js';
import type {RangeChangedEvent} from '@lit-labs/virtualizer/events.js';
import type {ClientRow} from '../../src/model/client-row.js';
import type {SortField, SortLevel} from '../../src/model/client-query.js';
import {formatPhone} from '../../src/model/phone.js';
import type {MessageKey} from '../../src/i18n/translate.js';
import {icons} from '../ui/icons.js';
import {clampPosition, HEADER_ROW, moveInGrid, type GridPosition, type GridShape} from './grid-navigation.js';

/** The sortable columns, in display order; the favourite star follows them. */
export const COLUMNS: ReadonlyArray<{field: SortField; label: MessageKey}> = [
  {field: 'code', label: 'list.column.code'},
  {field: 'name', label: 'list.column.name'},
  {field: 'phone', label: 'list.column.phone'},
  {field: 'sector', label: 'list.column.sector'},
  {field: 'status', label: 'list.column.status'},
];
const STAR_COLUMN = COLUMNS.length;
const HEADER_STOPS = COLUMNS.map((_, index) => index);
const ROW_STOPS = [0, STAR_COLUMN];
const LAYOUT = flow();
const FALLBACK_ROW_HEIGHT = 43;

/** What the user asked for in the grid (click, Enter or Space). */
export type GridActivation =
  | {type: 'sort'; field: SortField}
  | {type: 'open'; row: ClientRow}
  | {type: 'favourite'; row: ClientRow};

export interface GridRenderOptions {
  rows: readonly ClientRow[];
  /** `id` of the element naming the grid. */
  labelledBy: string;
  sort: readonly SortLevel[];
  favourites: ReadonlySet<string>;
  sectorLabel: (row: ClientRow) => string;
  statusLabel: (row: ClientRow) => string;
  t: (key: MessageKey) => string;
}

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: HTMLElement | DocumentFragment};

/**
 * The list's grid: column headers, virtually scrolled rows (only those in view are in the DOM)
 * and the keyboard model. Focus stays on the grid; `aria-activedescendant` names the active
 * header, row or star, which works although most rows are not rendered.
 */
export class ClientGrid implements ReactiveController {
  private position: GridPosition = {row: 0, column: 0};
  /** Indices of the rows currently rendered by the virtualizer. */
  private range = {first: 0, last: -1};
  private options: GridRenderOptions | undefined;

  constructor(
    private readonly host: Host,
    private readonly callbacks: {activate: (activation: GridActivation) => void},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Focuses the grid on its active row (the first one when the headers were active). */
  focus(): void {
    const rowCount = this.options?.rows.length ?? 0;
    if (this.position.row === HEADER_ROW && rowCount) this.position = {row: 0, column: 0};
    this.host.requestUpdate();
    this.gridElement?.focus();
    void this.scrollToActive();
  }

  render(options: GridRenderOptions): TemplateResult {
    this.options = options;
    const {rows, t} = options;
    const position = clampPosition(this.position, this.shape());
    return html`
      <div
        class="grid"
        part="grid"
        role="grid"
        tabindex="0"
        aria-labelledby=${options.labelledBy}
        aria-rowcount=${rows.length + 1}
        aria-activedescendant=${this.activeId(position) ?? nothing}
        @keydown=${this.onKeydown}
        @click=${this.onClick}
      >
        <div class="head" role="rowgroup">
          <div class="row head-row" part="header-row" role="row" aria-rowindex="1">
            ${COLUMNS.map((column, index) => this.renderColumnHeader(column, index, position))}
            <div class="cell fav" role="columnheader"><span class="visually-hidden">${t('list.column.favourite')}</span></div>
          </div>
        </div>
        <div class="body" role="rowgroup" @rangeChanged=${this.onRangeChanged}>
          ${virtualize({
            items: rows as ClientRow[],
            layout: LAYOUT,
            scroller: true,
            keyFunction: (row: ClientRow) => row.id,
            renderItem: (row: ClientRow, index: number) => this.renderRow(row, index, position),
          })}
        </div>
      </div>
    `;
  }

  private renderColumnHeader(column: (typeof COLUMNS)[number], index: number, position: GridPosition) {
    const level = this.options!.sort[0]?.field === column.field ? this.options!.sort[0] : undefined;
    const active = position.row === HEADER_ROW && position.column === index;
    return html`
      <div class="cell" role="columnheader" aria-sort=${level ? (level.direction === 'asc' ? 'ascending' : 'descending') : nothing}>
        <button type="button" tabindex="-1" class=${classMap({sort: true, active})} id="sort-${column.field}" data-column=${index}>
          ${this.options!.t(column.label)}${level ? (level.direction === 'asc' ? icons.arrowUp : icons.arrowDown) : nothing}
        </button>
      </div>
    `;
  }

  private renderRow(row: ClientRow, index: number, position: GridPosition) {
    const {favourites, t} = this.options!;
    const favourite = favourites.has(row.id);
    const inactive = row.status === 'inactive';
    const active = position.row === index;
    return html`
      <div
        role="row"
        id="row-${index}"
        part=${inactive ? 'row inactive-row' : 'row'}
        class=${classMap({row: true, inactive, active: active && position.column !== STAR_COLUMN})}
        aria-rowindex=${index + 2}
        data-index=${index}
      >
        <div role="gridcell" class="cell code">${row.code}</div>
        <div role="gridcell" class="cell">${row.name}</div>
        <div role="gridcell" class="cell phone">${formatPhone(row.phone)}</div>
        <div role="gridcell" class="cell">${this.options!.sectorLabel(row)}</div>
        <div role="gridcell" class="cell">${this.options!.statusLabel(row)}</div>
        <div role="gridcell" class="cell fav">
          <button
            type="button"
            tabindex="-1"
            id="fav-${index}"
            class=${classMap({'icon-button': true, star: true, on: favourite, active: active && position.column === STAR_COLUMN})}
            aria-pressed=${favourite ? 'true' : 'false'}
            aria-label=${t(favourite ? 'common.favourite.remove' : 'common.favourite.add')}
          >
            ${favourite ? icons.starFilled : icons.star}
          </button>
        </div>
      </div>
    `;
  }

  // --- events ---------------------------------------------------------------------------------

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.metaKey || !this.options) return;
    const paging = event.key === 'PageDown' || event.key === 'PageUp';
    const next = moveInGrid(this.position, event.key, this.shape(paging ? this.pageSize() : 1));
    if (next) {
      event.preventDefault();
      this.moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const position = clampPosition(this.position, this.shape());
      // Space does not open a row (it is the key of the star and the headers).
      if (event.key === 'Enter' || position.row === HEADER_ROW || position.column === STAR_COLUMN) this.activate(position);
    }
  };

  private onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const header = target.closest<HTMLElement>('button.sort');
    const rowElement = target.closest<HTMLElement>('[role="row"][data-index]');
    let position: GridPosition | undefined;
    if (header) position = {row: HEADER_ROW, column: Number(header.dataset.column)};
    else if (rowElement) position = {row: Number(rowElement.dataset.index), column: target.closest('button.star') ? STAR_COLUMN : 0};
    if (!position) return;
    this.position = position;
    this.gridElement?.focus({preventScroll: true});
    this.activate(position);
    this.host.requestUpdate();
  };

  private onRangeChanged = (event: RangeChangedEvent): void => {
    const wasRendered = this.isRendered(this.position.row);
    this.range = {first: event.first, last: event.last};
    if (wasRendered !== this.isRendered(this.position.row)) this.host.requestUpdate();
  };

  // --- helpers --------------------------------------------------------------------------------

  private activate(position: GridPosition): void {
    const rows = this.options?.rows ?? [];
    if (position.row === HEADER_ROW) {
      this.callbacks.activate({type: 'sort', field: COLUMNS[position.column].field});
      return;
    }
    const row = rows[position.row];
    if (!row) return;
    this.callbacks.activate({type: position.column === STAR_COLUMN ? 'favourite' : 'open', row});
  }

  private moveTo(position: GridPosition): void {
    this.position = position;
    this.host.requestUpdate();
    void this.scrollToActive();
  }

  private async scrollToActive(): Promise<void> {
    await this.host.updateComplete;
    const row = clampPosition(this.position, this.shape()).row;
    if (row === HEADER_ROW) return;
    this.bodyElement?.[virtualizerRef]?.element(row)?.scrollIntoView({block: 'nearest'});
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
    return {rowCount: this.options?.rows.length ?? 0, headerStops: HEADER_STOPS, rowStops: ROW_STOPS, pageSize};
  }

  /** Rows that fit in the scrolling area, less one so that a page keeps some context. */
  private pageSize(): number {
    const body = this.bodyElement;
    if (!body) return 10;
    const rowHeight = body.querySelector('[role="row"]')?.getBoundingClientRect().height || FALLBACK_ROW_HEIGHT;
    return Math.max(1, Math.floor(body.clientHeight / rowHeight) - 1);
  }

  private get gridElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.grid');
  }

  private get bodyElement(): VirtualizerHostElement | null {
    return this.host.renderRoot.querySelector<VirtualizerHostElement>('.body');
  }
}
