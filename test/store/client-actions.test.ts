import {expect, waitUntil} from '@open-wc/testing';
import {ClientStore, LogoError, type Permission} from '../../src/store/client-store.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {AdapterError, type ClientsAdapter} from '../../src/adapters/adapter.js';
import {accountingSyncReasons, newClientDraft, type ClientDraft} from '../../src/model/client-rules.js';
import type {Client, SeedBundle} from '../../src/model/types.js';
import {makeClient, makeContact, makeDocument, smallSeed, uniqueDbName} from '../helpers/fixtures.js';
import {countRecords, getClient, getContact} from '../../src/store/records.js';

const ALL_RIGHTS: Permission[] = ['client.change-code', 'client.delete', 'client.edit-accounting', 'client.sync-accounting'];

const stores: ClientStore[] = [];
async function open(options: {seed?: SeedBundle; permissions?: Permission[]; adapter?: ClientsAdapter} = {}): Promise<ClientStore> {
  const store = new ClientStore({
    adapter: options.adapter ?? new LocalAdapter({seedData: options.seed ?? smallSeed()}),
    dbName: uniqueDbName('actions'),
    permissions: options.permissions ?? ALL_RIGHTS,
  });
  stores.push(store);
  await store.whenReady();
  return store;
}
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

/** The example of the issue: "Imprimerie Côté & Fils inc.", 1020, avenue St-Jean-de-la-Lande, g5z0m2. */
function exampleDraft(store: ClientStore, overrides: Partial<ClientDraft> = {}): ClientDraft {
  const draft = newClientDraft(store.reference, new Date());
  return {
    ...draft,
    name: 'Imprimerie Côté & Fils inc.',
    phone: '4187749801 poste 23',
    address: {...draft.address!, civicNumber: '1020', street: 'avenue St-Jean-de-la-Lande', city: 'Saint-Georges', postalCode: 'g5z0m2'},
    ...overrides,
  };
}

const drained = (store: ClientStore) => waitUntil(() => store.pendingCount === 0, 'outbox drained');
const today = () => new Date().toISOString().slice(0, 10);

