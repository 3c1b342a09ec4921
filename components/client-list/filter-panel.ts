import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {chooseSortField, MAX_SORT_LEVELS, SORT_FIELDS, type ListFilter, type ListState, type SortField, type SortLevel} from '../../src/model/client-query.js';
import {GROUP_FIELDS, type GroupField} from '../../src/model/list-groups.js';
import type {Language} from '../../src/model/types.js';
import type {MessageKey} from '../../src/i18n/translate.js';
import {icons} from '../ui/icons.js';
import {COLUMNS} from './client-grid.js';

/**
 * The "Filtres" panel of the list, as in interOP: État, Attributs (Secteur, Représentant),
 * Langue, Grouper par, Trier par (two levels, each with its direction), then "Effacer filtres"
 * and "Appliquer". It edits a draft, applied only by "Appliquer". Within a section the choices
 * add up (any of them); sections narrow each other down (all of them).
 */

/** The "État" choices shown, in the order of interOP's panel. */
export const PANEL_STATES: readonly ListState[] = ['prospect', 'favourites', 'active', 'inactive', 'unsynced'];
export const PANEL_LANGUAGES: readonly Language[] = ['fr', 'en'];

/** Everything the panel edits. */
export interface PanelDraft {
  filter: ListFilter;
  groupBy: GroupField | null;
  sort: SortLevel[];
}

/** A choice of a pick list (a sector, a rep). */
export interface PickOption {
  id: string;
  label: string;
}

type PickName = 'sector' | 'rep';

export interface FilterPanelOptions {
  /** `id` of the panel, for the filter button's `aria-controls`. */
  id: string;
  draft: PanelDraft;
  sectors: readonly PickOption[];
  reps: readonly PickOption[];
  /** The pick list shown open, if any. */
  openPick: PickName | undefined;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** A new draft (the panel never mutates the one it got). */
  onChange: (draft: PanelDraft) => void;
  onTogglePick: (pick: PickName) => void;
  onClear: () => void;
  onApply: () => void;
  onClose: () => void;
}

function toggled<T>(values: readonly T[], value: T, checked: boolean): T[] {
  const next = values.filter((v) => v !== value);
  if (checked) next.push(value);
  return next;
}

const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;

export function renderFilterPanel(options: FilterPanelOptions): TemplateResult {
  const {id, draft, t} = options;
  const filter = draft.filter;
  const setFilter = (patch: Partial<ListFilter>) => options.onChange({...draft, filter: {...filter, ...patch}});
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    // An open pick list closes first, giving the focus back to its button.
    const pick = options.openPick;
    if (!pick) return options.onClose();
    options.onTogglePick(pick);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`[aria-controls="${id}-${pick}-list"]`)?.focus();
  };
  const check = (name: string, value: string, checked: boolean, label: string, onChange: (checked: boolean) => void) => html`
    <label class="check">
      <input type="checkbox" name=${name} .value=${value} .checked=${checked} @change=${(event: Event) => onChange(checkedOf(event))} />
      ${label}
    </label>
  `;
  return html`
    <div class="filter-panel card" part="filter-panel" id=${id} role="dialog" aria-labelledby="${id}-title" @keydown=${onKeydown}>
      <div class="filter-panel-head">
        <h2 id="${id}-title">${t('list.filters')}</h2>
        <button type="button" class="icon-button" aria-label=${t('common.close')} @click=${options.onClose}>${icons.close}</button>
      </div>
      <div class="filter-panel-body">
        <fieldset>
          <legend>${t('list.filters.state')}</legend>
          ${PANEL_STATES.map((state) =>
            check('state', state, filter.states.includes(state), t(`list.filters.state.${state}` as MessageKey), (checked) =>
              setFilter({states: toggled(filter.states, state, checked)}),
            ),
          )}
        </fieldset>
        <fieldset>
          <legend>${t('list.filters.attributes')}</legend>
          ${renderPick(options, 'sector', 'sectorIds', options.sectors, (ids) => setFilter({sectorIds: ids}))}
          ${renderPick(options, 'rep', 'repIds', options.reps, (ids) => setFilter({repIds: ids}))}
        </fieldset>
        <fieldset>
          <legend>${t('list.filters.language')}</legend>
          ${PANEL_LANGUAGES.map((language) =>
            check('language', language, filter.languages.includes(language), t(`list.filters.language.${language}` as MessageKey), (checked) =>
              setFilter({languages: toggled(filter.languages, language, checked)}),
            ),
          )}
        </fieldset>
        <fieldset class="panel-line">
          <legend id="${id}-group">${t('list.filters.groupBy')}</legend>
          <select
            class="panel-select"
            aria-labelledby="${id}-group"
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value as GroupField | '';
              options.onChange({...draft, groupBy: value || null});
            }}
          >
            <option value="" .selected=${live(!draft.groupBy)}>${t('list.filters.groupBy.none')}</option>
            ${GROUP_FIELDS.map(
              (field) => html`<option .value=${field} .selected=${live(draft.groupBy === field)}>${t(`list.filters.groupBy.${field}` as MessageKey)}</option>`,
            )}
          </select>
        </fieldset>
        <fieldset class="panel-line">
          <legend>${t('list.filters.sortBy')}</legend>
          ${Array.from({length: MAX_SORT_LEVELS}, (_, index) => renderSortLevel(options, index))}
        </fieldset>
      </div>
      <div class="filter-panel-actions">
        <button type="button" class="danger-button" @click=${options.onClear}>${t('list.filters.clear')}</button>
        <button type="button" class="primary-button" @click=${options.onApply}>${t('list.filters.apply')}</button>
      </div>
    </div>
  `;
}

