import {LitElement, html, svg, nothing, type PropertyValues} from 'lit';
import {customElement, query, state} from 'lit/decorators.js';
import {Router} from '@lit-labs/router';
import type {ClientsProvider} from '../components/clients-provider/clients-provider.js';
import type {ClientList} from '../components/client-list/client-list.js';
import type {ClientDetail} from '../components/client-detail/client-detail.js';
import type {DemoShippingPage} from './shipping-page.js';
import {createRoutes, pageOf, paths, type Page} from './routes.js';
import {text, type DemoLocale} from './demo-strings.js';
import {DemoDialogs} from './demo-dialogs.js';
import {shellStyles} from './demo.styles.js';

/** The IndexedDB database of the demo (the provider's `db-name`). */
export const DEMO_DB = 'interop-clients-demo';
const SEED_URL = '/seed/demo-seed.json';
const LOCALE_KEY = 'interop-clients-demo.locale';
const TOAST_MS = 6000;

const icon = (body: ReturnType<typeof svg>) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">${body}</svg>`;
const icons = {
  menu: icon(
    svg`<path d="M3 5h2.5v2.5H3zM8 5h13v2.5H8zM3 10.75h2.5v2.5H3zM8 10.75h13v2.5H8zM3 16.5h2.5V19H3zM8 16.5h13V19H8z"/>`,
  ),
  back: icon(svg`<path d="M20 10.5H8.4l4.7-4.7L11 3.7 2.7 12l8.3 8.3 2.1-2.1-4.7-4.7H20z"/>`),
  info: icon(
    svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1.2 15.5h-2.4v-7h2.4v7Zm-1.2-8.6a1.45 1.45 0 1 1 0-2.9 1.45 1.45 0 0 1 0 2.9Z"/>`,
  ),
  help: icon(
    svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1.1 16.2h-2.3v-2.3h2.3v2.3Zm2.3-7.6c-.5.7-1.1 1.1-1.6 1.5-.6.4-.7.7-.7 1.6h-2.2c0-1.6.4-2.3 1.4-3 .7-.5 1.4-.9 1.4-1.8 0-.8-.6-1.4-1.6-1.4-1 0-1.7.6-1.8 1.6H8c.1-2.3 1.8-3.6 4-3.6 2.4 0 3.9 1.3 3.9 3.2 0 .7-.2 1.3-.5 1.9Z"/>`,
  ),
  list: icon(svg`<path d="M4 6h16v2H4zm0 5h16v2H4zm0 5h16v2H4z"/>`),
  page: icon(svg`<path d="M6 2h8l6 6v14H4V2h2Zm7 1.5V9h5.5L13 3.5ZM6 4v16h12V11h-7V4H6Z"/>`),
  shipping: icon(
    svg`<path d="M20 8h-3V4H3a2 2 0 0 0-2 2v11h2a3 3 0 0 0 6 0h6a3 3 0 0 0 6 0h2v-5l-3-4ZM6 18.5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Zm13.5-9 1.96 2.5H17V9.5h2.5ZM18 18.5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z"/>`,
  ),
  notes: icon(
    svg`<path d="M3 17.25V21h3.75L17.8 9.94l-3.75-3.75L3 17.25Zm17.7-10.2a1 1 0 0 0 0-1.42l-2.33-2.33a1 1 0 0 0-1.42 0l-1.83 1.83 3.75 3.75 1.83-1.83Z"/>`,
  ),
  reset: icon(svg`<path d="M12 5V1L7 6l5 5V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7Z"/>`),
  close: icon(svg`<path d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z"/>`),
};

interface Toast {
  id: number;
  message: string;
}

function initialLocale(): DemoLocale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    if (saved === 'fr-CA' || saved === 'en-CA') return saved;
  } catch {
    // Storage blocked: French, the default.
  }
  return 'fr-CA';
}