describe('ClientStore.createClient', () => {
  it('saves the normalised client with the next code in sequence, and lists it', async () => {
    const seed = smallSeed();
    seed.clients.push(makeClient({id: 'c9', code: 'C-7548', name: 'Dernier client'}));
    const store = await open({seed});
    const result = await store.createClient(exampleDraft(store));
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.client.code).to.equal('C-7549');
    expect(result.client.address).to.deep.include({postalCode: 'G5Z 0M2', province: 'QC', country: 'CA'});
    expect(result.client.phone).to.equal('418 774-9801 #23');
    expect(result.client.accountingSync).to.deep.equal({state: 'never'});
    expect(result.client.previousCodes).to.deep.equal([]);
    await waitUntil(() => store.getRow(result.clientId)?.code === 'C-7549', 'the new client is in the list');
    await drained(store);
    const saved = await getClient(store.db, result.clientId);
    expect(saved?.version).to.equal(1);
    expect(saved?.name).to.equal('Imprimerie Côté & Fils inc.');
  });

  it('starts at C-0001 in an empty base and follows the numbering pattern of the settings', async () => {
    const empty = await open({seed: {...smallSeed(), clients: [], contacts: [], addresses: [], documents: []}});
    const first = await empty.createClient(exampleDraft(empty));
    expect(first.ok && first.client.code).to.equal('C-0001');
    const seed = smallSeed();
    seed.reference.settings = {...seed.reference.settings, clientCodePattern: 'CL-#####'};
    const patterned = await open({seed});
    const result = await patterned.createClient(exampleDraft(patterned));
    expect(result.ok && result.client.code).to.equal('CL-00001');
  });

  it('gives two clients created at once two codes', async () => {
    const store = await open();
    const [a, b] = await Promise.all([store.createClient(exampleDraft(store)), store.createClient(exampleDraft(store, {name: 'Autre client'}))]);
    expect(a.ok && b.ok).to.be.true;
    if (!a.ok || !b.ok) return;
    expect([a.client.code, b.client.code].sort()).to.deep.equal(['C-0008', 'C-0009']);
  });

  it('saves nothing when validation fails, and says why for each field', async () => {
    const store = await open();
    const draft = newClientDraft(store.reference, new Date());
    const result = await store.createClient(draft);
    expect(result.ok).to.be.false;
    if (result.ok) return;
    expect(Object.keys(result.errors)).to.deep.equal(['name', 'address.civicNumber', 'address.street', 'address.city', 'address.postalCode']);
    expect(result.errors.name).to.deep.equal({key: 'validation.required'});
    const bad = await store.createClient(exampleDraft(store, {website: 'javascript:alert(1)', address: {...draft.address!, civicNumber: '1', street: 'rue A', city: 'Lévis', postalCode: 'D2X 1Y4'}}));
    expect(bad.ok ? {} : bad.errors).to.deep.equal({website: {key: 'validation.website'}, 'address.postalCode': {key: 'validation.postalCode.CA'}});
    expect(await countRecords(store.db, 'clients')).to.equal(7);
    expect(await store.db.outbox.count()).to.equal(0);
  });

  it('lets a prospect be saved without an address', async () => {
    const store = await open();
    const draft = newClientDraft(store.reference, new Date());
    const result = await store.createClient({...draft, name: 'Prospect sans adresse', prospect: true});
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.client.address).to.be.null;
  });

  it('takes a code given with the draft when it is free, and refuses one that is taken', async () => {
    const store = await open();
    const free = await store.createClient(exampleDraft(store, {code: 'IMP-COTE'}));
    expect(free.ok && free.client.code).to.equal('IMP-COTE');
    const taken = await store.createClient(exampleDraft(store, {code: 'c-0001'}));
    expect(taken.ok ? null : taken.errors.code).to.deep.equal({key: 'validation.code.taken', params: {code: 'C-0001'}});
  });
});

describe('ClientStore.updateClient', () => {
  async function edit(store: ClientStore, id: string, change: (client: Client) => Partial<ClientDraft>) {
    const client = (await getClient(store.db, id))!;
    return store.updateClient({...client, ...change(client)});
  }

  it('saves the changes, keeping the code, the creation date and the history', async () => {
    const store = await open();
    const result = await edit(store, 'c1', () => ({name: '  Zinc   Québec inc. ', code: 'HACK', createdAt: '2000-01-01'} as Partial<ClientDraft>));
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.client).to.include({name: 'Zinc Québec inc.', code: 'C-0001', createdAt: '2024-01-16T10:00:00.000Z'});
    await waitUntil(() => store.getRow('c1')?.name === 'Zinc Québec inc.', 'the list shows the new name');
    await drained(store);
    expect((await getClient(store.db, 'c1'))?.version).to.equal(2);
  });

  it('marks a synchronised client whose accounting data changed as not synchronised', async () => {
    const store = await open();
    await edit(store, 'c1', () => ({comments: 'Client fidèle'}));
    expect((await getClient(store.db, 'c1'))?.accountingSync.state).to.equal('synced');
    await edit(store, 'c1', (c) => ({accounting: {...c.accounting, paymentTerms: 'net60'}}));
    expect((await getClient(store.db, 'c1'))?.accountingSync.state).to.equal('pending');
    await waitUntil(() => store.getRow('c1')?.accountingSynced === false, 'the "Non synchronisé" filter sees it');
  });

  it('refuses a bill-to loop and a prospect with a production job, saving nothing', async () => {
    const seed = smallSeed();
    seed.clients[1] = {...seed.clients[1], billToClientId: 'c1'};
    const store = await open({seed});
    const loop = await edit(store, 'c1', () => ({billToClientId: 'c2'}));
    expect(loop.ok ? null : loop.errors.billToClientId).to.deep.equal({key: 'validation.billTo.loop', params: {chain: 'C-0001 → C-0002 → C-0001'}});
    const self = await edit(store, 'c1', () => ({billToClientId: 'c1'}));
    expect(self.ok ? null : self.errors.billToClientId?.key).to.equal('validation.billTo.self');
    const prospect = await edit(store, 'c5', () => ({prospect: true}));
    expect(prospect.ok ? null : prospect.errors.prospect?.key).to.equal('validation.prospect.hasJob');
    expect(await store.db.outbox.count()).to.equal(0);
    expect((await getClient(store.db, 'c1'))?.billToClientId).to.be.undefined;
  });

  it('needs the right client.edit-accounting to change accounting data or the bill-to client', async () => {
    const store = await open({permissions: []});
    const terms = await edit(store, 'c1', (c) => ({accounting: {...c.accounting, paymentTerms: 'net60'}}));
    expect(terms.ok).to.be.false;
    if (!terms.ok) expect(terms.errors.accounting).to.deep.equal({key: 'validation.forbidden'});
    const billTo = await edit(store, 'c1', () => ({billToClientId: 'c2'}));
    expect(billTo.ok).to.be.false;
    expect((await getClient(store.db, 'c1'))?.accounting.paymentTerms).to.equal('net30');
    const name = await edit(store, 'c1', () => ({name: 'Zinc Québec'}));
    expect(name.ok, 'other fields stay editable').to.be.true;
  });

  it('answers "not found" for a client that is gone', async () => {
    const store = await open();
    const result = await store.updateClient({...exampleDraft(store), id: 'nope'});
    expect(result.ok ? null : result.errors).to.deep.equal({form: {key: 'validation.notFound'}});
  });
});

