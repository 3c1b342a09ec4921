import {html, css, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {ContextProvider} from '@lit/context';
import {InteropElement} from '../base/interop-element.js';
import {ClientStore} from '../../src/store/client-store.js';
import {clientStoreContext, localeContext} from '../../src/store/context.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {toLocale, type Locale} from '../../src/i18n/translate.js';
import type {ClientsAdapter} from '../../src/adapters/adapter.js';
import type {AddressLookupProvider} from '../../src/adapters/address-lookup.js';
import {GooglePlacesProvider} from '../../src/adapters/google-places.js';

/**
 * Owns a ClientStore and provides it, with the UI locale, to every module element inside it.
 *
 * @summary Data and language provider of the Clients module.
 * @slot - The module's elements (and anything else of the host).
 */
export class ClientsProvider extends InteropElement {
  static override tagName = 'clients-provider';
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Backend: `local` (IndexedDB only, the default) or `rest`. */
  @property() adapter: 'local' | 'rest' = 'local';

  /** Base URL of the REST API (with `adapter="rest"`). */
  @property({attribute: 'base-url'}) baseUrl = '';

  /** UI language: `fr-CA` (default) or `en-CA`. Switches live. */
  @property() locale: Locale = 'fr-CA';

  /** Current user id, for favourites and "created by". */
  @property() user = '';

  /**
   * Space-separated rights: `client.change-code client.delete client.edit-accounting
   * client.sync-accounting`. None unless granted.
   */
  @property() permissions = '';

  /** Local adapter: URL of a seed bundle, loaded only into an empty database. */
  @property() seed = '';

  /** IndexedDB database name (default `interop-clients`). */
  @property({attribute: 'db-name'}) dbName = '';

  /**
   * A Google Places API (New) key: the address editors get a lookup button (suggestions while
   * typing, fields filled from the chosen place). No key, no button.
   */
  @property({attribute: 'address-lookup-key'}) addressLookupKey = '';

  /** Another address lookup (any `AddressLookupProvider`); wins over `address-lookup-key`. */
  @property({attribute: false}) addressLookup: AddressLookupProvider | undefined;

  private googleLookup: {key: string; provider: GooglePlacesProvider} | undefined;

  private ownStore: ClientStore | undefined;
  private injectedStore: ClientStore | undefined;
  private readonly storeProvider = new ContextProvider(this, {context: clientStoreContext});
  private readonly localeProvider = new ContextProvider(this, {context: localeContext, initialValue: 'fr-CA'});

  /**
   * The store provided to the elements inside. Set it to inject a ClientStore built in code
   * (its owner disposes of it); otherwise the provider builds one from its attributes.
   */
  get store(): ClientStore | undefined {
    return this.injectedStore ?? this.ownStore;
  }

  set store(store: ClientStore | undefined) {
    const old = this.store;
    this.injectedStore = store;
    if (store) this.disposeOwnStore();
    this.requestUpdate('store', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Build the store as soon as the attributes are known, so that children asking on connect
    // already get it.
    this.ensureStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A provider moved in the DOM is reconnected at once; only a real removal frees the database.
    queueMicrotask(() => {
      if (!this.isConnected) this.disposeOwnStore();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.ensureStore();
    if (changed.has('user') || changed.has('permissions')) this.store?.setSession(this.user, this.permissionList());
    this.localeProvider.setValue(toLocale(this.locale));
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** What the own store was built from; a change of any of it builds a new store. */
  private get storeConfig(): string {
    return [this.adapter, this.baseUrl, this.seed, this.dbName].join('\n');
  }

  private ownStoreConfig = '';

  private ensureStore(): void {
    if (this.ownStore && this.ownStoreConfig !== this.storeConfig) this.disposeOwnStore();
    if (!this.injectedStore && !this.ownStore) {
      this.ownStoreConfig = this.storeConfig;
      this.ownStore = new ClientStore({
        adapter: this.createAdapter(),
        dbName: this.dbName || undefined,
        user: this.user,
        permissions: this.permissionList(),
      });
    }
    this.localeProvider.setValue(toLocale(this.locale));
    if (this.storeProvider.value !== this.store) this.storeProvider.setValue(this.store);
    this.store?.setAddressLookup(this.lookupProvider());
  }

  private lookupProvider(): AddressLookupProvider | undefined {
    if (this.addressLookup) return this.addressLookup;
    const key = this.addressLookupKey.trim();
    if (!key) return undefined;
    if (this.googleLookup?.key !== key) this.googleLookup = {key, provider: new GooglePlacesProvider({apiKey: key})};
    return this.googleLookup.provider;
  }

  private createAdapter(): ClientsAdapter {
    if (this.adapter === 'rest') {
      console.warn('[interop-clients] the REST adapter is not available yet; using the local adapter.');
    }
    return new LocalAdapter({seed: this.seed ? new URL(this.seed, document.baseURI) : undefined});
  }

  private permissionList(): string[] {
    return this.permissions.split(/\s+/).filter(Boolean);
  }

  private disposeOwnStore(): void {
    this.ownStore?.dispose();
    this.ownStore = undefined;
  }
}
