import {expect, waitUntil} from '@open-wc/testing';
import {ClientStore} from '../../src/store/client-store.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {AdapterError, type ClientsAdapter} from '../../src/adapters/adapter.js';
import {backoffDelay} from '../../src/store/outbox-sender.js';
import {smallSeed, uniqueDbName} from '../helpers/fixtures.js';
import {deleteRecord, getClient} from '../../src/store/records.js';

const stores: ClientStore[] = [];
function open(options: ConstructorParameters<typeof ClientStore>[0]): ClientStore {
  const store = new ClientStore(options);
  stores.push(store);
  return store;
}
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

describe('ClientStore', () => {
  it('loads the seed into an empty database and indexes the clients', async () => {
    const store = open({adapter: new LocalAdapter({seedData: smallSeed()}), dbName: uniqueDbName()});
    await store.whenReady();
    expect(store.status).to.equal('ready');
    expect(store.rows).to.have.length(7);
    expect(store.getRow('c5')?.searchText).to.contain('veilleux');
    expect(store.getRow('c6')?.status).to.equal('inactive');
    expect(store.reference.sectors).to.have.length(3);
  });

  it('does not load the seed again into a database that has data', async () => {
    const dbName = uniqueDbName();
    const first = open({adapter: new LocalAdapter({seedData: smallSeed()}), dbName});
    await first.whenReady();
    await deleteRecord(first.db, 'clients', 'c1');
    first.dispose();
    const second = open({adapter: new LocalAdapter({seedData: smallSeed()}), dbName});
    await second.whenReady();
    expect(second.getRow('c1')).to.be.undefined;
    expect(second.rows).to.have.length(6);
  });

  it('reports a seed that cannot be fetched and still opens', async () => {
    const store = open({adapter: new LocalAdapter({seed: '/no-such-seed.json'}), dbName: uniqueDbName()});
    await store.whenReady();
    expect(store.status).to.equal('ready');
    expect(store.problem?.code).to.equal('seed');
    expect(store.rows).to.have.length(0);
  });

  it('keeps favourites per user, through the outbox', async () => {
    const dbName = uniqueDbName();
    const store = open({adapter: new LocalAdapter({seedData: smallSeed()}), dbName, user: 'mgagnon'});
    await store.whenReady();
    await store.toggleFavourite('c2');
    await waitUntil(() => store.favourites.has('c2'), 'favourite shown');
    await waitUntil(() => store.pendingCount === 0, 'outbox drained');
    store.setSession('jroy', []);
    await waitUntil(() => !store.favourites.has('c2'), 'other user has none');
    store.setSession('mgagnon', []);
    await waitUntil(() => store.favourites.has('c2'), 'favourite back');
  });

  it('follows changes made through another connection (another tab)', async () => {
    const dbName = uniqueDbName();
    const here = open({adapter: new LocalAdapter({seedData: smallSeed()}), dbName});
    await here.whenReady();
    const there = open({adapter: new LocalAdapter(), dbName});
    await there.whenReady();
    const client = (await getClient(there.db, 'c1'))!;
    await there.write([{type: 'put', table: 'clients', key: 'c1', record: {...client, name: 'Zinc Québec'}, before: client}]);
    await waitUntil(() => here.getRow('c1')?.name === 'Zinc Québec', 'the other connection sees the change');
  });

  it('keeps an operation that failed on the network and sends it later', async () => {
    let online = false;
    const pushed: string[] = [];
    const local = new LocalAdapter({seedData: smallSeed()});
    const flaky: ClientsAdapter = {
      kind: 'local',
      pull: (cursor) => local.pull(cursor),
      push: async (op) => {
        if (!online) throw new AdapterError('network', 'offline');
        pushed.push(op.key);
        return local.push(op);
      },
    };
    const store = open({adapter: flaky, dbName: uniqueDbName(), user: 'u'});
    await store.whenReady();
    await store.toggleFavourite('c3');
    await waitUntil(async () => (await store.db.outbox.toArray())[0]?.attempts === 1, 'one failed attempt');
    expect(store.favourites.has('c3'), 'applied locally meanwhile').to.be.true;
    const [entry] = await store.db.outbox.toArray();
    expect(entry.lastError).to.equal('offline');
    online = true;
    await store.db.outbox.update(entry.seq!, {nextAttemptAt: 0});
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => pushed.length === 1 && store.pendingCount === 0, 'sent once back online');
  });

  it('rolls a refused operation back and keeps the field errors', async () => {
    const local = new LocalAdapter({seedData: smallSeed()});
    const strict: ClientsAdapter = {
      kind: 'local',
      pull: (cursor) => local.pull(cursor),
      push: async () => {
        throw new AdapterError('validation', 'refused', {name: 'Nom requis'});
      },
    };
    const store = open({adapter: strict, dbName: uniqueDbName()});
    await store.whenReady();
    const client = (await getClient(store.db, 'c1'))!;
    await store.write([{type: 'put', table: 'clients', key: 'c1', record: {...client, name: ''}, before: client}]);
    await waitUntil(() => store.rejections.length === 1, 'rejection recorded');
    expect(store.rejections[0]).to.include({kind: 'rejected'});
    expect((store.rejections[0] as {fieldErrors: Record<string, string>}).fieldErrors).to.deep.equal({name: 'Nom requis'});
    await waitUntil(() => store.getRow('c1')?.name === 'Zinc Inc.', 'name restored');
  });

  it('recomputes annual sales only when asked', async () => {
    const store = open({adapter: new LocalAdapter({seedData: smallSeed()}), dbName: uniqueDbName()});
    await store.whenReady();
    expect(await store.db.sales.get('c5')).to.be.undefined;
    await store.refreshSales('c5', new Date('2025-06-01T00:00:00Z'));
    const sales = await store.db.sales.get('c5');
    expect(sales?.years.map((y) => y.total)).to.deep.equal([0, 0, 0, 2938, 40.62]);
  });

  it('backs off exponentially with jitter, capped at five minutes', () => {
    expect(backoffDelay(1, () => 0.5)).to.equal(1000);
    expect(backoffDelay(3, () => 0.5)).to.equal(4000);
    expect(backoffDelay(30, () => 0.5)).to.equal(300000);
  });
});
