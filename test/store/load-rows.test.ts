import {expect, waitUntil} from '@open-wc/testing';
import {ClientStore} from '../../src/store/client-store.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {defaultListQuery, queryClients} from '../../src/model/client-query.js';
import type {SeedBundle} from '../../src/model/types.js';
import {makeClient, makeContact, makeDocument, smallSeed, uniqueDbName} from '../helpers/fixtures.js';
import {contactsOf, countRecords} from '../../src/store/records.js';

const stores: ClientStore[] = [];
const urls: string[] = [];
function open(options: ConstructorParameters<typeof ClientStore>[0]): ClientStore {
  const store = new ClientStore(options);
  stores.push(store);
  return store;
}
afterEach(() => {
  stores.splice(0).forEach((s) => s.dispose());
  urls.splice(0).forEach((url) => URL.revokeObjectURL(url));
});

/** A seed of `count` clients (more than one page of the loading), one contact every third client. */
function bigSeed(count: number): SeedBundle {
  const seed = smallSeed();
  seed.clients = Array.from({length: count}, (_, i) =>
    makeClient({id: `b${String(i).padStart(5, '0')}`, code: `B-${String(i).padStart(5, '0')}`, name: i % 2 ? `Imprimerie Côté ${i}` : `École St-Jean ${i}`}),
  );
  seed.contacts = seed.clients.filter((_, i) => i % 3 === 0).map((client, i) => makeContact({id: `k${i}`, clientId: client.id, lastName: `Veilleux${i}`}));
  seed.addresses = [];
  seed.notes = [];
  seed.documents = [];
  return seed;
}

/** The bundle as a file the local adapter fetches (a blob URL: same origin, workers reach it). */
function seedUrl(data: unknown): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data)], {type: 'application/json'}));
  urls.push(url);
  return url;
}

describe('ClientStore loading at scale', () => {
  it('reads the clients a page at a time and indexes every one (seed given in code)', async () => {
    const store = open({adapter: new LocalAdapter({seedData: bigSeed(1300)}), dbName: uniqueDbName()});
    await store.whenReady();
    expect(store.rows).to.have.length(1300);
    expect(store.getRow('b01299')?.code).to.equal('B-01299');
    expect(store.getRow('b00003')?.searchText).to.contain('veilleux1');
    const found = queryClients(store.rows, {...defaultListQuery(), search: 'veilleux43'}, {});
    expect(found.map((row) => row.id)).to.include('b00129');
  });

  it('imports a seed file off the main thread: every record in the database, progress reported, the list loaded once', async () => {
    const seed = bigSeed(2500);
    const progress: number[] = [];
    const store = open({adapter: new LocalAdapter({seed: seedUrl(seed)}), dbName: uniqueDbName()});
    store.subscribe(() => store.loadProgress && progress.push(store.loadProgress.done));
    await store.whenReady();
    expect(store.problem).to.equal(null);
    expect(store.rows).to.have.length(2500);
    expect(await countRecords(store.db, 'clients')).to.equal(2500);
    expect(await countRecords(store.db, 'contacts')).to.equal(seed.contacts.length);
    expect((await store.db.reference.get('reference'))?.value.sectors).to.have.length(3);
    expect(progress.at(-1)).to.equal(2500 + seed.contacts.length);
    // The change log says once that everything changed: the rows are not read again.
    expect(await store.db.changes.count()).to.equal(1);
  });

  it('tells live queries of this tab about the records the worker wrote', async () => {
    const store = open({adapter: new LocalAdapter({seed: seedUrl(bigSeed(50))}), dbName: uniqueDbName()});
    let seen: string | undefined;
    const stop = store.watchClientFile('b00042', (file) => (seen = file?.client.name));
    await store.whenReady();
    await waitUntil(() => seen === 'École St-Jean 42', 'the client file shows the imported client');
    stop();
  });

  it('shows a client file watched during an import as soon as its client is written, before the history ends', async () => {
    const seed = bigSeed(50);
    // Enough history that the import goes on well after the clients are in.
    seed.documents = Array.from({length: 12000}, (_, i) => makeDocument({id: `d${i}`, clientId: `b${String(i % 50).padStart(5, '0')}`, kind: 'quote', number: `S-${i}`, date: '2024-01-10'}));
    const store = open({adapter: new LocalAdapter({seed: seedUrl(seed)}), dbName: uniqueDbName()});
    let seenBeforeImportEnded = false;
    let importEnded = false;
    const stop = store.watchClientFile('b00042', (file) => {
      if (file && !importEnded) seenBeforeImportEnded = true;
    });
    await store.whenReady();
    importEnded = true;
    stop();
    expect(seenBeforeImportEnded).to.be.true;
  });

  it('follows a watched client file when its contacts change (every read of the file is followed)', async () => {
    const store = open({adapter: new LocalAdapter({seed: seedUrl(bigSeed(50))}), dbName: uniqueDbName()});
    await store.whenReady();
    let names: string[] = [];
    const stop = store.watchClientFile('b00003', (file) => (names = file?.contacts.map((c) => c.lastName) ?? []));
    await waitUntil(() => names.length === 1, 'the file with its contact');
    const [contact] = await contactsOf(store.db, 'b00003');
    await store.write([{type: 'put', table: 'contacts', key: contact.id, record: {...contact, lastName: 'Changé'}, before: contact}]);
    await waitUntil(() => names[0] === 'Changé', 'the file follows the contact');
    stop();
  });

  it('refuses a seed file whose clients lack a code, as the page would', async () => {
    const seed = bigSeed(3) as unknown as {clients: Array<Record<string, unknown>>};
    delete seed.clients[1].code;
    const store = open({adapter: new LocalAdapter({seed: seedUrl(seed)}), dbName: uniqueDbName()});
    await store.whenReady();
    expect(store.status).to.equal('ready');
    expect(store.problem?.code).to.equal('seed');
    expect(store.problem?.reason).to.contain('a client lacks id, code or name');
    expect(store.rows).to.have.length(0);
  });
});
