import {css, html, nothing, type TemplateResult} from 'lit';
import {accountingSyncReasons} from '../../src/model/client-rules.js';
import type {Client} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {EMPTY} from './links.js';

/**
 * "Système comptable" in the file: synchronised (when, and the accounting id), never sent,
 * changes not sent yet, or refused with the reasons.
 */
export function renderAccountingState(i18n: LocaleController, client: Client): TemplateResult {
  const sync = client.accountingSync ?? {state: 'never'};
  let content: TemplateResult;
  if (sync.state === 'synced') {
    content = html`<span class="sync-state" data-state="synced">${sync.syncedAt ? i18n.t('accounting.syncedAt', {date: i18n.dateTime(sync.syncedAt)}) : i18n.t('accounting.state.synced')}</span>
      ${sync.accountingId ? html`<span class="sync-id">${i18n.t('accounting.id', {id: sync.accountingId})}</span>` : nothing}`;
  } else if (sync.state === 'error') {
    const reasons = accountingSyncReasons(sync).map((issue) => i18n.tk(issue.key, issue.params));
    content = html`<span class="sync-state" data-state="error">${i18n.t('accounting.state.error')}</span>
      ${reasons.length ? html`<ul class="sync-reasons">${reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : nothing}`;
  } else {
    content = html`<span class="sync-state" data-state=${sync.state}>${i18n.tk(`accounting.state.${sync.state}`)}</span>`;
  }
  return html`<div class="field wide accounting-state" part="accounting-state">
    <dt>${i18n.t('actions.accounting')}</dt>
    <dd>${content}</dd>
  </div>`;
}

/** The client's logo, when shipping slips and labels carry it ("Client" shipper identification). */
export function renderClientLogo(i18n: LocaleController, client: Client, url: string | undefined): TemplateResult | typeof nothing {
  if (client.shipperIdentification !== 'client') return nothing;
  return html`<div class="field wide client-logo" part="logo">
    <dt>${i18n.t('actions.logo')}</dt>
    <dd>${url ? html`<img src=${url} alt=${i18n.t('actions.logo')} />` : EMPTY}</dd>
  </div>`;
}

export const accountingStateStyles = css`
  .sync-state {
    display: inline-flex;
    align-items: center;
    gap: 8px;
  }
  .sync-state::before {
    content: '';
    width: 9px;
    height: 9px;
    border-radius: 50%;
    background: var(--_inactive);
  }
  .sync-state[data-state='synced']::before {
    background: var(--_success);
  }
  .sync-state[data-state='pending']::before {
    background: #f0a020;
  }
  .sync-state[data-state='error'] {
    color: var(--_danger);
  }
  .sync-state[data-state='error']::before {
    background: var(--_danger);
  }
  .sync-id {
    display: block;
    font-size: 13px;
    color: var(--_inactive);
  }
  .sync-reasons {
    margin: 4px 0 0;
    padding-inline-start: 20px;
    font-size: 13px;
  }
  .client-logo img {
    max-width: 180px;
    max-height: 90px;
    object-fit: contain;
    background: #fff;
    border-radius: var(--_radius);
  }
`;
