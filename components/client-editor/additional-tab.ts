import {html, nothing, type TemplateResult} from 'lit';
import type {ShipperIdentification} from '../../src/model/types.js';
import {selectField, textareaField, textField} from '../ui/fields.js';
import {fieldId, referenceOptions, text, type TabContext} from './tab-context.js';

export const SHIPPER_IDENTIFICATIONS: readonly ShipperIdentification[] = ['standard', 'client', 'none'];

/**
 * "Informations additionnelles" (`Clients_7_infosadd_std.png`): account opening date, sector,
 * representative, shipper identification (the client's logo when "Client"), language, business
 * entity, and free notes on the right.
 */
export function renderAdditionalTab(context: TabContext, extra: {logo: TemplateResult | typeof nothing}): TemplateResult {
  const {i18n, draft, reference} = context;
  const reps = reference.reps
    .filter((rep) => rep.active !== false || rep.id === draft.repId)
    .map((rep) => ({value: rep.id, label: rep.name}));
  return html`
    <div class="columns">
      <div class="column">
        ${textField({
          id: fieldId('accountOpenedOn'),
          field: 'accountOpenedOn',
          type: 'date',
          class: 'date',
          label: i18n.t('editor.accountOpenedOn'),
          value: text(draft.accountOpenedOn),
          error: context.error('accountOpenedOn'),
          onInput: (value) => context.set('accountOpenedOn', value || undefined),
        })}
        ${selectField({
          id: fieldId('sectorId'),
          field: 'sectorId',
          label: i18n.t('editor.sector'),
          value: text(draft.sectorId),
          emptyLabel: '',
          options: referenceOptions(i18n, reference.sectors, draft.sectorId),
          error: context.error('sectorId'),
          onChange: (value) => context.set('sectorId', value || undefined),
        })}
        ${selectField({
          id: fieldId('repId'),
          field: 'repId',
          label: i18n.t('editor.rep'),
          value: text(draft.repId),
          emptyLabel: '',
          options: reps,
          error: context.error('repId'),
          onChange: (value) => context.set('repId', value || undefined),
        })}
        <div class="row">
          ${selectField({
            id: fieldId('shipperIdentification'),
            field: 'shipperIdentification',
            label: i18n.t('editor.shipperIdentification'),
            value: draft.shipperIdentification,
            options: SHIPPER_IDENTIFICATIONS.map((value) => ({value, label: i18n.tk(`editor.shipper.${value}`)})),
            error: context.error('shipperIdentification'),
            onChange: (value) => context.set('shipperIdentification', value),
          })}
          ${selectField({
            id: fieldId('language'),
            field: 'language',
            class: 'narrow',
            label: i18n.t('editor.language'),
            value: draft.language,
            options: [
              {value: 'fr', label: i18n.t('common.language.fr')},
              {value: 'en', label: i18n.t('common.language.en')},
            ],
            error: context.error('language'),
            onChange: (value) => context.set('language', value),
          })}
        </div>
        ${draft.shipperIdentification === 'client' ? extra.logo : nothing}
        ${selectField({
          id: fieldId('businessEntityId'),
          field: 'businessEntityId',
          label: i18n.t('editor.businessEntity'),
          value: text(draft.businessEntityId),
          emptyLabel: '',
          options: referenceOptions(i18n, reference.businessEntities, draft.businessEntityId),
          error: context.error('businessEntityId'),
          onChange: (value) => context.set('businessEntityId', value || undefined),
        })}
      </div>
      <div class="column">
        ${textareaField({
          id: fieldId('comments'),
          field: 'comments',
          class: 'notes',
          label: i18n.t('editor.notes'),
          value: text(draft.comments),
          rows: 16,
          maxLength: 10000,
          error: context.error('comments'),
          onInput: (value) => context.set('comments', value),
        })}
      </div>
    </div>
  `;
}
