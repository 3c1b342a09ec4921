import {repeat} from 'lit/directives/repeat.js';
import {css, html, nothing, type TemplateResult} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import {formatAddressLines, mapsRouteUrl} from '../../src/model/address.js';
import {contactName} from '../../src/model/contact-rules.js';
import {invoiceRecipients} from '../../src/model/invoice-recipients.js';
import type {Client, Contact, ShippingAddress} from '../../src/model/types.js';
import {AddressEditor} from '../address-editor/address-editor.js';
import {registeredTag} from '../base/element-tag.js';
import {ContactEditor} from '../contact-editor/contact-editor.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {icons} from '../ui/icons.js';
import {addressLines, emailLink, externalLink, phoneLink} from './links.js';

type Editor = ContactEditor | AddressEditor;

interface PanelOptions {
  id: 'contacts' | 'addresses';
  title: string;
  addLabel: string;
  empty: string;
  /** The cards (a keyed `repeat`). */
  items: unknown;
  count: number;
  /** Below the cards (the invoice recipients). */
  footer?: TemplateResult;
  /** The editor the + button and the cards open. */
  editor: TemplateResult;
}

/**
 * Opens the panel's editor on a record (`id`) or on a new one. The editor works for the client
 * of the file: the one of the element whose shadow root holds the panel.
 */
function openEditor(event: Event, id?: string): void {
  const section = (event.currentTarget as Element).closest('section');
  const editor = section?.querySelector<Editor>('[data-editor]');
  if (!editor) return;
  const host = (section!.getRootNode() as ShadowRoot).host as (Element & {clientId?: string}) | undefined;
  if (host?.clientId) editor.clientId = host.clientId;
  editor.open(id);
}

/** A titled column panel ("Contacts (n)", "Adresses (n)") with its + button, its cards and its editor. */
function renderPanel(options: PanelOptions): TemplateResult {
  const {id} = options;
  return html`
    <section class="panel" part=${`panel ${id}`} aria-labelledby="${id}-heading">
      <div class="panel-head">
        <h2 id="${id}-heading">${options.title}</h2>
        <button type="button" class="icon-button filled add" aria-label=${options.addLabel} title=${options.addLabel} aria-haspopup="dialog" @click=${(event: Event) => openEditor(event)}>
          ${icons.plus}
        </button>
      </div>
      ${options.count
        ? html`<ul class="cards" role="list" tabindex="0" aria-labelledby="${id}-heading">${options.items}</ul>`
        : html`<p class="empty">${options.empty}</p>`}
      ${options.footer ?? nothing} ${options.editor}
    </section>
  `;
}

/** The card's title: a button that opens the record in its editor. */
function cardTitle(label: TemplateResult | string, editLabel: string, id: string): TemplateResult {
  return html`<button type="button" class="card-link" title=${editLabel} aria-haspopup="dialog" @click=${(event: Event) => openEditor(event, id)}>
    ${label}
  </button>`;
}

/** A mark with a name for screen readers and a tooltip for the others. */
function mark(label: string, icon: TemplateResult, kind: string): TemplateResult {
  return html`<span class="mark ${kind}" role="img" aria-label=${label} title=${label}>${icon}</span>`;
}

/** The HubSpot dot: green when synchronised, amber when changes wait, red after a refusal. */
function crmMark(i18n: LocaleController, contact: Contact): TemplateResult | typeof nothing {
  const state = contact.crmSync?.state;
  if (state === 'synced') return mark(i18n.t('detail.contact.crmSynced'), icons.dot, 'synced');
  if (state === 'pending' || state === 'error') return mark(i18n.t(`contact.crm.${state}`), icons.dot, `crm-${state}`);
  return nothing;
}

function renderContact(i18n: LocaleController, contact: Contact): TemplateResult {
  const name = contactName(contact);
  return html`
    <li class="card item contact ${contact.active ? '' : 'inactive'}" part="card contact">
      <div class="item-head">
        <h3>
          ${cardTitle(
            html`${name}${contact.active ? nothing : html`<span class="visually-hidden">, ${i18n.t('detail.contact.inactive')}</span>`}`,
            i18n.t('contact.edit'),
            contact.id,
          )}
        </h3>
        <span class="marks">
          ${crmMark(i18n, contact)}
          ${contact.isBillingResponsible ? mark(i18n.t('detail.contact.billing'), icons.calculator, 'billing') : nothing}
          ${contact.isDefault ? mark(i18n.t('detail.contact.default'), icons.starFilled, 'default') : nothing}
        </span>
      </div>
      <div class="item-body">
        ${contact.jobTitle ? html`<span class="line">${contact.jobTitle}</span>` : nothing}
        ${contact.email ? html`<span class="line">${emailLink(contact.email)}</span>` : nothing}
        ${contact.phone1 ? html`<span class="line">${phoneLink(contact.phone1, contact.phone1Ext)}</span>` : nothing}
      </div>
    </li>
  `;
}

function renderAddress(i18n: LocaleController, client: Client, address: ShippingAddress, index: number): TemplateResult {
  const route = mapsRouteUrl(address);
  const linesId = `address-${index}-lines`;
  return html`
    <li class="card item address" part="card address">
      <div class="item-head">
        <h3>${cardTitle(address.companyName || client.name, i18n.t('address.edit'), address.id)}</h3>
        <span class="marks">
          ${address.principal ? mark(i18n.t('detail.address.principal'), icons.house, 'principal') : nothing}
        </span>
      </div>
      <div class="item-body with-route">
        ${addressLines(formatAddressLines(address, i18n.locale), linesId)}
        ${route
          ? html`<span class="route-link">${externalLink(route, icons.globe, i18n.t('detail.address.route'))}</span>`
          : nothing}
      </div>
    </li>
  `;
}