describe('ClientStore.changeClientCode', () => {
  it('needs the right client.change-code', async () => {
    const store = await open({permissions: []});
    const result = await store.changeClientCode('c1', 'C-9000');
    expect(result.ok ? null : result.errors).to.deep.equal({code: {key: 'validation.forbidden'}});
    expect((await getClient(store.db, 'c1'))?.code).to.equal('C-0001');
  });

  it('refuses a code that is taken (any case) or badly formed', async () => {
    const store = await open();
    for (const [code, key] of [['C-0002', 'validation.code.taken'], ['c-0002', 'validation.code.taken'], ['C 9000', 'validation.code.format'], ['', 'validation.required']]) {
      const result = await store.changeClientCode('c1', code);
      expect(result.ok ? null : result.errors.code?.key, code).to.equal(key);
    }
    expect(await store.db.outbox.count()).to.equal(0);
  });

  it('changes the code and keeps the old one in the history', async () => {
    const store = await open();
    const result = await store.changeClientCode('c1', ' ZINC-01 ');
    expect(result.ok && result.client).to.deep.include({code: 'ZINC-01', previousCodes: ['C-0001']});
    await waitUntil(() => store.getRow('c1')?.code === 'ZINC-01', 'the list shows the new code');
    const again = await store.changeClientCode('c1', 'C-0001');
    expect(again.ok && again.client.previousCodes).to.deep.equal(['ZINC-01']);
    const caseOnly = await store.changeClientCode('c1', 'c-0001');
    expect(caseOnly.ok && caseOnly.client.code).to.equal('c-0001');
  });
});

describe('ClientStore.setClientActive', () => {
  it('makes a client inactive and active again', async () => {
    const store = await open();
    await store.setClientActive('c1', false);
    await waitUntil(() => store.getRow('c1')?.status === 'inactive', 'inactive');
    await store.setClientActive('c1', true);
    await waitUntil(() => store.getRow('c1')?.status === 'active', 'active again');
  });
});