/**
 * The demo sandbox: an interOP-like host page around the module's elements. It plays the host's
 * part: routing (`/` → `<client-list>`, `/clients/:id` → `<client-detail>`, `/expeditions` → a
 * shipping slip of another module with the `<client-notes>` badge), language, and the actions that
 * belong to the host application (shown as toasts).
 *
 * One `<client-list>` lives across routes: created the first time the list shows, hidden (not
 * destroyed) while a client or another page is shown, so that Back finds its search, filters,
 * sort, scroll position and active row. Focus follows navigation: to the client file's title
 * when a client opens, back to the list's active row when the list shows again.
 */
@customElement('demo-shell')
export class DemoShell extends LitElement {
  static override styles = shellStyles;

  @state() private locale: DemoLocale = initialLocale();
  @state() private page: Page = pageOf(location.pathname);
  @state() private menuOpen = false;
  @state() private toasts: Toast[] = [];
  /** The list was shown once: from then on it stays in the DOM (hidden on other pages). */
  @state() private listCreated = false;
  /** The client file opened last: the menu's "Expéditions (démo)" shows that client. */
  private lastClientId = '';

  @query('clients-provider') private provider?: ClientsProvider;
  @query('client-list') private list?: ClientList;
  @query('client-detail') private detail?: ClientDetail;
  @query('demo-shipping-page') private shippingPage?: DemoShippingPage;
  @query('#menu-button') private menuButton?: HTMLButtonElement;

  private readonly router: Router;
  private readonly dialogs = new DemoDialogs(this, {locale: () => this.locale, dbName: DEMO_DB});
  private nextToastId = 1;
  private unsubscribeStore: (() => void) | undefined;
  private subscribedStore: unknown;

  constructor() {
    super();
    const {routes, fallback} = createRoutes(() => this.renderNotFound());
    this.router = new Router(this, routes, {fallback});
    // In-app links (ours, and those inside the module's elements) go through navigate(); the
    // router's own link handling then sees a handled click and stays out of the way.
    this.addEventListener('click', this.onLinkClick);
    this.addEventListener('client-open', (event) => this.navigate(paths.client(event.detail.clientId)));
    this.addEventListener('client-list-request', () => this.navigate(paths.list));
    this.addEventListener('invoice-create-request', (event) =>
      this.toast(this.t('toastInvoice', {id: this.codeOf(event.detail.clientId)})),
    );
    this.addEventListener('document-open', (event) => this.toast(this.t('toastDocument', {number: event.detail.number})));
    this.addEventListener('client-saved', () => this.toast(this.t('toastSaved')));
    this.addEventListener('client-deleted', () => {
      this.toast(this.t('toastDeleted'));
      this.navigate(paths.list, {replace: true});
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('click', this.onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('click', this.onDocumentClick);
    this.unsubscribeStore?.();
  }

  /**
   * Goes to `path` in the app (a pathname, with a query string or not): a new history entry (Back
   * returns), then the router renders it.
   */
  navigate(path: string, {replace = false} = {}): void {
    const url = new URL(path, location.href);
    if (url.pathname + url.search !== location.pathname + location.search) {
      const depth = (history.state as {depth?: number} | null)?.depth ?? 0;
      if (replace) history.replaceState({depth}, '', url);
      else history.pushState({depth: depth + 1}, '', url);
    }
    this.page = pageOf(url.pathname);
    void this.router.goto(url.pathname);
    this.menuOpen = false;
  }

  private readonly onLinkClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.rel === 'external') return;
    if (anchor.origin !== location.origin || !anchor.getAttribute('href')) return;
    const page = pageOf(anchor.pathname);
    if (page.kind === 'not-found') return;
    event.preventDefault();
    this.navigate(anchor.pathname + anchor.search);
  };

  private readonly onPopState = () => {
    // The router renders the new location itself; the shell follows for its header and title.
    this.page = pageOf(location.pathname);
  };

  private readonly onDocumentClick = (event: MouseEvent) => {
    if (this.menuOpen && !event.composedPath().includes(this.renderRoot.querySelector('.menu-anchor') as EventTarget)) {
      this.menuOpen = false;
    }
  };

  private t(key: Parameters<typeof text>[1], params?: Record<string, string>): string {
    return text(this.locale, key, params);
  }

  /** The client's code for messages (C-0005), its id when the store does not know it yet. */
  private codeOf(clientId: string): string {
    return this.provider?.store?.getRow(clientId)?.code ?? clientId;
  }

  private toast(message: string): void {
    const id = this.nextToastId++;
    this.toasts = [...this.toasts, {id, message}].slice(-3);
    setTimeout(() => this.dismiss(id), TOAST_MS);
  }

  private dismiss(id: number): void {
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
  }

  private setLocale(locale: DemoLocale): void {
    this.locale = locale;
    try {
      localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      // Not remembered: fine.
    }
  }

  /** The shipping page's address: on the client last opened, else on the list's first client. */
  private shippingHref(): string {
    if (this.page.kind === 'shipping') return location.pathname + location.search;
    return paths.shippingFor(this.lastClientId || this.firstClientId());
  }

  /** The list's first row as the user sees it; without a list yet, the first client by code. */
  private firstClientId(): string {
    const shown = this.list?.visibleClients[0];
    if (shown) return shown.id;
    let first: {id: string; code: string} | undefined;
    for (const row of this.provider?.store?.rows ?? []) if (!first || row.code < first.code) first = row;
    return first?.id ?? '';
  }

  private goBack(): void {
    // Back to where the user came from when it is inside the demo, else to the list.
    if (((history.state as {depth?: number} | null)?.depth ?? 0) > 0) history.back();
    else this.navigate(paths.list);
  }

  // ---- menu ---------------------------------------------------------------------------------

  private menuItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.menu [role="menuitem"]')];
  }