/**
 * Who receives the invoices by e-mail (`invoiceRecipients`): the billing responsible and the
 * active "Envoi courriel" contacts, each address once.
 */
function renderRecipients(i18n: LocaleController, contacts: readonly Contact[]): TemplateResult {
  const recipients = invoiceRecipients(contacts, i18n.locale);
  return html`<div class="recipients" part="invoice-recipients">
    <h3 id="recipients-heading">${i18n.t('contact.recipients.title')}</h3>
    ${recipients.length
      ? // ARIA list items rather than <li>: the panel's <li> are its cards.
        html`<div class="recipient-list" role="list" aria-labelledby="recipients-heading">
          ${recipients.map(
            (recipient) => html`<div class="recipient" role="listitem">
              <span class="recipient-email">${recipient.email}</span>
              <span class="recipient-who">${recipient.name} (${i18n.t(`contact.recipients.${recipient.role}`)})</span>
            </div>`,
          )}
        </div>`
      : html`<p class="recipients-none">${i18n.t('contact.recipients.none')}</p>`}
  </div>`;
}

/**
 * The Contacts panel: a card per contact (its name opens it in `<contact-editor>`, + creates
 * one) and the invoice recipients. `clientId` names the client when there is no contact yet;
 * without it, the client of the element holding the panel.
 */
export function renderContacts(i18n: LocaleController, contacts: readonly Contact[], clientId = contacts[0]?.clientId ?? ''): TemplateResult {
  const tag = registeredTag(ContactEditor);
  return renderPanel({
    id: 'contacts',
    title: i18n.t('detail.contacts', {count: contacts.length}),
    addLabel: i18n.t('detail.contacts.add'),
    empty: i18n.t('detail.contacts.empty'),
    // Keyed: a deleted record's card leaves the DOM (and the focus with it), never reused for another.
    items: repeat(contacts, (contact) => contact.id, (contact) => renderContact(i18n, contact)),
    count: contacts.length,
    footer: renderRecipients(i18n, contacts),
    editor: staticHtml`<${tag} data-editor="contact" client-id=${clientId}></${tag}>`,
  });
}

/** The Adresses panel: a card per shipping address (its name opens it in `<address-editor>`, + creates one). */
export function renderAddresses(i18n: LocaleController, client: Client, addresses: readonly ShippingAddress[]): TemplateResult {
  const tag = registeredTag(AddressEditor);
  return renderPanel({
    id: 'addresses',
    title: i18n.t('detail.addresses', {count: addresses.length}),
    addLabel: i18n.t('detail.addresses.add'),
    empty: i18n.t('detail.addresses.empty'),
    items: repeat(addresses, (address) => address.id, (address, index) => renderAddress(i18n, client, address, index)),
    count: addresses.length,
    editor: staticHtml`<${tag} data-editor="address" client-id=${client.id}></${tag}>`,
  });
}

export const panelStyles = css`
  .panel {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  .panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    margin-block-end: 10px;
  }
  .panel-head h2 {
    margin: 0;
    font-size: 22px;
    font-weight: 400;
    color: var(--_primary);
  }
  .cards {
    display: grid;
    gap: 14px;
    align-content: start;
    margin: 0;
    padding: 0 6px 6px 0;
    list-style: none;
    max-height: var(--client-detail-panel-max-height, 360px);
    overflow: auto;
  }
  .item {
    padding: 14px 12px 16px;
    font-size: 13px;
    line-height: 1.25;
  }
  .item-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
    margin-block-end: 14px;
  }
  .item h3 {
    margin: 0;
    font-size: 15px;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .marks {
    display: flex;
    gap: 10px;
    color: var(--_accent);
    font-size: 17px;
  }
  .mark.synced {
    color: var(--_success);
    font-size: 15px;
  }
  .item-body {
    display: grid;
    overflow-wrap: anywhere;
  }
  .item-body a {
    color: inherit;
  }
  .with-route {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 8px;
  }
  .route-link a {
    display: inline-flex;
    color: var(--_text);
    font-size: 17px;
  }
  .inactive,
  .inactive .marks,
  .inactive .mark.synced {
    color: var(--_inactive);
  }
  .card-link {
    padding: 0;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .card-link:hover {
    text-decoration: underline;
  }
  .mark.crm-pending {
    color: var(--ic-color-warning, #b26a00);
    font-size: 15px;
  }
  .mark.crm-error {
    color: var(--_danger);
    font-size: 15px;
  }
  .recipients {
    margin-block-start: 14px;
    font-size: 13px;
  }
  .recipients h3 {
    margin: 0 0 6px;
    font-size: 14px;
    font-weight: 700;
    color: var(--_primary);
  }
  .recipient-list {
    display: grid;
    gap: 4px;
  }
  .recipient {
    display: grid;
    overflow-wrap: anywhere;
  }
  .recipient-who,
  .recipients-none {
    margin: 0;
    color: var(--ic-color-muted-text, #56646b);
  }
  .empty {
    margin: 0;
    /* On the page background, where the inactive grey falls under 4.5:1. */
    color: var(--ic-color-muted-text, #56646b);
  }
`;