describe('ClientStore.sendToAccounting', () => {
  it('needs the right client.sync-accounting', async () => {
    const store = await open({permissions: []});
    expect(await store.sendToAccounting('c1')).to.deep.equal({ok: false, reason: [{key: 'validation.forbidden'}]});
  });

  it('never sends a prospect', async () => {
    const store = await open();
    expect(await store.sendToAccounting('c7')).to.deep.equal({ok: false, reason: [{key: 'accounting.refused.prospect'}]});
    expect((await getClient(store.db, 'c7'))?.accountingSync).to.deep.equal({state: 'never'});
  });

  it('is refused without payment terms, with the reason kept; synchronised once they are given', async () => {
    const seed = smallSeed();
    seed.clients.push(makeClient({id: 'c8', code: 'C-0008', name: 'Sans terme', accounting: {currency: 'CAD'}, accountingSync: {state: 'never'}}));
    const store = await open({seed});
    const refused = await store.sendToAccounting('c8');
    expect(refused).to.deep.equal({ok: false, reason: [{key: 'accounting.refused.paymentTerms'}]});
    const afterRefusal = (await getClient(store.db, 'c8'))!;
    expect(afterRefusal.accountingSync.state).to.equal('error');
    expect(accountingSyncReasons(afterRefusal.accountingSync)).to.deep.equal([{key: 'accounting.refused.paymentTerms'}]);

    const edited = await store.updateClient({...afterRefusal, accounting: {...afterRefusal.accounting, paymentTerms: 'net30'}});
    expect(edited.ok).to.be.true;
    const synced = await store.sendToAccounting('c8');
    expect(synced.ok).to.be.true;
    if (!synced.ok) return;
    expect(synced.sync.state).to.equal('synced');
    expect(synced.sync.accountingId).to.match(/^ACB-\d{6}$/);
    expect(Date.parse(synced.sync.syncedAt!)).to.be.closeTo(Date.now(), 60_000);
    const saved = (await getClient(store.db, 'c8'))!;
    expect(saved.accountingSync).to.deep.equal(synced.sync);
    await waitUntil(() => store.getRow('c8')?.accountingSynced === true, 'the list knows it is synchronised');
    // Sent again, it keeps its accounting id.
    const again = await store.sendToAccounting('c8');
    expect(again.ok && again.sync.accountingId).to.equal(synced.sync.accountingId);
  });

  it('keeps the state on a network failure and says so', async () => {
    const local = new LocalAdapter({seedData: smallSeed()});
    const offline: ClientsAdapter = {
      kind: 'local',
      pull: (cursor) => local.pull(cursor),
      push: (op) => local.push(op),
      sendToAccounting: async () => {
        throw new AdapterError('network', 'offline');
      },
    };
    const store = await open({adapter: offline});
    expect(await store.sendToAccounting('c1')).to.deep.equal({ok: false, reason: [{key: 'accounting.error.network'}]});
    expect((await getClient(store.db, 'c1'))?.accountingSync).to.deep.equal({state: 'synced'});
  });

  it('says so when no accounting system is connected', async () => {
    const local = new LocalAdapter({seedData: smallSeed()});
    const store = await open({adapter: {kind: 'local', pull: (cursor) => local.pull(cursor), push: (op) => local.push(op)}});
    expect(await store.sendToAccounting('c1')).to.deep.equal({ok: false, reason: [{key: 'accounting.error.unavailable'}]});
  });
});

describe('ClientStore.readBalance', () => {
  it('reads the balance of a synchronised client from its recent invoices and keeps it', async () => {
    const seed = smallSeed();
    seed.documents.push(
      makeDocument({id: 'i3', clientId: 'c5', kind: 'invoice', date: today(), total: 1149.75}),
      makeDocument({id: 'i4', clientId: 'c5', kind: 'invoice', date: today(), total: 0.1}),
      makeDocument({id: 'i5', clientId: 'c5', kind: 'invoice', date: today(), total: 0.2}),
    );
    const store = await open({seed});
    const result = await store.readBalance('c5');
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.balance).to.equal(1150.05);
    const saved = (await getClient(store.db, 'c5'))!;
    expect(saved.accounting).to.include({balance: 1150.05, balanceReadAt: result.readAt});
    expect(saved.accountingSync.state).to.equal('synced');
  });

  it('is refused for a client accounting does not know yet', async () => {
    const store = await open();
    expect(await store.readBalance('c7')).to.deep.equal({ok: false, reason: [{key: 'accounting.balance.notSynced'}]});
  });
});

