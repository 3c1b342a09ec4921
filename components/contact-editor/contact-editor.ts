import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {
  CONTACT_LIMITS,
  contactDeleteBlockers,
  contactFlagHolder,
  contactName,
  GENDERS,
  newContactDraft,
  PHONE_TYPES,
  type ContactDraft,
  type ContactFlag,
} from '../../src/model/contact-rules.js';
import type {Contact} from '../../src/model/types.js';
import type {ClientFile, ClientStore} from '../../src/store/client-store.js';
import {fieldId, text} from '../client-editor/tab-context.js';
import {checkboxField, selectField, textField} from '../ui/fields.js';
import {RecordEditor} from '../ui/record-editor.js';
import {contactEditorStyles} from './contact-editor.styles.js';

/** The fields in reading order (the first error gets the focus). */
const FIELDS = [
  'email',
  'noEmail',
  'gender',
  'firstName',
  'lastName',
  'jobTitle',
  'language',
  'phone1',
  'phone1Ext',
  'phone2',
  'phone2Ext',
  'phone2Type',
  'active',
  'isDefault',
  'isBillingResponsible',
  'billingCc',
] as const;

/**
 * The contact editor ("Édition d'un contact", SPEC §5): a dialog to create a contact of a client
 * (`open()`) or edit one (`open('k1')`), also usable on its own:
 * `<contact-editor client-id="c5" contact-id="k1" open>`.
 *
 * Courriel is required unless "Contact sans courriel" is ticked; any real address is accepted and
 * kept as typed. Ticking "Contact par défaut" or "Facturation - Responsable" takes the flag from
 * the client's other contact (it says whom), saved in the same write: a client never shows two.
 * "Facturation - Envoi courriel" may be ticked on any number of contacts. "Supprimer" is disabled,
 * with the reason, while a document (a quote…) is addressed to the contact.
 *
 * @summary Create or edit a contact of a client.
 *
 * @event contact-saved - The contact was saved; the dialog closed. `detail`: `{clientId, contactId, created}`.
 * @event contact-deleted - The contact was deleted; the dialog closed. `detail`: `{clientId, contactId}`.
 *
 * @csspart dialog - The native `<dialog>` elements (the editor and its confirmations).
 * @csspart editor - The editor's dialog (also has `dialog` and `contact-editor`).
 * @csspart confirm - A confirmation dialog (also has `dialog`).
 * @csspart dialog-header - The dark title bar with the × button.
 * @csspart dialog-body - The scrolling content.
 * @csspart dialog-footer - The buttons row.
 * @csspart save-button - "Enregistrer".
 * @csspart delete-button - "Supprimer".
 *
 * @cssproperty --ic-color-control - Background of the fields.
 */
export class ContactEditor extends RecordEditor<Contact, ContactDraft> {
  static override tagName = 'contact-editor';
  static override styles = [...RecordEditor.styles, contactEditorStyles];

  /** Id of the contact edited; empty to create one. Set by `open()`. */
  @property({attribute: 'contact-id'}) contactId = '';

  protected readonly kind = 'contact';
  protected readonly recordIdProperty = 'contactId';
  protected readonly fields = FIELDS;

  protected get recordId(): string {
    return this.contactId;
  }

  protected set recordId(id: string) {
    this.contactId = id;
  }

  protected recordsOf(file: ClientFile): readonly Contact[] {
    return file.contacts;
  }

  protected newDraft(file: ClientFile): ContactDraft {
    return newContactDraft(file.client.id, file.client.language);
  }

  protected draftOf(contact: Contact): ContactDraft {
    const {updatedAt: _updatedAt, version: _version, ...draft} = structuredClone(contact);
    return {...newContactDraft(contact.clientId, contact.language), ...draft};
  }

  protected saveDraft(store: ClientStore, draft: ContactDraft) {
    return store.saveContact(draft);
  }

  protected deleteRecord(store: ClientStore, id: string) {
    return store.deleteContact(id);
  }

  protected deleteBlockers(file: ClientFile, id: string) {
    return contactDeleteBlockers(file.documents, id);
  }

  protected recordName(draft: ContactDraft): string {
    return contactName(draft);
  }

  protected emitSaved(clientId: string, contactId: string, created: boolean): void {
    this.emit('contact-saved', {clientId, contactId, created});
  }

  protected emitDeleted(clientId: string, contactId: string): void {
    this.emit('contact-deleted', {clientId, contactId});
  }

  protected override edit(draft: ContactDraft, field: string, value: unknown) {
    // Without e-mail, the address is neither required nor checked.
    const cleared = field === 'noEmail' ? ['noEmail', 'email', 'billingCc'] : field === 'email' ? ['email', 'billingCc'] : [field];
    return {draft: {...draft, [field]: value}, cleared};
  }

  // --- rendering -----------------------------------------------------------------------------