/** A multi-choice pick list: a button showing the choices, opening a list of checkboxes. */
function renderPick(
  options: FilterPanelOptions,
  pick: PickName,
  key: 'sectorIds' | 'repIds',
  choices: readonly PickOption[],
  onChange: (ids: string[]) => void,
) {
  const {id, t} = options;
  const selected = options.draft.filter[key];
  const open = options.openPick === pick;
  const listId = `${id}-${pick}-list`;
  const labelId = `${id}-${pick}-label`;
  const names = selected.map((value) => choices.find((choice) => choice.id === value)?.label ?? value);
  const summary = names.length === 0 ? t('list.filters.any') : names.length <= 2 ? names.join(', ') : t('list.filters.selected', {count: names.length});
  // Choices no longer in the reference data stay listed while selected, so they can be unticked.
  const shown = [...choices, ...selected.filter((value) => !choices.some((c) => c.id === value)).map((value) => ({id: value, label: value}))];
  return html`
    <div class="pick">
      <span class="pick-label" id=${labelId}>${t(`list.filters.${pick}` as MessageKey)}</span>
      <button
        type="button"
        class="pick-button"
        aria-labelledby="${labelId} ${id}-${pick}-summary"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${listId}
        @click=${() => options.onTogglePick(pick)}
      >
        <span id="${id}-${pick}-summary">${summary}</span>${icons.chevronDown}
      </button>
      ${open
        ? html`<div class="pick-list" id=${listId} role="group" aria-labelledby=${labelId}>
            ${shown.map(
              (choice) => html`
                <label class="check">
                  <input
                    type="checkbox"
                    name=${pick}
                    .value=${choice.id}
                    .checked=${selected.includes(choice.id)}
                    @change=${(event: Event) => onChange(toggled(selected, choice.id, checkedOf(event)))}
                  />
                  ${choice.label}
                </label>
              `,
            )}
          </div>`
        : nothing}
    </div>
  `;
}

function renderSortLevel(options: FilterPanelOptions, index: number) {
  const {id, draft, t} = options;
  const level = draft.sort[index];
  const number = index + 1;
  const labelId = `${id}-sort-${number}`;
  // A second level needs a first; a field the other level uses swaps with this one's.
  const disabled = index > 0 && !draft.sort[0];
  const setSort = (sort: SortLevel[]) => options.onChange({...draft, sort});
  const taken = index > 0 && !level ? new Set([draft.sort[0]?.field]) : new Set<SortField | undefined>();
  return html`
    <div class="sort-level">
      <span class="sort-number" id=${labelId} aria-label=${t('list.filters.sortLevel', {level: number})}>${number}</span>
      <select
        class="panel-select"
        aria-labelledby=${labelId}
        ?disabled=${disabled}
        @change=${(event: Event) => {
          const field = (event.target as HTMLSelectElement).value as SortField | '';
          setSort(chooseSortField(draft.sort, index, field || undefined));
        }}
      >
        <option value="" .selected=${live(!level)}>${t('list.filters.sort.none')}</option>
        ${SORT_FIELDS.filter((field) => !taken.has(field)).map(
          (field) =>
            html`<option .value=${field} .selected=${live(level?.field === field)}>${t(COLUMNS.find((c) => c.field === field)!.label)}</option>`,
        )}
      </select>
      ${level
        ? html`
            <button
              type="button"
              class="icon-button sort-direction"
              aria-label=${t(level.direction === 'asc' ? 'list.filters.sort.ascending' : 'list.filters.sort.descending', {level: number})}
              @click=${() => setSort(draft.sort.map((l, i) => (i === index ? {...l, direction: l.direction === 'asc' ? 'desc' : 'asc'} : l)))}
            >
              ${level.direction === 'asc' ? icons.arrowUp : icons.arrowDown}
            </button>
            <button
              type="button"
              class="icon-button"
              aria-label=${t('list.filters.sort.remove', {level: number})}
              @click=${() => setSort(chooseSortField(draft.sort, index, undefined))}
            >
              ${icons.close}
            </button>
          `
        : nothing}
    </div>
  `;
}
