import {html, nothing, svg, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {AddressLookupProvider, AddressLookupResult} from '../../src/adapters/address-lookup.js';
import {
  ADDRESS_LIMITS,
  addressDeleteBlockers,
  addressLabel,
  newAddressDraft,
  principalHolder,
  type AddressDraft,
} from '../../src/model/address-rules.js';
import {CLIENT_LIMITS} from '../../src/model/client-rules.js';
import {countryHasPostalCode, countryHasSubdivisions, DEFAULT_COUNTRY} from '../../src/model/geo.js';
import type {ShippingAddress} from '../../src/model/types.js';
import type {ClientFile, ClientStore} from '../../src/store/client-store.js';
import {renderCountryFields} from '../client-editor/country-fields.js';
import {provinceForCountry} from '../client-editor/draft.js';
import {fieldId, text} from '../client-editor/tab-context.js';
import {checkboxField, textareaField, textField} from '../ui/fields.js';
import {RecordEditor} from '../ui/record-editor.js';
import {addressEditorStyles} from './address-editor.styles.js';
import {AddressLookup, lookupButton, lookupStyles} from './address-lookup.js';

/** The fields in reading order (the first error gets the focus). */
const FIELDS = [
  'companyName',
  'principal',
  'residential',
  'civicNumber',
  'street',
  'unit',
  'city',
  'postalCode',
  'country',
  'province',
  'careOf',
  'phone',
  'phoneExt',
  'email',
  'deliveryNotes',
] as const;

type Field = (typeof FIELDS)[number];

/** A map pin (the lookup button, like interOP's Google Maps icon). */
const mapPin = svg`<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="#1a73e8" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7Z"/><circle cx="12" cy="9" r="2.6" fill="#fff"/></svg>`;

/**
 * The shipping-address editor ("Édition d'une adresse", SPEC §6): a dialog to create an address
 * of a client (`open()`) or edit one (`open('a1')`), also usable on its own:
 * `<address-editor client-id="c5" address-id="a1" open>`.
 *
 * The country, province / state and postal-code rules are the client editor's (`h2x1y4` is saved
 * `H2X 1Y4`, `D2X 1Y4` is refused, a United States address asks for a state). The client's first
 * address is principal; ticking "Principale" takes it from the other address (it says which),
 * saved in the same write. With an address lookup configured (`address-lookup-key` on the
 * provider, or the `addressLookup` property), a button opens a search that fills the fields.
 * "Supprimer" is disabled, with the reason, while a shipping slip uses the address.
 *
 * @summary Create or edit a shipping address of a client.
 *
 * @event address-saved - The address was saved; the dialog closed. `detail`: `{clientId, addressId, created}`.
 * @event address-deleted - The address was deleted; the dialog closed. `detail`: `{clientId, addressId}`.
 *
 * @csspart dialog - The native `<dialog>` elements (the editor and its confirmations).
 * @csspart editor - The editor's dialog (also has `dialog` and `address-editor`).
 * @csspart confirm - A confirmation dialog (also has `dialog`).
 * @csspart dialog-header - The dark title bar with the × button.
 * @csspart dialog-body - The scrolling content.
 * @csspart dialog-footer - The buttons row.
 * @csspart save-button - "Enregistrer".
 * @csspart delete-button - "Supprimer".
 *
 * @cssproperty --ic-color-control - Background of the fields.
 * @cssproperty --ic-color-lookup - Background of the address search.
 */
export class AddressEditor extends RecordEditor<ShippingAddress, AddressDraft> {
  static override tagName = 'address-editor';
  static override styles = [...RecordEditor.styles, addressEditorStyles, lookupStyles];

  /** Id of the address edited; empty to create one. Set by `open()`. */
  @property({attribute: 'address-id'}) addressId = '';

  /**
   * An address lookup for this editor only; by default the one the provider configures
   * (`address-lookup-key`). Without any, no lookup button.
   */
  @property({attribute: false}) addressLookup: AddressLookupProvider | undefined;

  @state() private searching = false;

  protected readonly kind = 'address';
  protected readonly recordIdProperty = 'addressId';
  protected readonly fields = FIELDS;
  private readonly lookup = new AddressLookup(this);

  protected get recordId(): string {
    return this.addressId;
  }

  protected set recordId(id: string) {
    this.addressId = id;
  }

  protected override storeSlice(store: ClientStore): unknown[] {
    return [store.status, store.addressLookup];
  }

  protected recordsOf(file: ClientFile): readonly ShippingAddress[] {
    return file.addresses;
  }

  protected newDraft(file: ClientFile): AddressDraft {
    return newAddressDraft(file.client.id, file.addresses.length === 0);
  }

  protected draftOf(address: ShippingAddress): AddressDraft {
    const {updatedAt: _updatedAt, version: _version, ...draft} = structuredClone(address);
    return {...newAddressDraft(address.clientId), ...draft};
  }

  protected saveDraft(store: ClientStore, draft: AddressDraft) {
    return store.saveAddress(draft);
  }

  protected deleteRecord(store: ClientStore, id: string) {
    return store.deleteAddress(id);
  }

  protected deleteBlockers(file: ClientFile, id: string) {
    return addressDeleteBlockers(file.documents, id);
  }

  protected recordName(draft: AddressDraft): string {
    return addressLabel(draft) || this.file?.client.name || '';
  }

  protected emitSaved(clientId: string, addressId: string, created: boolean): void {
    this.emit('address-saved', {clientId, addressId, created});
  }

  protected emitDeleted(clientId: string, addressId: string): void {
    this.emit('address-deleted', {clientId, addressId});
  }

  protected override end(): void {
    super.end();
    this.searching = false;
    this.lookup?.reset();
  }

  /** A new country clears a province it does not have (and a state is then asked for). */
  protected override edit(draft: AddressDraft, field: string, value: unknown) {
    if (field !== 'country') return super.edit(draft, field, value);
    const country = String(value || DEFAULT_COUNTRY);
    return {
      draft: {...draft, country, province: provinceForCountry(country, draft.province, this.i18n.locale)},
      cleared: ['country', 'province', 'postalCode'],
    };
  }

  /** The lookup in use: this editor's, or the one the provider configured. */
  private get provider(): AddressLookupProvider | undefined {
    return this.addressLookup ?? this.data.store?.addressLookup;
  }

  private readonly fill = async (result: AddressLookupResult): Promise<void> => {
    const draft = this.draft;
    if (!draft) return;
    const country = result.country || draft.country || DEFAULT_COUNTRY;
    this.draft = {
      ...draft,
      companyName: draft.companyName || result.name || '',
      civicNumber: result.civicNumber,
      street: result.street,
      unit: result.unit || draft.unit,
      city: result.city,
      postalCode: result.postalCode,
      country,
      province: countryHasSubdivisions(country) ? result.province : '',
    };
    const errors = {...this.errors};
    for (const field of ['civicNumber', 'street', 'unit', 'city', 'postalCode', 'country', 'province']) delete errors[field];
    this.errors = errors;
    this.searching = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId('civicNumber')}`)?.focus();
  };

  private readonly toggleSearch = async (): Promise<void> => {
    this.searching = !this.searching;
    if (!this.searching) return;
    this.lookup.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.lookup.id}`)?.focus();
  };

  // --- rendering -----------------------------------------------------------------------------

  protected renderFields(draft: AddressDraft): TemplateResult {
    const {i18n} = this;
    const provider = this.provider;
    const input = (field: Field, label: string, options: {required?: boolean; type?: 'text' | 'tel'; autocomplete?: string; maxLength?: number; class?: string; placeholder?: string; inputMode?: 'numeric' | 'email'} = {}) =>
      textField({id: fieldId(field), field, label, value: text(draft[field]), error: this.error(field), onInput: (value) => this.set(field, value), ...options});
    const country = draft.country || DEFAULT_COUNTRY;
    const firstAddress = this.others.length === 0;
    const holder = draft.principal ? principalHolder(this.others as ShippingAddress[], draft.id) : undefined;
    return html`
      <div class="head">
        <span class="title-with-lookup">
          <h3 class="section-title">${i18n.t('address.section.coordinates')}</h3>
          ${lookupButton(provider ? {label: i18n.t('lookup.open'), expanded: this.searching, icon: html`${mapPin}`, onToggle: this.toggleSearch} : undefined)}
        </span>
        <div class="boxes right">
          ${checkboxField({
            id: fieldId('principal'),
            field: 'principal',
            label: i18n.t('address.principal'),
            checked: firstAddress || Boolean(draft.principal),
            disabled: firstAddress,
            hint: firstAddress ? i18n.t('address.principal.first') : holder ? i18n.t('address.moves.principal', {name: addressLabel(holder) || (this.file?.client.name ?? '')}) : undefined,
            error: this.error('principal'),
            onChange: (checked) => this.set('principal', checked),
          })}
          ${checkboxField({
            id: fieldId('residential'),
            field: 'residential',
            label: i18n.t('address.residential'),
            checked: Boolean(draft.residential),
            onChange: (checked) => this.set('residential', checked),
          })}
        </div>
      </div>
      ${provider && this.searching
        ? html`<div id="lookup-region">${this.lookup.render({i18n, provider, onFill: (result) => void this.fill(result)})}</div>`
        : nothing}
      ${provider ? this.lookup.renderStatus(i18n) : nothing}
      ${input('companyName', i18n.t('address.companyName'), {autocomplete: 'organization', maxLength: ADDRESS_LIMITS.companyName, placeholder: this.file?.client.name})}
      <div class="row">
        ${input('civicNumber', i18n.t('address.civicNumber'), {required: true, class: 'narrow', maxLength: CLIENT_LIMITS.civicNumber})}
        ${input('street', i18n.t('address.street'), {required: true, autocomplete: 'address-line1', maxLength: CLIENT_LIMITS.street})}
      </div>
      ${input('unit', i18n.t('address.unit'), {autocomplete: 'address-line2', maxLength: CLIENT_LIMITS.unit})}
      <div class="row">
        ${input('city', i18n.t('address.city'), {required: true, autocomplete: 'address-level2', maxLength: CLIENT_LIMITS.city})}
        ${input('postalCode', i18n.t('address.postalCode'), {
          required: countryHasPostalCode(country),
          class: 'narrow',
          autocomplete: 'postal-code',
          maxLength: CLIENT_LIMITS.postalCode,
        })}
      </div>
      <div class="row">
        ${renderCountryFields({i18n, prefix: '', country, province: draft.province, required: true, error: this.error, set: this.set})}
      </div>
      ${input('careOf', i18n.t('address.careOf'), {autocomplete: 'name', maxLength: ADDRESS_LIMITS.careOf})}
      <div class="row">
        ${input('phone', i18n.t('address.phone'), {type: 'tel', autocomplete: 'tel', maxLength: ADDRESS_LIMITS.phone})}
        ${input('phoneExt', i18n.t('address.phoneExt'), {class: 'tiny', inputMode: 'numeric', maxLength: ADDRESS_LIMITS.extension})}
        <span class="spacer"></span>
      </div>
      <div class="row">
        ${input('email', i18n.t('address.email'), {inputMode: 'email', autocomplete: 'email', maxLength: ADDRESS_LIMITS.email})}
        <span class="spacer"></span>
      </div>
      ${textareaField({
        id: fieldId('deliveryNotes'),
        field: 'deliveryNotes',
        label: i18n.t('address.deliveryNotes'),
        value: text(draft.deliveryNotes),
        rows: 4,
        maxLength: ADDRESS_LIMITS.deliveryNotes,
        error: this.error('deliveryNotes'),
        onInput: (value) => this.set('deliveryNotes', value),
      })}
    `;
  }
}
