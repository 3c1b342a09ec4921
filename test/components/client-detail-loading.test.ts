import {expect, fixture, fixtureCleanup, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {ClientsProvider} from '../../components/clients-provider/clients-provider.js';
import type {ClientDetail} from '../../components/client-detail/client-detail.js';
import {ClientStore} from '../../src/store/client-store.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import type {ClientsAdapter, PullBatch} from '../../src/adapters/adapter.js';
import type {ClientFile} from '../../src/store/client-file.js';
import {smallSeed, uniqueDbName} from '../helpers/fixtures.js';

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

let stores: ClientStore[] = [];

/** A cache already holding the seed (a second visit): the client file can be read before the store is ready. */
async function seededDb(): Promise<string> {
  const seed = smallSeed();
  seed.clients.find((c) => c.id === 'c5')!.repId = 'eg';
  const dbName = uniqueDbName('detail-loading');
  const first = new ClientStore({adapter: new LocalAdapter({seedData: seed}), dbName});
  await first.whenReady();
  first.dispose();
  return dbName;
}

/** An adapter whose pull waits until `release()`: the store stays `opening` until then. */
function gatedAdapter(): {adapter: ClientsAdapter; release: () => void; asked: () => boolean} {
  let release!: () => void;
  let asked = false;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const adapter: ClientsAdapter = {
    kind: 'test',
    pull: async (cursor): Promise<PullBatch> => {
      asked = true;
      await gate;
      return {cursor, hasMore: false};
    },
    push: async () => ({}),
  };
  return {adapter, release, asked: () => asked};
}

async function render(store: ClientStore, clientId = 'c5'): Promise<ClientDetail> {
  const provider = await fixture<ClientsProvider>(
    html`<clients-provider .store=${store}><client-detail client-id=${clientId}></client-detail></clients-provider>`,
  );
  return provider.querySelector('client-detail')!;
}

/** Waits until the cache answered for the client (what the element's own watch gets). */
async function cacheAnswered(store: ClientStore, clientId: string): Promise<void> {
  let file: ClientFile | undefined;
  const stop = store.watchClientFile(clientId, (value) => (file = value));
  await waitUntil(() => file, 'the cache answers with the client file');
  stop();
}

describe('<client-detail> while the store loads', () => {
  afterEach(() => {
    fixtureCleanup();
    for (const store of stores) store.dispose();
    stores = [];
  });

  it('shows "Chargement…" (not "—" for sector and representative) until the store is ready', async () => {
    const dbName = await seededDb();
    const gated = gatedAdapter();
    const store = new ClientStore({adapter: gated.adapter, dbName});
    stores.push(store);
    const el = await render(store);
    await waitUntil(gated.asked, 'the store asks the adapter');
    await cacheAnswered(store, 'c5');
    await el.updateComplete;
    await frame();
    await el.updateComplete;

    expect(store.status).to.equal('opening');
    const text = normalize(el.shadowRoot!.textContent);
    expect(text).to.not.contain('—');
    expect(text).to.not.contain("Secteur d'activité");
    expect(el.shadowRoot!.querySelector('h1')).to.equal(null);
    expect(normalize(el.shadowRoot!.querySelector('[role="status"]')?.textContent)).to.equal('Chargement…');
    expect(el.client).to.equal(undefined);

    gated.release();
    await store.whenReady();
    await waitUntil(() => el.client !== undefined, 'the file is shown once the store is ready');
    await el.updateComplete;
    const ready = normalize(el.shadowRoot!.textContent);
    expect(normalize(el.shadowRoot!.querySelector('h1')?.textContent)).to.equal('Client C-0005');
    expect(ready).to.contain("Secteur d'activité Alimentation et grossiste");
    expect(ready).to.contain('Représentant Eric Gilbert');
  });

  it('focusTitle() puts the focus on the "Client C-0005" heading', async () => {
    const store = new ClientStore({adapter: new LocalAdapter({seedData: smallSeed()}), dbName: uniqueDbName('detail-focus')});
    stores.push(store);
    const el = await render(store);
    await store.whenReady();
    await waitUntil(() => el.client !== undefined, 'the file is shown');
    await el.focusTitle();
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.localName).to.equal('h1');
    expect(normalize(focused?.textContent)).to.equal('Client C-0005');
    expect(focused?.getAttribute('tabindex')).to.equal('-1');
  });

  it('focusTitle() called while loading focuses the heading once it is shown, unless the user moved on', async () => {
    const dbName = await seededDb();
    const gated = gatedAdapter();
    const store = new ClientStore({adapter: gated.adapter, dbName});
    stores.push(store);
    const el = await render(store);
    const focusing = el.focusTitle();
    gated.release();
    await focusing;
    expect(normalize(el.shadowRoot!.activeElement?.textContent)).to.equal('Client C-0005');

    // A second element, focused by the user before the file shows, keeps the focus.
    const other = await render(store, 'c2');
    const button = document.createElement('button');
    document.body.append(button);
    const late = other.focusTitle();
    button.focus();
    await late;
    expect(document.activeElement).to.equal(button);
    button.remove();
  });
});

describe('<client-detail> during a first import', () => {
  afterEach(() => {
    fixtureCleanup();
    for (const store of stores) store.dispose();
    stores = [];
  });

  it('says the history is still loading until the import ends', async () => {
    const seed = smallSeed();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // First the clients (the list can show), then — once released — their documents.
    const adapter: ClientsAdapter = {
      kind: 'test',
      pull: async (cursor): Promise<PullBatch> => {
        if (cursor === null) return {clients: seed.clients, contacts: seed.contacts, reference: seed.reference, cursor: 'clients', hasMore: true};
        await gate;
        return {documents: seed.documents, addresses: seed.addresses, cursor: 'all', hasMore: false};
      },
      push: async () => ({}),
    };
    const store = new ClientStore({adapter, dbName: uniqueDbName('detail-import')});
    stores.push(store);
    const el = await render(store);
    await waitUntil(() => el.client !== undefined, 'the file shows before the history is in');
    const status = () => normalize(el.shadowRoot!.querySelector('.importing')?.textContent);
    await waitUntil(() => status().startsWith('Chargement de l’historique…'), 'the history is said to be loading');
    release();
    await store.whenReady();
    await waitUntil(() => status() === '', 'the loading line goes away');
    await waitUntil(() => normalize(el.shadowRoot!.textContent).includes('Factures (2)'), 'the invoices arrived');
  });
});
