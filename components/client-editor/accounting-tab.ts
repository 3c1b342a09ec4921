import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {checkboxField, readOnlyValue, selectField, textareaField, textField} from '../ui/fields.js';
import {icons} from '../ui/icons.js';
import type {ClientStore} from '../../src/store/client-store.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {reasonsText} from './delete-rules.js';
import {describe} from './editor-data.js';
import {fieldId, referenceOptions, text, type TabContext} from './tab-context.js';

/** The balance read from the accounting system ("Récupérer solde"). */
export interface BalanceState {
  /** False while creating: there is nothing to ask the accounting system yet. */
  available: boolean;
  reading: boolean;
  /** Why the last reading failed (translated). */
  error: string | undefined;
}

export interface AccountingTabOptions {
  /** Permission `client.edit-accounting`: without it every field is read-only, with the reason. */
  canEdit: boolean;
  /** The Prospect box disappears once the client has a production job. */
  prospectVisible: boolean;
  billTo: TemplateResult;
  balance: BalanceState;
  onReadBalance: () => void;
}

export const READ_ONLY_NOTE_ID = 'accounting-read-only';
export const CREDIT_TYPES = ['', 'limit'] as const;

/**
 * "Comptabilité" (`Clients_8_admin.png`): the fields the accounting system (Acomba) uses, and
 * the credit line with the balance read on demand.
 */
export function renderAccountingTab(context: TabContext, options: AccountingTabOptions): TemplateResult {
  const {i18n, draft, reference} = context;
  const accounting = draft.accounting ?? {currency: reference.settings.defaultCurrency};
  const readonly = !options.canEdit;
  const described = readonly ? READ_ONLY_NOTE_ID : undefined;
  const common = (path: string) => ({id: fieldId(path), field: path, error: context.error(path), describedBy: described, readonly});
  const input = (path: string, label: string, extra: {class?: string; hint?: string} = {}) =>
    textField({...common(path), label, value: text(valueAt(accounting, path)), onInput: (value) => context.set(path, value || undefined), ...extra});
  const numberInput = (path: string, label: string, extra: {class?: string; inputMode?: 'decimal' | 'numeric'} = {}) =>
    textField({
      ...common(path),
      label,
      inputMode: extra.inputMode ?? 'decimal',
      class: extra.class ?? 'narrow',
      value: context.numberText(path),
      onInput: (value) => context.setNumber(path, value),
    });
  const pick = (path: string, label: string, items: Parameters<typeof referenceOptions>[1], extra: {class?: string} = {}) =>
    selectField({
      ...common(path),
      label,
      value: text(valueAt(accounting, path)),
      emptyLabel: '',
      options: referenceOptions(i18n, items, text(valueAt(accounting, path))),
      onChange: (value) => context.set(path, value || undefined),
      ...extra,
    });
  const check = (path: string, label: string, checked: boolean, onChange: (checked: boolean) => void) =>
    checkboxField({...common(path), label, checked, disabled: readonly, onChange});
  const currencies = [...new Set([...reference.currencies, accounting.currency].filter(Boolean))];
  return html`
    ${readonly ? html`<p class="note read-only-note" id=${READ_ONLY_NOTE_ID}>${icons.warning} ${i18n.t('editor.accounting.readOnly')}</p>` : nothing}
    <div class="columns">
      <div class="column">
        <div class="row">
          ${input('accounting.sortKey', i18n.t('editor.sortKey'), {hint: i18n.t('editor.sortKey.hint')})}
          ${options.prospectVisible
            ? check('prospect', i18n.t('editor.prospect'), draft.prospect, (checked) => context.set('prospect', checked))
            : nothing}
        </div>
        <div class="row">
          ${pick('accounting.paymentTerms', i18n.t('editor.paymentTerms'), reference.paymentTerms)}
          ${selectField({
            ...common('accounting.currency'),
            class: 'narrow',
            label: i18n.t('editor.currency'),
            value: accounting.currency,
            options: currencies.map((code) => ({value: code, label: code})),
            onChange: (value) => context.set('accounting.currency', value),
          })}
        </div>
        <div class="row">
          ${pick('accounting.taxCode', i18n.t('editor.taxCode'), reference.taxCodes, {class: 'narrow'})}
          ${numberInput('accounting.markupPercent', i18n.t('editor.markup'))}
        </div>
        <div class="row">
          ${numberInput('accounting.discountPercent', i18n.t('editor.discount'))}
          ${numberInput('accounting.jobOpeningFee', i18n.t('editor.jobOpeningFee'))}
        </div>
      </div>
      <div class="column">
        <div class="row">
          ${input('accounting.receivableAccount', i18n.t('editor.receivableAccount'))}
          ${pick('accounting.territory', i18n.t('editor.territory'), reference.territories)}
        </div>
        <div class="row">
          ${options.billTo}
          ${readOnlyValue({id: fieldId('accounting.lastPurchaseOn'), class: 'narrow', label: i18n.t('editor.lastPurchase'), value: i18n.date(accounting.lastPurchaseOn)})}
        </div>
        <div class="checks">
          ${check('accounting.statementOfAccount', i18n.t('editor.statementOfAccount'), Boolean(accounting.statementOfAccount), (checked) =>
            context.set('accounting.statementOfAccount', checked),
          )}
          ${check('accounting.poRequired', i18n.t('editor.poRequired'), Boolean(accounting.poRequired), (checked) => context.set('accounting.poRequired', checked))}
          ${check('accounting.billing', i18n.t('editor.billing'), accounting.billing === BILLING_ON, (checked) =>
            context.set('accounting.billing', checked ? BILLING_ON : undefined),
          )}
          ${check('accounting.orderAllowed', i18n.t('editor.orderAllowed'), Boolean(accounting.orderAllowed), (checked) =>
            context.set('accounting.orderAllowed', checked),
          )}
        </div>
        ${textareaField({
          ...common('accounting.comment'),
          label: i18n.t('editor.comment'),
          value: text(accounting.comment),
          rows: 2,
          onInput: (value) => context.set('accounting.comment', value || undefined),
        })}
      </div>
    </div>
    ${renderCredit(context, options, common)}
  `;
}