  private async toggleMenu(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.menuOpen = !this.menuOpen;
    if (!this.menuOpen) return;
    await this.updateComplete;
    const items = this.menuItems();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  private closeMenu(restoreFocus = true): void {
    this.menuOpen = false;
    if (restoreFocus) this.menuButton?.focus();
  }

  private onMenuButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.menuOpen) void this.toggleMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = this.menuItems();
    const index = items.indexOf(this.renderRoot instanceof ShadowRoot ? (this.renderRoot.activeElement as HTMLElement) : items[0]!);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'Escape':
        this.closeMenu();
        break;
      case 'Tab':
        this.closeMenu(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  // ---- dialogs ------------------------------------------------------------------------------

  private openAbout(): void {
    this.closeMenu(false);
    this.dialogs.openAbout();
  }

  private openHelp(): void {
    this.dialogs.openHelp();
  }

  private openReset(): void {
    this.closeMenu(false);
    this.dialogs.openReset();
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('locale')) document.documentElement.lang = this.locale;
    if (this.page.kind === 'list') this.listCreated = true;
    if (this.page.kind === 'client') this.lastClientId = this.page.clientId;
  }

  protected override updated(changed: PropertyValues): void {
    const store = this.provider?.store;
    if (store !== this.subscribedStore) {
      this.unsubscribeStore?.();
      this.subscribedStore = store;
      this.unsubscribeStore = store?.subscribe(() => this.updateTitle());
    }
    this.updateTitle();
    const previous = changed.get('page') as Page | undefined;
    if (previous) this.focusPage(previous);
  }

  /** After a navigation (not the first page): the focus goes where the user's attention goes. */
  private focusPage(previous: Page): void {
    if (this.page.kind === 'client') void this.detail?.focusTitle();
    else if (this.page.kind === 'shipping' && previous.kind !== 'shipping') void this.shippingPage?.focusTitle();
    else if (this.page.kind === 'list' && previous.kind !== 'list') void this.list?.focusActiveRow();
  }

  private updateTitle(): void {
    const page = this.page;
    document.title =
      page.kind === 'client'
        ? this.t('titleClient', {code: this.codeOf(page.clientId)})
        : page.kind === 'shipping'
          ? this.t('titleShipping')
          : page.kind === 'not-found'
            ? this.t('titleNotFound')
            : this.t('titleList');
  }

