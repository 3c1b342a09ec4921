import {css, html, nothing, type TemplateResult} from 'lit';
import {formatAddressLines, mapsRouteUrl, websiteHref} from '../../src/model/address.js';
import {formatPhone} from '../../src/model/phone.js';
import type {Client, ReferenceData} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {icons} from '../ui/icons.js';
import {renderAccountingState, renderClientLogo} from './accounting-state.js';
import {addressLines, EMPTY, externalLink, phoneLink} from './links.js';

/** Top-left card: company name, Adresse, Téléphone, Télécopieur, Site web. */
export function renderCoordinates(i18n: LocaleController, client: Client): TemplateResult {
  const lines = formatAddressLines(client.address, i18n.locale);
  const route = mapsRouteUrl(client.address);
  const website = client.website?.trim() ?? '';
  const href = websiteHref(website);
  return html`
    <section class="card info coordinates" part="card coordinates" aria-labelledby="company-name">
      <h2 class="company" id="company-name">${client.name}</h2>
      <dl class="fields">
        <div class="field wide">
          <dt>
            ${i18n.t('detail.address')}
            ${route ? externalLink(route, icons.globe, i18n.t('detail.address.route')) : nothing}
          </dt>
          <dd>${lines.length ? addressLines(lines) : i18n.t('detail.address.none')}</dd>
        </div>
        <div class="field">
          <dt>${i18n.t('detail.phone')}</dt>
          <dd>${phoneLink(client.phone)}</dd>
        </div>
        <div class="field">
          <dt>${i18n.t('detail.fax')}</dt>
          <dd>${formatPhone(client.fax) || EMPTY}</dd>
        </div>
        <div class="field wide">
          <dt>
            ${i18n.t('detail.website')}
            ${href ? externalLink(href, icons.globe, i18n.t('detail.website.open')) : nothing}
          </dt>
          <dd class="website">${href ? externalLink(href, website) : website || EMPTY}</dd>
        </div>
      </dl>
    </section>
  `;
}

/**
 * Top-middle card: Date création, Langue, Secteur d'activité, Représentant; then the accounting
 * state and, when slips and labels carry it, the client's logo (`logoUrl`: its object URL).
 */
export function renderInformation(i18n: LocaleController, client: Client, reference: ReferenceData, logoUrl?: string): TemplateResult {
  const sector = reference.sectors.find((s) => s.id === client.sectorId);
  const rep = reference.reps.find((r) => r.id === client.repId);
  const sectorName = sector ? (i18n.lang === 'en' ? sector.en : sector.fr) || sector.fr : '';
  return html`
    <section class="card info" part="card information">
      <dl class="fields">
        <div class="field">
          <dt>${i18n.t('detail.createdOn')}</dt>
          <dd>${i18n.date(client.createdAt) || EMPTY}</dd>
        </div>
        <div class="field">
          <dt>${i18n.t('detail.language')}</dt>
          <dd>${i18n.tk(`common.language.${client.language}`)}</dd>
        </div>
        <div class="field wide">
          <dt>${i18n.t('detail.sector')}</dt>
          <dd>${sectorName || EMPTY}</dd>
        </div>
        <div class="field wide">
          <dt>${i18n.t('detail.rep')}</dt>
          <dd>${rep?.name || EMPTY}</dd>
        </div>
        ${renderAccountingState(i18n, client)} ${renderClientLogo(i18n, client, logoUrl)}
      </dl>
    </section>
  `;
}

export const cardStyles = css`
  .info {
    padding: 22px 24px;
    min-width: 0;
  }
  .company {
    margin: 0 0 14px;
    font-size: 22px;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 14px 24px;
    margin: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .field dt {
    display: flex;
    align-items: center;
    gap: 8px;
    font-weight: 700;
    font-size: 13px;
  }
  .field dd {
    margin: 6px 0 0;
    overflow-wrap: anywhere;
  }
  dt a {
    display: inline-flex;
    color: var(--_text);
    font-size: 17px;
  }
`;
