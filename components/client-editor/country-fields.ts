import {html, type TemplateResult} from 'lit';
import {countryHasSubdivisions, countryOptions, subdivisionOptions} from '../../src/model/geo.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {selectField} from '../ui/fields.js';
import {fieldId} from './tab-context.js';

export interface CountryFieldsOptions {
  i18n: LocaleController;
  /** Prefix of the field paths: `address.` in the client editor, none in the address editor. */
  prefix: string;
  country: string;
  province: string | undefined;
  /** The province or state is required where the country has them (not for a prospect). */
  required: boolean;
  error: (path: string) => string | undefined;
  set: (path: string, value: string) => void;
}

/**
 * "Pays" and "Province / état" of the client and shipping-address editors: every country (Canada
 * and the United States first), the provinces or states of the chosen one, none (disabled, with
 * the reason) where it has none. The lists come from src/model/geo.ts.
 */
export function renderCountryFields(options: CountryFieldsOptions): TemplateResult {
  const {i18n, prefix} = options;
  const hasSubdivisions = countryHasSubdivisions(options.country);
  const path = (name: string) => `${prefix}${name}`;
  return html`${selectField({
    id: fieldId(path('country')),
    field: path('country'),
    label: i18n.t('editor.country'),
    value: options.country,
    options: countryOptions(i18n.locale).map((option) => ({value: option.code, label: option.name})),
    error: options.error(path('country')),
    onChange: (value) => options.set(path('country'), value),
  })}
  ${selectField({
    id: fieldId(path('province')),
    field: path('province'),
    label: i18n.t('editor.province'),
    value: hasSubdivisions ? (options.province ?? '') : '',
    options: subdivisionOptions(options.country, i18n.locale).map((option) => ({value: option.code, label: option.name})),
    emptyLabel: '',
    required: hasSubdivisions && options.required,
    disabled: !hasSubdivisions,
    hint: hasSubdivisions ? undefined : i18n.t('editor.province.none'),
    error: options.error(path('province')),
    onChange: (value) => options.set(path('province'), value),
  })}`;
}