  protected override render() {
    const onClient = this.page.kind === 'client';
    const backLabel = this.page.kind === 'shipping' ? this.t('backShipping') : this.t('back');
    return html`
      <header>
        <div class="menu-anchor">
          <button
            id="menu-button"
            class="bar-button"
            aria-label=${this.t('menu')}
            title=${this.t('menu')}
            aria-haspopup="menu"
            aria-expanded=${this.menuOpen ? 'true' : 'false'}
            aria-controls="menu"
            @click=${() => this.toggleMenu()}
            @keydown=${this.onMenuButtonKeydown}
          >
            ${icons.menu}
          </button>
          ${this.menuOpen ? this.renderMenu() : nothing}
        </div>
        ${onClient || this.page.kind === 'shipping'
          ? html`<button class="bar-button" aria-label=${backLabel} title=${backLabel} @click=${this.goBack}>
              ${icons.back}
            </button>`
          : nothing}
        <a class="brand" href=${paths.list}>${this.t('appName')} <span>· ${this.t('moduleName')}</span></a>
        <span class="spacer"></span>
        <div class="languages" role="group" aria-label=${this.t('language')}>
          <button lang="fr" aria-pressed=${this.locale === 'fr-CA' ? 'true' : 'false'} @click=${() => this.setLocale('fr-CA')}>
            <span class="long">Français</span><span class="short" aria-hidden="true">FR</span>
          </button>
          <button lang="en" aria-pressed=${this.locale === 'en-CA' ? 'true' : 'false'} @click=${() => this.setLocale('en-CA')}>
            <span class="long">English</span><span class="short" aria-hidden="true">EN</span>
          </button>
        </div>
        <button class="bar-button" aria-label=${this.t('about')} title=${this.t('about')} @click=${this.openAbout}>
          ${icons.info}
        </button>
        <button class="bar-button" aria-label=${this.t('help')} title=${this.t('help')} @click=${this.openHelp}>${icons.help}</button>
      </header>
      <main>
        ${this.dialogs.resetting
          ? html`<p class="not-found" role="status">${this.t('resetting')}</p>`
          : html`<clients-provider
              seed=${SEED_URL}
              db-name=${DEMO_DB}
              user="demo"
              permissions="client.change-code client.delete client.edit-accounting client.sync-accounting"
              locale=${this.locale}
              >${this.listCreated ? html`<client-list ?hidden=${this.page.kind !== 'list'}></client-list>` : nothing}${this.router.outlet()}</clients-provider
            >`}
      </main>
      ${this.dialogs.render()}
      <div class="toasts" role="status" aria-live="polite">
        ${this.toasts.map(
          (toast) => html`<div class="toast">
            <p>${toast.message}</p>
            <button aria-label=${this.t('close')} title=${this.t('close')} @click=${() => this.dismiss(toast.id)}>
              ${icons.close}
            </button>
          </div>`,
        )}
      </div>
    `;
  }

  private renderMenu() {
    return html`<div id="menu" class="menu" role="menu" aria-label=${this.t('menu')} @keydown=${this.onMenuKeydown}>
      <a role="menuitem" href=${paths.list} @click=${() => this.closeMenu(false)}>${icons.list} ${this.t('menuClients')}</a>
      <a role="menuitem" href=${this.shippingHref()} @click=${() => this.closeMenu(false)}>${icons.shipping} ${this.t('menuShipping')}</a>
      ${this.page.kind === 'client'
        ? html`<a role="menuitem" href=${`${paths.shippingFor(this.page.clientId)}&notes=1`} @click=${() => this.closeMenu(false)}
            >${icons.notes} ${this.t('menuClientNotes')}</a
          >`
        : nothing}
      <a role="menuitem" href="/demo/legacy.html" rel="external">${icons.page} ${this.t('menuLegacy')}</a>
      <button role="menuitem" @click=${this.openAbout}>${icons.info} ${this.t('menuAbout')}</button>
      <div role="separator"></div>
      <button role="menuitem" class="danger" @click=${this.openReset}>${icons.reset} ${this.t('menuReset')}</button>
    </div>`;
  }

  private renderNotFound() {
    return html`<section class="not-found">
      <h1>${this.t('notFoundTitle')}</h1>
      <p>${this.t('notFoundBody')}</p>
      <p><a href=${paths.list}>${this.t('notFoundLink')}</a></p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-shell': DemoShell;
  }
}