describe('ClientStore.deleteClient', () => {
  it('needs the right client.delete', async () => {
    const store = await open({permissions: []});
    expect(await store.deleteClient('c1')).to.deep.equal({ok: false, reasons: [{key: 'validation.forbidden'}]});
    expect(await getClient(store.db, 'c1')).to.not.be.undefined;
  });

  it('is refused with the reasons while anything refers to the client', async () => {
    const seed = smallSeed();
    seed.clients[1] = {...seed.clients[1], billToClientId: 'c5'};
    seed.documents.push(makeDocument({id: 'q9', clientId: 'c3', kind: 'quote', contactId: 'k1'}));
    const store = await open({seed});
    const reasons = [
      {key: 'delete.blocked.quote', params: {count: 1}},
      {key: 'delete.blocked.job', params: {count: 1}},
      {key: 'delete.blocked.invoice', params: {count: 2}},
      {key: 'delete.blocked.contacts', params: {count: 1, names: 'Pierre Veilleux'}},
      {key: 'delete.blocked.billedBy', params: {count: 1, clients: 'C-0002 Épicerie Bédard'}},
    ];
    expect(await store.deleteBlockers('c5')).to.deep.equal(reasons);
    expect(await store.deleteClient('c5')).to.deep.equal({ok: false, reasons});
    expect(await getClient(store.db, 'c5')).to.not.be.undefined;
    expect(await store.db.outbox.count()).to.equal(0);
  });

  it('sees a contact of the client named on another client’s document', async () => {
    const seed = smallSeed();
    seed.contacts.push(makeContact({id: 'k9', clientId: 'c1', firstName: 'Marie', lastName: 'Roy'}));
    seed.documents.push(makeDocument({id: 'q9', clientId: 'c3', kind: 'quote', contactId: 'k9'}));
    const store = await open({seed});
    expect(await store.deleteBlockers('c1')).to.deep.equal([{key: 'delete.blocked.contacts', params: {count: 1, names: 'Marie Roy'}}]);
  });

  it('deletes a client nothing refers to, with its contacts, addresses, notes and favourites', async () => {
    const seed = smallSeed();
    seed.contacts.push(makeContact({id: 'k9', clientId: 'c1'}));
    seed.notes.push({id: 'n1', clientId: 'c1', category: 'quotes', text: 'Note', createdBy: 'u', createdAt: '2025-01-01T00:00:00Z', attachments: [], updatedAt: '2025-01-01T00:00:00Z', version: 1});
    const store = await open({seed});
    await store.toggleFavourite('c1');
    await drained(store);
    expect(await store.deleteBlockers('c1')).to.deep.equal([]);
    expect(await store.deleteClient('c1')).to.deep.equal({ok: true});
    await waitUntil(() => !store.getRow('c1'), 'gone from the list');
    await drained(store);
    expect(await getClient(store.db, 'c1')).to.be.undefined;
    expect(await getContact(store.db, 'k9')).to.be.undefined;
    expect(await store.db.notes.get('n1')).to.be.undefined;
    expect(await store.db.favourites.count()).to.equal(0);
    expect(store.favourites.has('c1')).to.be.false;
  });
});

