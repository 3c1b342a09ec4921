import {html, nothing, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {ClientStore} from '../../src/store/client-store.js';
import type {LocaleController} from '../controllers/locale-controller.js';

/** How far the store's first import went, when the store says (`ClientStore.loadProgress`). */
export interface LoadProgress {
  done: number;
  total: number;
}

/** The store's `loadProgress`, read defensively: stores that do not report it, or odd values, give none. */
export function loadProgressOf(store: ClientStore | undefined): LoadProgress | undefined {
  const value = (store as unknown as {loadProgress?: unknown} | undefined)?.loadProgress;
  if (!value || typeof value !== 'object') return undefined;
  const {done, total} = value as {done?: unknown; total?: unknown};
  if (typeof done !== 'number' || typeof total !== 'number' || !Number.isFinite(done) || !Number.isFinite(total) || total <= 0) {
    return undefined;
  }
  return {done: Math.min(Math.max(done, 0), total), total};
}

/** "Chargement…", and how far the first import went when the store says. */
export function renderLoading(progress: LoadProgress | undefined, i18n: LocaleController): TemplateResult {
  const percent = progress ? Math.round((progress.done / progress.total) * 100) : 0;
  const formatted = new Intl.NumberFormat(i18n.locale, {style: 'percent', maximumFractionDigits: 0}).format(percent / 100);
  return html`<div class="message">
    <p role="status" id="loading-label">${i18n.t('common.loading')}</p>
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
