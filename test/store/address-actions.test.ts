import {expect, waitUntil} from '@open-wc/testing';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {newAddressDraft, type AddressDraft} from '../../src/model/address-rules.js';
import type {SeedBundle, ShippingAddress} from '../../src/model/types.js';
import {ClientStore, type ClientFile} from '../../src/store/client-store.js';
import {makeAddress, makeDocument, smallSeed, uniqueDbName} from '../helpers/fixtures.js';

const stores: ClientStore[] = [];
async function open(seed: SeedBundle = addressSeed()): Promise<ClientStore> {
  const store = new ClientStore({adapter: new LocalAdapter({seedData: seed}), dbName: uniqueDbName('addresses')});
  stores.push(store);
  await store.whenReady();
  return store;
}
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

/** The small seed; eau Claire (c5) has a1 (principal, on shipping slip E-0001) and a2. */
function addressSeed(): SeedBundle {
  const seed = smallSeed();
  seed.addresses.push(makeAddress({id: 'a2', clientId: 'c5', companyName: 'Entrepôt Lévis', civicNumber: '12', street: 'rue du Quai', city: 'Lévis', postalCode: 'G6V 1A1'}));
  seed.documents.push(makeDocument({id: 's1', clientId: 'c5', kind: 'shipment', number: 'E-0001', addressId: 'a1'}));
  return seed;
}

const where = (overrides: Partial<AddressDraft> = {}): AddressDraft => ({
  ...newAddressDraft('c1'),
  civicNumber: '355',
  street: 'avenue de la Jeunesse',
  city: 'Montréal',
  postalCode: 'h2x1y4',
  ...overrides,
});
const principals = (addresses: ShippingAddress[]) => addresses.filter((a) => a.principal).map((a) => a.id);

describe('ClientStore.saveAddress', () => {
  it("makes a client's first address principal and writes h2x1y4 as H2X 1Y4", async () => {
    const store = await open();
    const result = await store.saveAddress(where({principal: false}));
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.record).to.deep.include({clientId: 'c1', principal: true, postalCode: 'H2X 1Y4', province: 'QC', country: 'CA'});
    const second = await store.saveAddress(where({civicNumber: '1'}));
    expect(second.ok && second.record.principal).to.be.false;
    await waitUntil(() => store.pendingCount === 0, 'sent');
    expect((await store.db.addresses.get(result.id))!.version).to.equal(1);
  });

  it('moves "Principale" in one write: one house, on the second address, at every moment', async () => {
    const store = await open();
    const writes: string[][] = [];
    const write = store.write.bind(store);
    store.write = async (ops) => {
      writes.push(ops.map((op) => op.key));
      return write(ops);
    };
    const states: ClientFile[] = [];
    const stop = store.watchClientFile('c5', (file) => file && states.push(file));
    const a2 = (await store.db.addresses.get('a2'))!;
    const result = await store.saveAddress({...a2, principal: true});
    expect(result.ok && result.moved.map((a) => a.id)).to.deep.equal(['a1']);
    await waitUntil(() => states.some((file) => principals(file.addresses)[0] === 'a2'), 'shown');
    stop();
    expect(principals(await store.db.addresses.where('clientId').equals('c5').toArray())).to.deep.equal(['a2']);
    expect(writes).to.deep.equal([['a1', 'a2']]);
    for (const file of states) expect(principals(file.addresses)).to.have.length(1);
  });

  const refused: Array<[string, Partial<AddressDraft>, Record<string, string>]> = [
    ['D2X 1Y4 (no Canadian postal code starts with D)', {postalCode: 'D2X 1Y4'}, {postalCode: 'validation.postalCode.CA'}],
    ['a United States address without a state', {country: 'US', province: '', postalCode: '10001'}, {province: 'validation.required'}],
    ['an address without street, city nor postal code', {street: '', city: '', postalCode: ''}, {street: 'validation.required', city: 'validation.required', postalCode: 'validation.required'}],
  ];
  for (const [title, change, expected] of refused) {
    it(`refuses ${title}`, async () => {
      const store = await open();
      const result = await store.saveAddress(where(change));
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(Object.fromEntries(Object.entries(result.errors).map(([field, issue]) => [field, issue.key]))).to.deep.equal(expected);
      expect(await store.db.addresses.where('clientId').equals('c1').count()).to.equal(0);
    });
  }

  it('saves a United States address with its state and ZIP', async () => {
    const store = await open();
    const result = await store.saveAddress(where({country: 'US', province: 'new york', postalCode: '10001 1234', city: 'New York'}));
    expect(result.ok && result.record).to.deep.include({country: 'US', province: 'NY', postalCode: '10001-1234'});
  });
});

describe('ClientStore.deleteAddress', () => {
  it('refuses to delete an address used on a shipping slip, and says which', async () => {
    const store = await open();
    const reasons = [{key: 'address.delete.blocked.shipment', params: {count: 1, numbers: 'E-0001'}}];
    expect(await store.addressDeleteBlockers('a1')).to.deep.equal(reasons);
    expect(await store.deleteAddress('a1')).to.deep.equal({ok: false, reasons});
  });

  it('deletes an address no document uses', async () => {
    const store = await open();
    expect(await store.deleteAddress('a2')).to.deep.equal({ok: true});
    expect(await store.db.addresses.get('a2')).to.equal(undefined);
  });
});

describe('LocalAdapter and addresses', () => {
  it('refuses an invalid address written past the store’s rules', async () => {
    const store = await open();
    const before = (await store.db.addresses.get('a2'))!;
    await store.write([{type: 'put', table: 'addresses', key: 'a2', record: {...before, postalCode: 'D2X 1Y4', updatedAt: new Date().toISOString()}, before}]);
    await waitUntil(() => store.rejections.length === 1, 'refused');
    const rejection = store.rejections[0]!;
    expect(rejection.kind === 'rejected' && rejection.fieldErrors).to.deep.equal({postalCode: 'validation.postalCode.CA'});
    await waitUntil(async () => (await store.db.addresses.get('a2'))?.postalCode === 'G6V 1A1', 'rolled back');
  });
});