/** "Facturation" is a box in interOP; the record keeps it as text. */
export const BILLING_ON = 'yes';

function renderCredit(
  context: TabContext,
  options: AccountingTabOptions,
  common: (path: string) => {id: string; field: string; error: string | undefined; describedBy: string | undefined; readonly: boolean},
): TemplateResult {
  const {i18n, draft} = context;
  const accounting = draft.accounting ?? {currency: 'CAD'};
  const {balance} = options;
  const balanceText =
    accounting.balance === undefined || accounting.balance === null ? '' : i18n.money(accounting.balance, accounting.currency || 'CAD');
  const balanceNote = balance.error
    ? balance.error
    : !balance.available
      ? i18n.t('editor.balance.saveFirst')
      : accounting.balanceReadAt
        ? i18n.t('editor.balance.readAt', {date: i18n.dateTime(accounting.balanceReadAt)})
        : i18n.t('editor.balance.never');
  return html`<section class="credit" aria-labelledby="section-credit">
    <h3 id="section-credit" class="section-title">${i18n.t('editor.section.credit')}</h3>
    <div class="columns">
      <div class="column">
        <div class="row">
          ${selectField({
            ...common('accounting.creditType'),
            label: i18n.t('editor.creditType'),
            value: text(accounting.creditType),
            options: CREDIT_TYPES.map((value) => ({value, label: i18n.tk(`editor.creditType.${value || 'none'}`)})),
            onChange: (value) => context.set('accounting.creditType', value || undefined),
          })}
          ${accounting.creditType === 'limit'
            ? textField({
                ...common('accounting.creditLimit'),
                class: 'narrow',
                inputMode: 'decimal',
                label: i18n.t('editor.creditLimit'),
                value: context.numberText('accounting.creditLimit'),
                onInput: (value) => context.setNumber('accounting.creditLimit', value),
              })
            : nothing}
        </div>
        <button
          type="button"
          class="primary-button wide"
          aria-disabled=${!balance.available || balance.reading ? 'true' : 'false'}
          aria-describedby="balance-note"
          @click=${() => {
            if (balance.available && !balance.reading) options.onReadBalance();
          }}
        >
          <span class=${balance.reading ? 'spin' : ''}>${icons.refresh}</span> ${i18n.t('editor.balance.read')}
        </button>
      </div>
      <div class="column">
        <div class="row">
          ${readOnlyValue({id: 'f-accounting-balance', label: i18n.t('editor.balance'), value: balance.reading ? i18n.t('editor.balance.reading') : balanceText})}
          ${readOnlyValue({
            id: fieldId('accounting.accountAgeDays'),
            class: 'narrow',
            label: i18n.t('editor.accountAge'),
            value: accounting.accountAgeDays === undefined ? '' : String(accounting.accountAgeDays),
          })}
          ${textField({
            ...common('accounting.allowedAgeDays'),
            class: 'narrow',
            inputMode: 'numeric',
            label: i18n.t('editor.allowedAge'),
            value: context.numberText('accounting.allowedAgeDays'),
            onInput: (value) => context.setNumber('accounting.allowedAgeDays', value),
          })}
        </div>
        <p id="balance-note" class=${balance.error ? 'field-error' : 'field-hint'} role=${ifDefined(balance.error ? 'alert' : undefined)}>${balanceNote}</p>
      </div>
    </div>
  </section>`;
}

function valueAt(accounting: object, path: string): unknown {
  return (accounting as Record<string, unknown>)[path.replace(/^accounting\./, '')];
}

/** "Récupérer solde": asks the accounting system (through the store) for the client's balance. */
export class BalanceReader implements ReactiveController {
  reading = false;
  /** Why the last reading failed (translated). */
  error: string | undefined;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    this.generation += 1;
    this.reading = false;
    this.error = undefined;
  }

  /** The balance read, or `undefined` when refused (see `error`), already reading, or reset meanwhile. */
  async read(store: ClientStore, clientId: string, i18n: LocaleController): Promise<{balance: number; readAt: string} | undefined> {
    if (this.reading) return undefined;
    const generation = this.generation;
    this.reading = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const result = await store.readBalance(clientId);
      if (generation !== this.generation) return undefined;
      if (result.ok) return {balance: result.balance, readAt: result.readAt};
      this.error = i18n.t('editor.balance.failed', {reason: reasonsText(i18n, result.reason)});
      return undefined;
    } catch (error) {
      console.error('[interop-clients] the balance could not be read', error);
      if (generation === this.generation) this.error = i18n.t('editor.balance.failed', {reason: describe(error)});
      return undefined;
    } finally {
      if (generation === this.generation) {
        this.reading = false;
        this.host.requestUpdate();
      }
    }
  }
}
