import {css, html, nothing, type TemplateResult} from 'lit';
import {formatAddressLines, mapsRouteUrl} from '../../src/model/address.js';
import type {Client, Contact, ShippingAddress} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {icons} from '../ui/icons.js';
import {addressLines, emailLink, externalLink, phoneLink} from './links.js';

interface PanelOptions {
  id: string;
  title: string;
  addLabel: string;
  /** Why the + button does nothing yet. */
  addDisabledReason: string;
  empty: string;
  items: readonly TemplateResult[];
}

/** A titled column panel ("Contacts (n)", "Adresses (n)") with its + button and its cards. */
function renderPanel(options: PanelOptions): TemplateResult {
  const {id} = options;
  return html`
    <section class="panel" part=${`panel ${id}`} aria-labelledby="${id}-heading">
      <div class="panel-head">
        <h2 id="${id}-heading">${options.title}</h2>
        <button
          type="button"
          class="icon-button filled add"
          aria-label=${options.addLabel}
          aria-disabled="true"
          aria-describedby="${id}-add-reason"
          title=${options.addDisabledReason}
        >
          ${icons.plus}
        </button>
        <span id="${id}-add-reason" hidden>${options.addDisabledReason}</span>
      </div>
      ${options.items.length
        ? html`<ul class="cards" role="list" tabindex="0" aria-labelledby="${id}-heading">${options.items}</ul>`
        : html`<p class="empty">${options.empty}</p>`}
    </section>
  `;
}

/** A mark with a name for screen readers and a tooltip for the others. */
function mark(label: string, icon: TemplateResult, kind: string): TemplateResult {
  return html`<span class="mark ${kind}" role="img" aria-label=${label} title=${label}>${icon}</span>`;
}

function renderContact(i18n: LocaleController, contact: Contact): TemplateResult {
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  return html`
    <li class="card item contact ${contact.active ? '' : 'inactive'}" part="card contact">
      <div class="item-head">
        <h3>
          ${name}${contact.active ? nothing : html`<span class="visually-hidden">, ${i18n.t('detail.contact.inactive')}</span>`}
        </h3>
        <span class="marks">
          ${contact.crmSync?.state === 'synced' ? mark(i18n.t('detail.contact.crmSynced'), icons.dot, 'synced') : nothing}
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
        <h3>${address.companyName || client.name}</h3>
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

export function renderContacts(i18n: LocaleController, contacts: readonly Contact[]): TemplateResult {
  return renderPanel({
    id: 'contacts',
    title: i18n.t('detail.contacts', {count: contacts.length}),
    addLabel: i18n.t('detail.contacts.add'),
    addDisabledReason: i18n.t('common.notAvailable'),
    empty: i18n.t('detail.contacts.empty'),
    items: contacts.map((contact) => renderContact(i18n, contact)),
  });
}

export function renderAddresses(i18n: LocaleController, client: Client, addresses: readonly ShippingAddress[]): TemplateResult {
  return renderPanel({
    id: 'addresses',
    title: i18n.t('detail.addresses', {count: addresses.length}),
    addLabel: i18n.t('detail.addresses.add'),
    addDisabledReason: i18n.t('common.notAvailable'),
    empty: i18n.t('detail.addresses.empty'),
    items: addresses.map((address, index) => renderAddress(i18n, client, address, index)),
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
  .empty {
    margin: 0;
    /* On the page background, where the inactive grey falls under 4.5:1. */
    color: var(--ic-color-muted-text, #56646b);
  }
`;
