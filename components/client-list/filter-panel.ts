import {html, type TemplateResult} from 'lit';
import type {ListFilter, ListState} from '../../src/model/client-query.js';
import type {MessageKey} from '../../src/i18n/translate.js';
import {icons} from '../ui/icons.js';

/**
 * The "Filtres" panel of the list. It edits a draft of the filter, applied only by "Appliquer".
 * Today it has the "État" section; attributes, language, grouping and the two-level sort join it
 * as further sections over the same draft.
 */

/** The "État" choices shown, in the order of interOP's panel. */
export const PANEL_STATES: readonly ListState[] = ['prospect', 'favourites', 'active', 'inactive'];

export interface FilterPanelOptions {
  /** `id` of the panel, for the filter button's `aria-controls`. */
  id: string;
  draft: ListFilter;
  t: (key: MessageKey) => string;
  /** A new draft (the panel never mutates the one it got). */
  onChange: (draft: ListFilter) => void;
  onClear: () => void;
  onApply: () => void;
  onClose: () => void;
}

export function renderFilterPanel(options: FilterPanelOptions): TemplateResult {
  const {id, draft, t} = options;
  const toggleState = (state: ListState, checked: boolean) => {
    const states = draft.states.filter((s) => s !== state);
    if (checked) states.push(state);
    options.onChange({...draft, states});
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    options.onClose();
  };
  return html`
    <div class="filter-panel card" part="filter-panel" id=${id} role="dialog" aria-labelledby="${id}-title" @keydown=${onKeydown}>
      <div class="filter-panel-head">
        <h2 id="${id}-title">${t('list.filters')}</h2>
        <button type="button" class="icon-button" aria-label=${t('common.close')} @click=${options.onClose}>${icons.close}</button>
      </div>
      <fieldset>
        <legend>${t('list.filters.state')}</legend>
        ${PANEL_STATES.map(
          (state) => html`
            <label class="check">
              <input
                type="checkbox"
                name="state"
                .value=${state}
                .checked=${draft.states.includes(state)}
                @change=${(event: Event) => toggleState(state, (event.target as HTMLInputElement).checked)}
              />
              ${t(`list.filters.state.${state}` as MessageKey)}
            </label>
          `,
        )}
      </fieldset>
      <div class="filter-panel-actions">
        <button type="button" class="text-button" @click=${options.onClear}>${t('list.filters.clear')}</button>
        <button type="button" class="primary-button" @click=${options.onApply}>${t('list.filters.apply')}</button>
      </div>
    </div>
  `;
}
