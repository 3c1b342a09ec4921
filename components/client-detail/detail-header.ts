import {css, html, nothing, type TemplateResult} from 'lit';
import type {ClientStatus} from '../../src/model/status.js';
import type {Client} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {icons} from '../ui/icons.js';

export interface HeaderOptions {
  i18n: LocaleController;
  /** Absent while loading or when the client cannot be found: only the way back is shown. */
  client?: Client;
  status?: ClientStatus;
  favourite: boolean;
  /** The Actions menu button and its menu. */
  actions: TemplateResult | typeof nothing;
  onList: () => void;
  onFavourite: () => void;
}

/** Breadcrumb, favourite star, title, status and Actions menu (top of `Clients_3.png`). */
export function renderHeader(options: HeaderOptions): TemplateResult {
  const {i18n, client, status} = options;
  return html`
    <header class="header" part="header">
      <div class="header-row">
        <nav class="breadcrumb" part="breadcrumb" aria-label=${i18n.t('detail.breadcrumb')}>
          <ol>
            <li><button type="button" class="link" @click=${options.onList}>${i18n.t('common.clients')}</button></li>
            ${client ? html`<li aria-current="page">${client.code}</li>` : nothing}
          </ol>
        </nav>
        ${client
          ? html`<button
              type="button"
              class="icon-button favourite"
              part="favourite"
              aria-pressed=${options.favourite ? 'true' : 'false'}
              aria-label=${i18n.t(options.favourite ? 'common.favourite.remove' : 'common.favourite.add')}
              title=${i18n.t(options.favourite ? 'common.favourite.remove' : 'common.favourite.add')}
              @click=${options.onFavourite}
            >
              ${options.favourite ? icons.starFilled : icons.star}
            </button>`
          : nothing}
      </div>
      ${client
        ? html`<div class="header-row">
            <h1 class="title" tabindex="-1">${i18n.t('detail.title', {code: client.code})}</h1>
            <div class="header-end">
              ${status ? html`<span class="status" data-status=${status}>${i18n.tk(`status.${status}`)}</span>` : nothing}
              ${options.actions}
            </div>
          </div>`
        : nothing}
    </header>
  `;
}

export const headerStyles = css`
  .header {
    display: grid;
    gap: 4px;
    margin-block-end: 20px;
  }
  .header-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    flex-wrap: wrap;
  }
  .breadcrumb ol {
    display: flex;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 13px;
  }
  .breadcrumb li + li::before {
    content: '>';
    margin-inline-end: 8px;
    font-weight: 400;
  }
  .breadcrumb [aria-current] {
    font-weight: 700;
  }
  .favourite {
    color: var(--_accent);
    font-size: 20px;
  }
  .title {
    margin: 0;
    font-size: 28px;
    font-weight: 500;
    color: var(--_primary);
  }
  .header-end {
    display: flex;
    align-items: center;
    gap: 24px;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 10px;
    font-size: 20px;
    color: var(--_primary);
  }
  .status::before {
    content: '';
    width: 9px;
    height: 9px;
    border-radius: 50%;
    background: var(--_dot, var(--_success));
  }
  .status[data-status='prospect'] {
    --_dot: #f0a020;
  }
  .status[data-status='new'] {
    --_dot: var(--_accent);
  }
  .status[data-status='inactive'] {
    --_dot: var(--_inactive);
  }
`;
