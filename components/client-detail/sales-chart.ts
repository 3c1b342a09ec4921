import {css, html, nothing, svg, type TemplateResult} from 'lit';
import {salesYears} from '../../src/model/sales.js';
import type {SalesSummary} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {icons} from '../ui/icons.js';
import {valueScale} from './chart-scale.js';

export interface SalesChartOptions {
  i18n: LocaleController;
  /** As last computed; `undefined` when never computed. */
  sales: SalesSummary | undefined;
  /** The client's currency, used until totals exist. */
  currency: string;
  refreshing: boolean;
  failed: boolean;
  onRefresh: () => void;
}

const WIDTH = 360;
const HEIGHT = 200;
const PLOT = {left: 72, right: 350, top: 12, bottom: 172};

/**
 * "Ventes annuelles 2022-2026": one bar per year as last computed, a refresh button, and when
 * the totals were computed. The SVG is decoration for sighted users; screen readers get the same
 * values in a table.
 */
export function renderSalesChart(options: SalesChartOptions): TemplateResult {
  const {i18n, sales} = options;
  const currency = sales?.currency || options.currency;
  const years = sales?.years.length ? sales.years : salesYears(new Date().getFullYear()).map((year) => ({year, total: 0}));
  const first = years[0]?.year ?? new Date().getFullYear();
  const last = years[years.length - 1]?.year ?? first;
  // Years must not get the locale's digit grouping ("2 022").
  const title = i18n.t('detail.sales.title', {from: String(first), to: String(last)});
  const refreshLabel = i18n.t('detail.sales.refresh');
  return html`
    <section class="card chart" part="chart" aria-labelledby="sales-title" aria-busy=${options.refreshing ? 'true' : 'false'}>
      <div class="chart-head">
        <h3 id="sales-title">${title}</h3>
        <button
          type="button"
          class="icon-button filled refresh ${options.refreshing ? 'spinning' : ''}"
          aria-label=${refreshLabel}
          title=${refreshLabel}
          aria-disabled=${options.refreshing ? 'true' : 'false'}
          @click=${() => !options.refreshing && options.onRefresh()}
        >
          ${icons.refresh}
        </button>
      </div>
      ${renderBars(i18n, sales ? years : [], years, currency)}
      ${sales
        ? html`<table class="visually-hidden">
            <caption>${title}</caption>
            <thead>
              <tr><th scope="col">${i18n.t('detail.sales.year')}</th><th scope="col">${i18n.t('detail.sales.total')}</th></tr>
            </thead>
            <tbody>
              ${years.map((y) => html`<tr><th scope="row">${y.year}</th><td>${i18n.money(y.total, currency)}</td></tr>`)}
            </tbody>
          </table>`
        : nothing}
      <p class="computed" role="status">
        ${sales ? i18n.t('detail.sales.computedAt', {date: i18n.dateTime(sales.computedAt)}) : i18n.t('detail.sales.never')}
      </p>
      ${options.failed ? html`<p class="error" role="alert">${i18n.t('detail.sales.error')}</p>` : nothing}
    </section>
  `;
}

function renderBars(
  i18n: LocaleController,
  values: ReadonlyArray<{year: number; total: number}>,
  years: ReadonlyArray<{year: number}>,
  currency: string,
): TemplateResult {
  const scale = valueScale(Math.max(0, ...values.map((v) => v.total)));
  const y = (value: number) => PLOT.bottom - (Math.max(0, value) / scale.max) * (PLOT.bottom - PLOT.top);
  const slot = (PLOT.right - PLOT.left) / Math.max(1, years.length);
  const barWidth = slot * 0.72;
  return html`<svg class="bars" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
    ${scale.ticks.map(
      (tick) => svg`
        <line class="grid" x1=${PLOT.left} x2=${PLOT.right} y1=${y(tick)} y2=${y(tick)}></line>
        <text class="tick" x=${PLOT.left - 8} y=${y(tick)} text-anchor="end" dominant-baseline="middle">${i18n.moneyRounded(tick, currency)}</text>`,
    )}
    ${years.map(
      ({year}, i) => svg`
        <line class="grid" x1=${PLOT.left + slot * i} x2=${PLOT.left + slot * i} y1=${PLOT.top} y2=${PLOT.bottom}></line>
        <text class="tick" x=${PLOT.left + slot * (i + 0.5)} y=${PLOT.bottom + 16} text-anchor="middle">${year}</text>`,
    )}
    <line class="axis" x1=${PLOT.left} x2=${PLOT.left} y1=${PLOT.top} y2=${PLOT.bottom}></line>
    <line class="axis" x1=${PLOT.left} x2=${PLOT.right} y1=${PLOT.bottom} y2=${PLOT.bottom}></line>
    ${values.map(({year, total}, i) => {
      const top = y(total);
      return svg`<rect class="bar" data-year=${year} x=${PLOT.left + slot * i + (slot - barWidth) / 2} y=${top}
        width=${barWidth} height=${PLOT.bottom - top}><title>${year} – ${i18n.money(total, currency)}</title></rect>`;
    })}
  </svg>`;
}

export const chartStyles = css`
  .chart {
    display: grid;
    align-content: start;
    gap: 8px;
    padding: 14px 18px;
    min-width: 0;
    position: relative;
  }
  .chart-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .chart h3 {
    margin: 0;
    font-size: 20px;
    font-weight: 700;
    color: #555;
  }
  .bars {
    width: 100%;
    max-width: 480px;
    justify-self: center;
    height: auto;
    font-size: 11px;
  }
  .grid {
    stroke: #e3e6e8;
  }
  .axis {
    stroke: #9aa5ab;
  }
  .tick {
    fill: currentColor;
  }
  .bar {
    fill: var(--client-detail-bar-color, #9ccbf0);
  }
  .computed {
    margin: 0;
    font-size: 12px;
  }
  .error {
    margin: 0;
    color: var(--_danger);
  }
  .spinning .icon {
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinning .icon {
      animation: none;
    }
  }
`;
