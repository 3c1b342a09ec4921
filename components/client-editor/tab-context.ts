import type {ReferenceData, ReferenceItem} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import type {SelectOption} from '../ui/fields.js';
import type {Draft} from './draft.js';

/** What every tab of the editor reads and how it reports edits. */
export interface TabContext {
  i18n: LocaleController;
  draft: Draft;
  reference: ReferenceData;
  /** The translated error of a field, if any. */
  error: (path: string) => string | undefined;
  set: (path: string, value: unknown) => void;
  /** The text a number field shows (as typed, or the stored number). */
  numberText: (path: string) => string;
  setNumber: (path: string, text: string) => void;
}

/** The id of a field's control: `f-` and its path (`f-address-city`). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** The options of a reference pick list: active items, plus the current value even when retired. */
export function referenceOptions(i18n: LocaleController, items: readonly ReferenceItem[], current: string | undefined): SelectOption[] {
  return items
    .filter((item) => item.active !== false || item.id === current)
    .map((item) => ({value: item.id, label: (i18n.lang === 'en' ? item.en : item.fr) || item.fr || item.id}));
}

/** A string field of the draft (empty when unset). */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}
