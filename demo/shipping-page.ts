import {LitElement, css, html, nothing, type PropertyValues} from 'lit';
import {live} from 'lit/directives/live.js';
import {customElement, property, state} from 'lit/decorators.js';
import {ContextConsumer} from '@lit/context';
import {clientStoreContext, localeContext} from '../src/store/context.js';
import type {ClientFile, ClientStore} from '../src/store/client-store.js';
import {formatAddressLines} from '../src/model/address.js';
import {collatorFor} from '../src/model/collate.js';
import type {Locale} from '../src/i18n/translate.js';
import type {ClientNotes} from '../components/client-notes/client-notes.js';

/** The page's own words: it plays another interOP module (the shipping slips), not the Clients module. */
const strings = {
  'fr-CA': {
    module: 'Expéditions',
    title: "Bon d'expédition {number}",
    intro:
      "Une page d'un autre module d'interOP, comme l'application hôte la montrerait : dans l'en-tête du bon d'expédition, le crayon <client-notes module=\"shipping\"> compte les notes « Note pour expédition » du client et les ouvre. On peut y en ajouter.",
    client: 'Client',
    billTo: 'Facturé à',
    shipTo: 'Expédier à',
    date: 'Date',
    carrier: 'Transporteur',
    carrierValue: 'Purolator — Express 10h30',
    status: 'Statut',
    statusValue: 'En préparation',
    openFile: 'Ouvrir la fiche du client',
    loading: 'Chargement des clients…',
    loadingClient: 'Chargement du client…',
  },
  'en-CA': {
    module: 'Shipping',
    title: 'Shipping slip {number}',
    intro:
      'A page of another interOP module, as the host application would show it: in the shipping slip\'s header, the pencil <client-notes module="shipping"> counts the client\'s "Note for shipping" notes and opens them. New ones can be added there.',
    client: 'Client',
    billTo: 'Bill to',
    shipTo: 'Ship to',
    date: 'Date',
    carrier: 'Carrier',
    carrierValue: 'Purolator — Express 10:30',
    status: 'Status',
    statusValue: 'Being prepared',
    openFile: "Open the client's file",
    loading: 'Loading the clients…',
    loadingClient: 'Loading the client…',
  },
} as const;

/** The demo's address of this page. */
export const SHIPPING_PATH = '/expeditions';
const LAST_CLIENT_KEY = 'interop-clients-demo.shipping-client';

/**
 * "Expéditions": a fake shipping slip of another interOP module, with `<client-notes
 * module="shipping">` in its header for the chosen client (`?client=<id>`, else the last one
 * chosen here, else the first by name). `&notes=1` opens the client's notes pop-over at once.
 */