describe('ClientStore: production jobs and logo', () => {
  it('knows which clients have a production job', async () => {
    const store = await open();
    expect(await store.hasProductionJob('c5')).to.be.true;
    expect(await store.hasProductionJob('c1')).to.be.false;
  });

  it('keeps a logo image and gives a URL to show it', async () => {
    const store = await open();
    const png = new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])], {type: 'image/png'});
    const id = await store.saveLogo(undefined, png);
    const url = await store.logoUrl(id);
    expect(url).to.match(/^blob:/);
    expect(await store.logoUrl(id)).to.equal(url);
    expect((await (await fetch(url!)).arrayBuffer()).byteLength).to.equal(8);
    expect(await store.logoUrl('missing')).to.be.undefined;
    const result = await store.createClient(exampleDraft(store, {shipperIdentification: 'client', logoId: id}));
    expect(result.ok && result.client.logoId).to.equal(id);
  });

  it('refuses a file that is not an image, or too large', async () => {
    const store = await open();
    let error: unknown;
    try {
      await store.saveLogo('c1', new Blob(['%PDF'], {type: 'application/pdf'}));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LogoError);
    expect((error as LogoError).key).to.equal('validation.logo.type');
    try {
      await store.saveLogo('c1', new Blob([new Uint8Array(2 * 1024 * 1024 + 1)], {type: 'image/png'}));
    } catch (e) {
      error = e;
    }
    expect((error as LogoError).key).to.equal('validation.logo.size');
    error = undefined;
    try {
      // A text file renamed logo.png: the browser says image/png, the bytes say otherwise.
      await store.saveLogo('c1', new File(['Ceci est un fichier texte.'], 'logo.png', {type: 'image/png'}));
    } catch (e) {
      error = e;
    }
    expect((error as LogoError).key).to.equal('validation.logo.type');
  });
});

describe('LocalAdapter as the accounting gateway', () => {
  it('refuses with reasons keyed by field, and gives a stable accounting id', async () => {
    const adapter = new LocalAdapter();
    let error: AdapterError | undefined;
    try {
      await adapter.sendToAccounting(makeClient({id: 'p', code: 'C-1', name: 'P', prospect: true, accounting: {currency: 'CAD'}}));
    } catch (e) {
      error = e as AdapterError;
    }
    expect(error?.kind).to.equal('validation');
    expect(error?.fieldErrors).to.deep.equal({prospect: 'accounting.refused.prospect', 'accounting.paymentTerms': 'accounting.refused.paymentTerms'});
    const client = makeClient({id: 'x1', code: 'C-1', name: 'X'});
    const first = await adapter.sendToAccounting(client);
    const second = await adapter.sendToAccounting({...client, accountingSync: {state: 'never'}});
    expect(first.accountingId).to.equal(second.accountingId);
  });
});

describe('LocalAdapter validates clients as a backend would', () => {
  it('refuses an invalid client written past the store’s checks, and the change is rolled back', async () => {
    const store = await open();
    const before = (await getClient(store.db, 'c1'))!;
    await store.write([{type: 'put', table: 'clients', key: 'c1', record: {...before, name: '', address: {...before.address!, postalCode: 'D2X 1Y4'}}, before}]);
    await waitUntil(() => store.rejections.length === 1, 'refused');
    expect((store.rejections[0] as {fieldErrors: Record<string, string>}).fieldErrors).to.deep.equal({
      name: 'validation.required',
      'address.postalCode': 'validation.postalCode.CA',
    });
    await waitUntil(async () => (await getClient(store.db, 'c1'))?.name === 'Zinc Inc.', 'rolled back');
  });

  it('refuses a bill-to loop written directly', async () => {
    const seed = smallSeed();
    seed.clients[1] = {...seed.clients[1], billToClientId: 'c1'};
    const store = await open({seed});
    const before = (await getClient(store.db, 'c1'))!;
    await store.write([{type: 'put', table: 'clients', key: 'c1', record: {...before, billToClientId: 'c2'}, before}]);
    await waitUntil(() => store.rejections.length === 1, 'refused');
    expect((store.rejections[0] as {fieldErrors: Record<string, string>}).fieldErrors).to.deep.equal({billToClientId: 'validation.billTo.loop'});
  });

  it('still accepts a change to an old, imperfect record that leaves the imperfection alone', async () => {
    const seed = smallSeed();
    seed.clients.push(makeClient({id: 'c8', code: 'C-0008', name: 'Ancien import', phone: '774-9801'}));
    const store = await open({seed});
    await store.setClientActive('c8', false);
    await drained(store);
    expect(store.rejections).to.deep.equal([]);
    expect((await getClient(store.db, 'c8'))?.active).to.be.false;
  });
});