  protected renderFields(draft: ContactDraft): TemplateResult {
    const {i18n} = this;
    const input = (
      field: (typeof FIELDS)[number],
      label: string,
      options: {required?: boolean; type?: 'text' | 'tel'; autocomplete?: string; maxLength?: number; class?: string; disabled?: boolean; inputMode?: 'numeric' | 'email'} = {},
    ) =>
      textField({
        id: fieldId(field),
        field,
        label,
        value: text(draft[field]),
        error: this.error(field),
        onInput: (value) => this.set(field, value),
        ...options,
      });
    const select = (field: (typeof FIELDS)[number], label: string, options: Array<{value: string; label: string}>, extra: {emptyLabel?: string; class?: string} = {}) =>
      selectField({id: fieldId(field), field, label, value: text(draft[field]), options, error: this.error(field), onChange: (value) => this.set(field, value), ...extra});
    const extension = (field: 'phone1Ext' | 'phone2Ext', phoneLabel: string) =>
      html`<label class="visually-hidden" for=${fieldId(field)}>${phoneLabel}</label>${input(field, i18n.t('contact.extension'), {
        class: 'tiny',
        inputMode: 'numeric',
        maxLength: CONTACT_LIMITS.extension,
      })}`;
    return html`
      <div class="head">
        <h3 class="section-title big">${i18n.t('contact.section.details')}</h3>
        ${this.renderCrmState(draft)}
        <label class="switch">
          ${i18n.t('contact.active')}
          <input
            type="checkbox"
            role="switch"
            id=${fieldId('active')}
            data-field="active"
            .checked=${live(draft.active !== false)}
            aria-checked=${draft.active !== false ? 'true' : 'false'}
            @change=${(event: Event) => this.set('active', (event.target as HTMLInputElement).checked)}
          />
        </label>
      </div>
      <div class="row email-row">
        <div class="email">
          ${checkboxField({
            id: fieldId('noEmail'),
            field: 'noEmail',
            label: i18n.t('contact.noEmail'),
            checked: Boolean(draft.noEmail),
            class: 'no-email',
            onChange: (checked) => this.set('noEmail', checked),
          })}
          ${input('email', i18n.t('contact.email'), {
            required: !draft.noEmail,
            disabled: Boolean(draft.noEmail),
            // Not type="email": Chromium rewrites internationalised domains (café-lévis.ca) as punycode.
            inputMode: 'email',
            autocomplete: 'email',
            maxLength: CONTACT_LIMITS.email,
          })}
        </div>
        ${select(
          'gender',
          i18n.t('contact.gender'),
          GENDERS.map((gender) => ({value: gender, label: i18n.tk(`contact.gender.${gender}`)})),
          {emptyLabel: '', class: 'narrow'},
        )}
      </div>
      <div class="row">
        ${input('firstName', i18n.t('contact.firstName'), {required: true, autocomplete: 'given-name', maxLength: CONTACT_LIMITS.firstName})}
        ${input('lastName', i18n.t('contact.lastName'), {required: true, autocomplete: 'family-name', maxLength: CONTACT_LIMITS.lastName})}
      </div>
      <div class="row">
        ${input('jobTitle', i18n.t('contact.jobTitle'), {autocomplete: 'organization-title', maxLength: CONTACT_LIMITS.jobTitle, class: 'wide'})}
        ${select(
          'language',
          i18n.t('contact.language'),
          [
            {value: 'fr', label: i18n.t('common.language.fr')},
            {value: 'en', label: i18n.t('common.language.en')},
          ],
          {class: 'narrow'},
        )}
      </div>
      <div class="row">
        ${input('phone1', i18n.t('contact.phone1'), {type: 'tel', autocomplete: 'tel', maxLength: CONTACT_LIMITS.phone})}
        ${extension('phone1Ext', i18n.t('contact.phone1'))}
        <span class="spacer"></span>
      </div>
      <div class="row">
        ${input('phone2', i18n.t('contact.phone2'), {type: 'tel', maxLength: CONTACT_LIMITS.phone})} ${extension('phone2Ext', i18n.t('contact.phone2'))}
        <label class="visually-hidden" for=${fieldId('phone2Type')}>${i18n.t('contact.phone2')}</label>
        ${select(
          'phone2Type',
          i18n.t('contact.phone2Type'),
          PHONE_TYPES.map((type) => ({value: type, label: i18n.tk(`contact.phoneType.${type}`)})),
          {emptyLabel: '', class: 'narrow'},
        )}
      </div>
      <div class="boxes">
        ${this.flagBox(draft, 'isDefault', i18n.t('contact.isDefault'), 'contact.moves.default')}
        ${this.flagBox(draft, 'isBillingResponsible', i18n.t('contact.isBillingResponsible'), 'contact.moves.billing')}
        ${checkboxField({
          id: fieldId('billingCc'),
          field: 'billingCc',
          label: i18n.t('contact.billingCc'),
          checked: Boolean(draft.billingCc),
          error: this.error('billingCc'),
          onChange: (checked) => this.set('billingCc', checked),
        })}
      </div>
    `;
  }

  /** A box only one contact of the client holds: ticking it says whom it is taken from. */
  private flagBox(draft: ContactDraft, flag: ContactFlag, label: string, moveKey: 'contact.moves.default' | 'contact.moves.billing'): TemplateResult {
    const holder = draft[flag] ? contactFlagHolder(this.others as Contact[], flag, draft.id) : undefined;
    return checkboxField({
      id: fieldId(flag),
      field: flag,
      label,
      checked: Boolean(draft[flag]),
      hint: holder ? this.i18n.t(moveKey, {name: contactName(holder)}) : undefined,
      error: this.error(flag),
      onChange: (checked) => this.set(flag, checked),
    });
  }

  /** The HubSpot state of a saved contact (nothing for a new one). */
  private renderCrmState(draft: ContactDraft): TemplateResult | typeof nothing {
    const state = draft.id ? (draft.crmSync?.state ?? 'never') : undefined;
    if (!state) return nothing;
    return html`<span class="crm ${state}"><span class="crm-dot" aria-hidden="true"></span>${this.i18n.tk(`contact.crm.${state}`)}</span>`;
  }
}
