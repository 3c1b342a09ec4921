import {html, type TemplateResult} from 'lit';
import {AsyncDirective} from 'lit/async-directive.js';
import {directive, PartType, type ChildPart, type PartInfo} from 'lit/directive.js';
import {repeat} from 'lit/directives/repeat.js';

/** The rows rendered: indices `first` to `last`, both included (`last < first`: none). */
export interface RowRange {
  first: number;
  last: number;
}

export interface FixedRowsConfig<T> {
  items: readonly T[];
  /** Every row's height (px): the rows are never measured. */
  rowHeight: number;
  /** Rows rendered beyond the visible ones, above and below. */
  overscan: number;
  /** One row; it must place itself at `index * rowHeight` (`position: absolute`, a transform). */
  renderItem: (item: T, index: number) => TemplateResult;
  /** Called when other rows come into view (after they are rendered). */
  rangeChanged?: (range: RowRange) => void;
}

/** Until the scroller has been measured: the window's height (a scroller is rarely taller). */
const guessedViewport = () => globalThis.innerHeight || 1000;

/**
 * Virtual scrolling of rows of one fixed height, in the element that holds the directive (its
 * scroller: `overflow: auto; position: relative`). Only the rows in view (and `overscan` more)
 * are in the DOM, after a spacer that gives the scroller its full height.
 *
 * Nothing is measured while scrolling: the rows in view follow from `scrollTop` and the
 * scroller's height (kept by a ResizeObserver), so a scroll frame costs one style and layout
 * pass of the rows that changed. Rows are keyed by their place among the rendered ones: a row
 * scrolled out becomes the one scrolled in (its texts and attributes change) instead of being
 * replaced, so that no new element needs styling.
 */
class FixedRowsDirective<T> extends AsyncDirective {
  private config: FixedRowsConfig<T> | undefined;
  private scroller: HTMLElement | undefined;
  private viewport = 0;
  /**
   * The scroller's position at its last scroll event. Reading `scrollTop` while rendering would
   * make the browser lay out the page before the rows exist, then again with them.
   */
  private scrollTop = 0;
  private range: RowRange = {first: 0, last: -1};
  private readonly resizeObserver = new ResizeObserver(() => this.onResize());

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('fixedRows() goes in a child position of its scroller');
  }

  render(config: FixedRowsConfig<T>) {
    this.config = config;
    return this.rows();
  }

  override update(part: ChildPart, [config]: [FixedRowsConfig<T>]) {
    this.config = config;
    const scroller = part.parentNode as HTMLElement;
    if (scroller !== this.scroller) this.attach(scroller);
    this.range = this.rangeInView();
    queueMicrotask(this.announce);
    return this.rows();
  }

  protected override disconnected(): void {
    this.detach();
  }

  protected override reconnected(): void {
    if (this.scroller) this.attach(this.scroller);
  }

  private rows() {
    const {items, rowHeight, renderItem} = this.config!;
    const {first, last} = this.range;
    const indices: number[] = [];
    for (let i = first; i <= last; i++) indices.push(i);
    return html`<div class="rows-spacer" aria-hidden="true" style="height: ${items.length * rowHeight}px"></div>${repeat(
      indices,
      (index) => index - first,
      (index) => renderItem(items[index], index),
    )}`;
  }

  private rangeInView(): RowRange {
    const {items, rowHeight} = this.config!;
    const scrollTop = this.scrollTop;
    const viewport = this.viewport || guessedViewport();
    // The guess (a window's height) leaves room enough: no rows beyond it.
    const overscan = this.viewport ? this.config!.overscan : 0;
    const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
    const last = Math.min(items.length - 1, Math.ceil((scrollTop + viewport) / rowHeight) - 1 + overscan);
    return {first, last};
  }

  private attach(scroller: HTMLElement): void {
    this.detach();
    this.scroller = scroller;
    this.scrollTop = scroller.isConnected ? scroller.scrollTop : 0;
    scroller.addEventListener('scroll', this.onScroll, {passive: true});
    this.resizeObserver.observe(scroller);
  }

  private detach(): void {
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver.disconnect();
  }

  private readonly onScroll = (): void => {
    this.scrollTop = this.scroller?.scrollTop ?? 0;
    this.follow();
  };

  private onResize(): void {
    this.viewport = this.scroller?.clientHeight ?? 0;
    // Shorter than guessed (the first measure): the rows in view are already there; the extra
    // ones go at the next scroll rather than cost the first paint another layout.
    this.follow(true);
  }

  /** Renders the rows now in view, if they changed (`keepMore`: unless they are all rendered). */
  private follow(keepMore = false): void {
    if (!this.config || !this.isConnected) return;
    const next = this.rangeInView();
    const {first, last} = this.range;
    if (next.first === first && next.last === last) return;
    if (keepMore && next.first >= first && next.last <= last) return;
    this.range = next;
    this.setValue(this.rows());
    this.announce();
  }

  private announced: RowRange | undefined;
  private readonly announce = (): void => {
    const range = this.range;
    if (this.announced?.first === range.first && this.announced.last === range.last) return;
    this.announced = range;
    this.config?.rangeChanged?.(range);
  };
}

/** Virtually scrolled rows of a fixed height (see FixedRowsDirective). */
export const fixedRows = directive(FixedRowsDirective) as <T>(config: FixedRowsConfig<T>) => unknown;

/** Scrolls `scroller` the least that shows row `index` whole (none when it is). */
export function scrollRowIntoView(scroller: HTMLElement, index: number, rowHeight: number): void {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
}
