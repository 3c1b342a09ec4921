import {fixture, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../../src/define.js';
import type {ClientsProvider} from '../../components/clients-provider/clients-provider.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import type {SeedBundle} from '../../src/model/types.js';
import {ClientStore} from '../../src/store/client-store.js';
import {smallSeed, uniqueDbName} from './fixtures.js';

export const ALL_RIGHTS = ['client.change-code', 'client.delete', 'client.edit-accounting', 'client.sync-accounting'];

/** The small seed with the pick lists and settings the editor uses; c1 has no payment terms. */
export function editorSeed(change?: (seed: SeedBundle) => void): SeedBundle {
  const seed = smallSeed();
  seed.reference = {
    ...seed.reference,
    paymentTerms: [
      {id: 'net30', fr: 'Net 30 jours', en: 'Net 30 days'},
      {id: 'net15', fr: 'Net 15 jours', en: 'Net 15 days'},
    ],
    currencies: ['CAD', 'USD'],
    taxCodes: [{id: 'qc', fr: 'TPS et TVQ', en: 'GST and QST'}],
    territories: [{id: 'qc-east', fr: 'Québec et Est-du-Québec', en: 'Québec City and Eastern Quebec'}],
    businessEntities: [{id: 'print', fr: 'Imprimerie Démo inc.', en: 'Demo Printing Inc.'}],
    settings: {clientCodePattern: 'C-####', newClientsAreProspects: false, defaultBusinessEntityId: 'print', defaultCurrency: 'CAD'},
  };
  const c1 = seed.clients.find((client) => client.id === 'c1')!;
  c1.accounting = {currency: 'CAD'};
  c1.accountingSync = {state: 'never'};
  change?.(seed);
  return seed;
}

const stores: ClientStore[] = [];

/** Disposes of the stores of the finished test. */
export function disposeStores(): void {
  for (const store of stores.splice(0)) store.dispose();
}

export interface Mounted<T extends Element> {
  provider: ClientsProvider;
  el: T;
  store: ClientStore;
}

/** Renders `inner` inside a provider on a fresh database; waits for the store to be ready. */
export async function mount<T extends Element>(
  selector: string,
  inner: TemplateResult,
  options: {seed?: SeedBundle; permissions?: readonly string[]; locale?: string} = {},
): Promise<Mounted<T>> {
  await setViewport({width: 1280, height: 900});
  const store = new ClientStore({adapter: new LocalAdapter({seedData: options.seed ?? editorSeed()}), dbName: uniqueDbName('editor')});
  stores.push(store);
  // The provider gives the store its rights (attribute `permissions`).
  const permissions = (options.permissions ?? ALL_RIGHTS).join(' ');
  const provider = await fixture<ClientsProvider>(
    html`<clients-provider .store=${store} permissions=${permissions} locale=${options.locale ?? 'fr-CA'}>${inner}</clients-provider>`,
  );
  await store.whenReady();
  const el = provider.querySelector(selector) as T;
  await waitUntil(() => (el as unknown as {data?: {store?: ClientStore}}).data?.store === store, 'the element uses the store');
  return {provider, el, store};
}

/** A small PNG image (1×1, red). */
export function pngFile(name = 'logo.png'): File {
  const bytes = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  return new File([bytes], name, {type: 'image/png'});
}

/** Puts files in a file input as a user's choice would, and tells the element. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
}
