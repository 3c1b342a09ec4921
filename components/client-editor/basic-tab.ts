import {html, nothing, type TemplateResult} from 'lit';
import {CLIENT_LIMITS} from '../../src/model/client-rules.js';
import {countryHasPostalCode} from '../../src/model/geo.js';
import {checkboxField, textField} from '../ui/fields.js';
import {renderCountryFields} from './country-fields.js';
import {getIn} from './draft.js';
import {fieldId, text, type TabContext} from './tab-context.js';

/**
 * "Informations de base" (`Clients_5.png`): Coordonnées on the left, Adresse on the right.
 * Address fields are required unless the client is a prospect; Province / état only when the
 * country has subdivisions.
 */
export function renderBasicTab(context: TabContext, extra: {duplicates: TemplateResult | typeof nothing}): TemplateResult {
  const {i18n, draft} = context;
  const field = (path: string, label: string, options: {required?: boolean; type?: 'text' | 'tel' | 'url'; autocomplete?: string; class?: string; maxLength?: number} = {}) =>
    textField({
      id: fieldId(path),
      field: path,
      label,
      value: text(getIn(draft, path)),
      error: context.error(path),
      onInput: (value) => context.set(path, value),
      ...options,
    });
  const addressRequired = !draft.prospect;
  const country = draft.address?.country || 'CA';
  return html`
    <div class="columns">
      <section class="column" aria-labelledby="section-coordinates">
        <h3 id="section-coordinates" class="section-title">${i18n.t('editor.section.coordinates')}</h3>
        ${field('name', i18n.t('editor.name'), {required: true, autocomplete: 'organization', maxLength: CLIENT_LIMITS.name})}
        <div class="row">
          ${field('phone', i18n.t('editor.phone'), {type: 'tel', autocomplete: 'tel', maxLength: CLIENT_LIMITS.phone})}
          ${field('fax', i18n.t('editor.fax'), {type: 'tel', maxLength: CLIENT_LIMITS.phone})}
        </div>
        ${field('website', i18n.t('editor.website'), {type: 'url', autocomplete: 'url', maxLength: CLIENT_LIMITS.website})} ${extra.duplicates}
      </section>
      <section class="column address" aria-labelledby="section-address">
        <h3 id="section-address" class="section-title">${i18n.t('editor.section.address')}</h3>
        ${draft.prospect ? html`<p class="note">${i18n.t('editor.prospectAddress')}</p>` : nothing}
        <div class="row civic">
          ${field('address.civicNumber', i18n.t('editor.civicNumber'), {required: addressRequired, class: 'narrow', maxLength: CLIENT_LIMITS.civicNumber})}
          ${field('address.street', i18n.t('editor.street'), {required: addressRequired, autocomplete: 'address-line1', maxLength: CLIENT_LIMITS.street})}
        </div>
        ${field('address.unit', i18n.t('editor.unit'), {autocomplete: 'address-line2', maxLength: CLIENT_LIMITS.unit})}
        <div class="row city">
          ${field('address.city', i18n.t('editor.city'), {required: addressRequired, autocomplete: 'address-level2', maxLength: CLIENT_LIMITS.city})}
          ${field('address.postalCode', i18n.t('editor.postalCode'), {
            required: addressRequired && countryHasPostalCode(country),
            class: 'narrow',
            autocomplete: 'postal-code',
            maxLength: CLIENT_LIMITS.postalCode,
          })}
        </div>
        <div class="row">
          ${renderCountryFields({
            i18n,
            prefix: 'address.',
            country,
            province: draft.address?.province,
            required: addressRequired,
            error: context.error,
            set: context.set,
          })}
        </div>
        ${checkboxField({
          id: fieldId('address.residential'),
          field: 'address.residential',
          label: i18n.t('editor.residential'),
          checked: Boolean(draft.address?.residential),
          error: context.error('address.residential'),
          onChange: (checked) => context.set('address.residential', checked),
        })}
      </section>
    </div>
  `;
}
