import {prepareClientQueries, queryClients, type ListFilter, type QueryContext, type SortLevel} from '../../src/model/client-query.js';
import type {ClientRow} from '../../src/model/client-row.js';
import {groupRows, type GroupField, type Grouping} from '../../src/model/list-groups.js';
import {CLIENT_STATUSES, type ClientStatus} from '../../src/model/status.js';
import type {ReferenceData} from '../../src/model/types.js';
import {translate, type Locale} from '../../src/i18n/translate.js';

/** What the visible rows are computed from; each part is compared by identity. */
export interface VisibleRowsInputs {
  rows: readonly ClientRow[];
  favourites: ReadonlySet<string>;
  reference: ReferenceData;
  locale: Locale;
  search: string;
  filter: ListFilter;
  sort: SortLevel[];
}

/**
 * Derives the list's visible rows (grouped or not) and the labels they are shown and sorted
 * with, recomputing only when an input changed. Labels keep their identity while the reference
 * data and locale do, which lets `queryClients` reuse its sorted orders (a keystroke in the
 * search box then costs one pass over the rows).
 */
export class VisibleRows {
  private labelsFor: {reference: ReferenceData; locale: Locale} | undefined;
  private labels: Required<Pick<QueryContext, 'sectorLabels' | 'statusLabels'>> = {sectorLabels: new Map(), statusLabels: {}};
  private inputs: VisibleRowsInputs | undefined;
  private result: ClientRow[] = [];
  private grouping: {inputs: unknown[]; result: Grouping<ClientRow>} | undefined;
  private searchAlone: {inputs: unknown[]; result: boolean} | undefined;

  get(inputs: VisibleRowsInputs): ClientRow[] {
    if (this.inputs && sameInputs(this.inputs, inputs)) return this.result;
    const {sectorLabels, statusLabels} = this.labelsOf(inputs.reference, inputs.locale);
    // Sort ranks are collated per locale: prepared ahead for this one too (shared when running).
    if (this.inputs?.rows !== inputs.rows || this.inputs.locale !== inputs.locale) {
      void prepareClientQueries(inputs.rows, {locale: inputs.locale}).catch(() => undefined);
    }
    this.inputs = inputs;
    this.result = queryClients(
      inputs.rows,
      {search: inputs.search, ...inputs.filter, sort: inputs.sort},
      {favourites: inputs.favourites, sectorLabels, statusLabels, locale: inputs.locale},
    );
    return this.result;
  }

  /** True when the search alone, without the filters, finds clients (then the filters leave them out). */
  searchFindsAny(inputs: VisibleRowsInputs): boolean {
    const key = [inputs.rows, inputs.search, inputs.sort, inputs.reference, inputs.locale];
    if (this.searchAlone?.inputs.every((input, i) => Object.is(input, key[i]))) return this.searchAlone.result;
    const {sectorLabels, statusLabels} = this.labelsOf(inputs.reference, inputs.locale);
    const unfiltered = {search: inputs.search, states: [], sectorIds: [], repIds: [], languages: [], sort: inputs.sort};
    const found = queryClients(inputs.rows, unfiltered, {favourites: inputs.favourites, sectorLabels, statusLabels, locale: inputs.locale});
    this.searchAlone = {inputs: key, result: found.length > 0};
    return this.searchAlone.result;
  }

  /** The visible rows grouped by `field`, `collapsed` groups closed (the same object while nothing changed). */
  grouped(visible: VisibleRowsInputs, field: GroupField, collapsed: ReadonlySet<string>): Grouping<ClientRow> {
    const rows = this.get(visible);
    const {reference, locale} = visible;
    const inputs = [rows, field, collapsed, reference, locale];
    if (this.grouping?.inputs.every((input, i) => Object.is(input, inputs[i]))) return this.grouping.result;
    const reps = new Map(reference.reps.map((rep) => [rep.id, rep.name]));
    const keyOf = (row: ClientRow): string =>
      field === 'sector' ? row.sectorId : field === 'rep' ? row.repId : field === 'status' ? row.status : (row.language ?? '');
    const labelOf = (key: string): string => {
      if (!key) return translate(locale, `list.group.none.${field}`);
      if (field === 'sector') return this.sectorLabel(key, reference, locale);
      if (field === 'rep') return reps.get(key) ?? key;
      if (field === 'status') return this.statusLabel(key as ClientStatus, reference, locale);
      return key === 'fr' || key === 'en' ? translate(locale, `list.filters.language.${key}`) : key;
    };
    const result = groupRows(rows, {keyOf, labelOf, collapsed, locale});
    this.grouping = {inputs, result};
    return result;
  }

  /** The sector's label in the locale (its id when the reference data does not know it). */
  sectorLabel(sectorId: string, reference: ReferenceData, locale: Locale): string {
    return sectorId ? (this.labelsOf(reference, locale).sectorLabels.get(sectorId) ?? sectorId) : '';
  }

  statusLabel(status: ClientStatus, reference: ReferenceData, locale: Locale): string {
    return this.labelsOf(reference, locale).statusLabels[status] ?? status;
  }

  private labelsOf(reference: ReferenceData, locale: Locale) {
    if (this.labelsFor?.reference !== reference || this.labelsFor.locale !== locale) {
      const language = locale === 'en-CA' ? 'en' : 'fr';
      this.labelsFor = {reference, locale};
      this.labels = {
        sectorLabels: new Map(reference.sectors.map((sector) => [sector.id, sector[language] || sector.fr])),
        statusLabels: Object.fromEntries(CLIENT_STATUSES.map((status) => [status, translate(locale, `status.${status}`)])),
      };
    }
    return this.labels;
  }
}

function sameInputs(a: VisibleRowsInputs, b: VisibleRowsInputs): boolean {
  return (Object.keys(a) as Array<keyof VisibleRowsInputs>).every((key) => Object.is(a[key], b[key]));
}