@customElement('demo-shipping-page')
export class DemoShippingPage extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 20px clamp(12px, 4vw, 28px) 40px;
      color: var(--ic-color-text, #1d2b33);
    }
    .intro {
      max-width: 900px;
      margin: 0 0 16px;
      font-size: 13px;
      color: #45545b;
    }
    .slip {
      max-width: 1100px;
      background: #fafbfb;
      border-radius: 6px;
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.08);
    }
    .slip-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
      padding: 14px 20px;
      border-bottom: 1px solid #b9c8cf;
    }
    .slip-header h1:focus:not(:focus-visible) {
      outline: none;
    }
    .slip-header h1 {
      flex: 1 1 260px;
      margin: 0;
      font-size: 24px;
      font-weight: 400;
      color: #0b3a4a;
    }
    .slip-header .module {
      font-size: 13px;
      color: #56646b;
    }
    label {
      font-weight: 700;
      font-size: 13px;
      color: #0b3a4a;
    }
    select {
      min-width: 0;
      max-width: min(360px, 100%);
      padding: 6px 10px;
      border: 1px solid transparent;
      border-radius: 6px;
      background: #eaf0f3;
      font: inherit;
    }
    .pending {
      padding: 12px 20px 0;
      color: #56646b;
    }
    .slip-body {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 24px;
      padding: 20px;
    }
    h2 {
      margin: 0 0 8px;
      font-size: 13px;
      color: #0b3a4a;
    }
    p {
      margin: 0;
    }
    a {
      color: #1f7fa3;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 6px 12px;
      margin: 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
  `;

  /** The client the address asks for (`?client=<id>`; the route passes it); empty: the page picks one. */
  @property({attribute: false}) requestedClientId = '';

  @state() private clientId = '';
  @state() private file: ClientFile | undefined;

  private readonly storeConsumer = new ContextConsumer(this, {context: clientStoreContext, subscribe: true});
  private readonly localeConsumer = new ContextConsumer(this, {context: localeContext, subscribe: true});
  private unsubscribeStore: (() => void) | undefined;
  private unwatch: (() => void) | undefined;
  private watching: {store: ClientStore; clientId: string} | undefined;
  private listed: {revision: number; options: Array<{id: string; label: string}>} | undefined;

  private get locale(): Locale {
    return this.localeConsumer.value ?? 'fr-CA';
  }

  private t(key: keyof (typeof strings)['fr-CA'], params: Record<string, string> = {}): string {
    return strings[this.locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  }

  /** `&notes=1`: the notes pop-over opens once the badge is there. */
  private showNotes = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    const wanted = this.requestedClientId || params.get('client');
    this.showNotes = params.get('notes') === '1';
    let remembered = '';
    try {
      remembered = localStorage.getItem(LAST_CLIENT_KEY) ?? '';
    } catch {
      // Storage blocked: the first client.
    }
    this.clientId = wanted || remembered;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeStore?.();
    this.unsubscribeStore = undefined;
    this.unwatch?.();
    this.unwatch = undefined;
    this.watching = undefined;
  }

  /**
   * Moves the keyboard focus to the slip's title, as a page change would (the shell calls it after
   * a navigation). Nothing while the page loads, or when the notes pop-over opens by itself.
   */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    if (this.showNotes) return;
    this.renderRoot.querySelector<HTMLElement>('#slip-title')?.focus({preventScroll: true});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('requestedClientId') && this.requestedClientId && this.requestedClientId !== this.clientId) {
      this.clientId = this.requestedClientId;
    }
    const store = this.storeConsumer.value;
    if (!store) return;
    if (!this.unsubscribeStore) this.unsubscribeStore = store.subscribe(() => this.requestUpdate());
    if (!this.clientId || (store.status === 'ready' && !store.getRow(this.clientId))) {
      const first = this.options(store)[0];
      if (first) this.clientId = first.id;
    }
    if (this.clientId && (this.watching?.store !== store || this.watching.clientId !== this.clientId)) {
      this.unwatch?.();
      this.file = undefined;
      this.watching = {store, clientId: this.clientId};
      this.unwatch = store.watchClientFile(this.clientId, (file) => (this.file = file));
    }
  }

  protected override updated(): void {
    if (!this.showNotes) return;
    const badge = this.renderRoot.querySelector<ClientNotes>('client-notes');
    if (!badge) return;
    this.showNotes = false;
    badge.show();
    // Done once: a reload or Back does not open it again.
    const url = new URL(location.href);
    url.searchParams.delete('notes');
    history.replaceState(history.state, '', url);
  }

  /** The clients, by name. */
  private options(store: ClientStore): Array<{id: string; label: string}> {
    if (this.listed?.revision !== store.revision) {
      const collator = collatorFor(this.locale);
      const options = store.rows.map((row) => ({id: row.id, label: `${row.name} (${row.code})`}));
      options.sort((a, b) => collator.compare(a.label, b.label));
      this.listed = {revision: store.revision, options};
    }
    return this.listed.options;
  }

  private choose(clientId: string): void {
    this.clientId = clientId;
    try {
      localStorage.setItem(LAST_CLIENT_KEY, clientId);
    } catch {
      // Not remembered: fine.
    }
    const url = new URL(location.href);
    url.searchParams.set('client', clientId);
    history.replaceState(history.state, '', url);
  }

  protected override render() {
    const store = this.storeConsumer.value;
    const lang = this.locale.slice(0, 2);
    if (!store || store.status === 'opening') return html`<p role="status" lang=${lang}>${this.t('loading')}</p>`;
    const client = this.file?.client;
    const principal = this.file?.addresses.find((address) => address.principal) ?? this.file?.addresses[0];
    const number = 'EXP-00042';
    return html`<div lang=${lang}>
      <p class="intro">${this.t('intro')}</p>
      <section class="slip" aria-labelledby="slip-title">
        <div class="slip-header">
          <span class="module">${this.t('module')}</span>
          <h1 id="slip-title" tabindex="-1">${this.t('title', {number})}</h1>
          ${this.clientId ? html`<client-notes client-id=${this.clientId} module="shipping"></client-notes>` : nothing}
          <label for="client">${this.t('client')}</label>
          <select id="client" @change=${(event: Event) => this.choose((event.target as HTMLSelectElement).value)}>
            ${this.options(store).map((option) => html`<option .value=${option.id} .selected=${live(option.id === this.clientId)}>${option.label}</option>`)}
          </select>
        </div>
        ${this.clientId && !this.file ? html`<p class="pending" role="status">${this.t('loadingClient')}</p>` : nothing}
        <div class="slip-body">
          <div>
            <h2>${this.t('billTo')}</h2>
            ${client
              ? html`<p><a href="/clients/${encodeURIComponent(client.id)}" title=${this.t('openFile')}>${client.name}</a></p>
                  ${formatAddressLines(client.address, this.locale).map((line) => html`<p>${line}</p>`)}`
              : nothing}
          </div>
          <div>
            <h2>${this.t('shipTo')}</h2>
            ${principal
              ? html`<p>${principal.companyName || client?.name}</p>
                  ${formatAddressLines(principal, this.locale).map((line) => html`<p>${line}</p>`)}`
              : client
                ? formatAddressLines(client.address, this.locale).map((line) => html`<p>${line}</p>`)
                : nothing}
          </div>
          <dl>
            <dt>${this.t('date')}</dt>
            <dd>${new Date().toISOString().slice(0, 10)}</dd>
            <dt>${this.t('carrier')}</dt>
            <dd>${this.t('carrierValue')}</dd>
            <dt>${this.t('status')}</dt>
            <dd>${this.t('statusValue')}</dd>
          </dl>
        </div>
      </section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-shipping-page': DemoShippingPage;
  }
}
