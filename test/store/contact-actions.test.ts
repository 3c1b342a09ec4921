import {expect, waitUntil} from '@open-wc/testing';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {newContactDraft, type ContactDraft} from '../../src/model/contact-rules.js';
import type {Contact, SeedBundle} from '../../src/model/types.js';
import {ClientStore, type ClientFile} from '../../src/store/client-store.js';
import type {StoreOperation} from '../../src/store/operations.js';
import {makeContact, makeDocument, smallSeed, uniqueDbName} from '../helpers/fixtures.js';
import {contactsOf as storedContactsOf, countRecords, getContact} from '../../src/store/records.js';

const stores: ClientStore[] = [];
async function open(options: {seed?: SeedBundle; dbName?: string} = {}): Promise<ClientStore> {
  const store = new ClientStore({adapter: new LocalAdapter({seedData: options.seed ?? threeContacts()}), dbName: options.dbName ?? uniqueDbName('contacts')});
  stores.push(store);
  await store.whenReady();
  return store;
}
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

/** The small seed, and three contacts of Zinc Inc. (c1) without any flag; k1 is on a quote. */
function threeContacts(): SeedBundle {
  const seed = smallSeed();
  seed.contacts.push(
    makeContact({id: 'z1', clientId: 'c1', firstName: 'Mélissa', lastName: 'Marino', email: 'melissa@zinc.ca'}),
    makeContact({id: 'z2', clientId: 'c1', firstName: 'Isabel', lastName: 'Roy', email: 'isabel@zinc.ca', crmSync: {state: 'synced'}}),
    makeContact({id: 'z3', clientId: 'c1', firstName: 'Luc', lastName: 'Bédard', email: 'luc@zinc.ca'}),
  );
  seed.documents.push(makeDocument({id: 'q9', clientId: 'c5', kind: 'quote', number: 'S-0009', contactId: 'k1'}));
  return seed;
}

const drained = (store: ClientStore) => waitUntil(() => store.pendingCount === 0, 'outbox drained');
const draftOf = (contact: Contact): ContactDraft => ({...contact});
const contactsOf = async (store: ClientStore, clientId: string) => (await storedContactsOf(store.db, clientId)).sort((a, b) => a.id.localeCompare(b.id));
const flagged = (contacts: Contact[], flag: 'isDefault' | 'isBillingResponsible') => contacts.filter((c) => c[flag]).map((c) => c.id);

/** Counts the calls of store.write and their operations. */
function spyWrites(store: ClientStore): StoreOperation[][] {
  const calls: StoreOperation[][] = [];
  const write = store.write.bind(store);
  store.write = async (ops) => {
    calls.push(ops);
    return write(ops);
  };
  return calls;
}

/** Every state of a client's file the store shows while `run` runs. */
async function watchStates(store: ClientStore, clientId: string, run: () => Promise<void>): Promise<ClientFile[]> {
  const states: ClientFile[] = [];
  const stop = store.watchClientFile(clientId, (file) => file && states.push(file));
  await waitUntil(() => states.length > 0, 'first state');
  await run();
  await new Promise((resolve) => setTimeout(resolve, 100));
  stop();
  return states;
}

async function setFlag(store: ClientStore, id: string, change: Partial<Contact>) {
  const contact = (await getContact(store.db, id))!;
  const result = await store.saveContact({...draftOf(contact), ...change});
  expect(result.ok, JSON.stringify(result)).to.be.true;
  return result;
}

describe('ClientStore.saveContact', () => {
  it('creates a contact as typed: e-mail kept exactly, phone formatted, never sent to HubSpot', async () => {
    const store = await open();
    const result = await store.saveContact({
      ...newContactDraft('c1'),
      email: ' Info+Factures@Café-Lévis.ca ',
      firstName: ' Josée ',
      lastName: 'Côté',
      phone1: '4182274279 poste 12',
    });
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.created).to.be.true;
    expect(result.record).to.deep.include({clientId: 'c1', email: 'Info+Factures@Café-Lévis.ca', firstName: 'Josée', phone1: '418 227-4279', phone1Ext: '12', active: true});
    expect(result.record.crmSync).to.deep.equal({state: 'never'});
    await drained(store);
    const saved = (await getContact(store.db, result.id))!;
    expect(saved.email).to.equal('Info+Factures@Café-Lévis.ca');
    expect(saved.version).to.equal(1);
  });

  it('saves nothing when validation fails and says why for each field', async () => {
    const store = await open();
    const before = await countRecords(store.db, 'contacts');
    const result = await store.saveContact({...newContactDraft('c1'), email: 'pas-une-adresse', firstName: '', lastName: 'Roy', phone2Ext: 'x'});
    expect(result).to.deep.equal({
      ok: false,
      errors: {email: {key: 'contact.error.email'}, firstName: {key: 'validation.required'}, phone2Ext: {key: 'contact.error.extension'}},
    });
    expect(await countRecords(store.db, 'contacts')).to.equal(before);
  });

  it('saves a contact without e-mail when "Contact sans courriel" is ticked', async () => {
    const store = await open();
    const result = await store.saveContact({...newContactDraft('c1'), noEmail: true, email: 'oublié@example.ca', firstName: 'Paul', lastName: 'Roy'});
    expect(result.ok && result.record).to.deep.include({noEmail: true, email: ''});
  });

  it('moves "Contact par défaut" in one write: second, then third, leaves one star, on the third', async () => {
    const store = await open();
    const writes = spyWrites(store);
    const states = await watchStates(store, 'c1', async () => {
      await setFlag(store, 'z2', {isDefault: true});
      await setFlag(store, 'z3', {isDefault: true});
    });
    expect(flagged(await contactsOf(store, 'c1'), 'isDefault')).to.deep.equal(['z3']);
    expect(writes.map((ops) => ops.map((op) => op.key))).to.deep.equal([['z2'], ['z2', 'z3']]);
    // No state shown on the way ever had two default contacts.
    expect(states.length).to.be.greaterThan(1);
    for (const file of states) expect(flagged(file.contacts, 'isDefault').length).to.be.at.most(1);
    await drained(store);
    expect(store.rejections).to.deep.equal([]);
  });

  it('moves "Facturation - Responsable" the same way, and leaves "Envoi courriel" on any number', async () => {
    const store = await open();
    await setFlag(store, 'z1', {isBillingResponsible: true});
    await setFlag(store, 'z2', {isBillingResponsible: true, billingCc: true});
    await setFlag(store, 'z3', {billingCc: true});
    await setFlag(store, 'z1', {billingCc: true});
    const contacts = await contactsOf(store, 'c1');
    expect(flagged(contacts, 'isBillingResponsible')).to.deep.equal(['z2']);
    expect(contacts.filter((c) => c.billingCc).map((c) => c.id)).to.deep.equal(['z1', 'z2', 'z3']);
  });

  it('never leaves two default contacts when two saves run at once', async () => {
    const store = await open();
    const [a, b] = await Promise.all([setFlag(store, 'z1', {isDefault: true}), setFlag(store, 'z3', {isDefault: true})]);
    expect(a.ok && b.ok).to.be.true;
    expect(flagged(await contactsOf(store, 'c1'), 'isDefault')).to.have.length(1);
  });

  it('shows another tab one default contact at every moment', async () => {
    const dbName = uniqueDbName('contacts-tabs');
    const here = await open({dbName});
    const other = await open({dbName});
    const states = await watchStates(other, 'c1', async () => {
      await setFlag(here, 'z1', {isDefault: true});
      await setFlag(here, 'z2', {isDefault: true});
      await waitUntil(async () => flagged(await contactsOf(other, 'c1'), 'isDefault')[0] === 'z2', 'the other tab sees z2');
    });
    for (const file of states) expect(flagged(file.contacts, 'isDefault').length).to.be.at.most(1);
  });

  it('keeps the client of an edited contact and marks a synchronised contact pending for HubSpot', async () => {
    const store = await open();
    const z2 = (await getContact(store.db, 'z2'))!;
    const result = await store.saveContact({...draftOf(z2), clientId: 'c5', jobTitle: 'Chargée de projet'});
    expect(result.ok && result.record).to.deep.include({clientId: 'c1', jobTitle: 'Chargée de projet'});
    expect(result.ok && result.record.crmSync.state).to.equal('pending');
    expect(result.ok && result.created).to.be.false;
  });

  it('refuses a contact of a client that does not exist, or that was deleted meanwhile', async () => {
    const store = await open();
    expect(await store.saveContact({...newContactDraft('nobody'), email: 'a@b.ca', firstName: 'A', lastName: 'B'})).to.deep.equal({
      ok: false,
      errors: {form: {key: 'validation.notFound'}},
    });
    expect(await store.saveContact({...newContactDraft('c1'), id: 'gone', email: 'a@b.ca', firstName: 'A', lastName: 'B'})).to.deep.equal({
      ok: false,
      errors: {form: {key: 'contact.error.notFound'}},
    });
  });
});

describe('ClientStore.deleteContact', () => {
  it('refuses to delete a contact named on a quote, and says which', async () => {
    const store = await open();
    expect(await store.contactDeleteBlockers('k1')).to.deep.equal([{key: 'contact.delete.blocked.quote', params: {count: 1, numbers: 'S-0009'}}]);
    expect(await store.deleteContact('k1')).to.deep.equal({ok: false, reasons: [{key: 'contact.delete.blocked.quote', params: {count: 1, numbers: 'S-0009'}}]});
    expect(await getContact(store.db, 'k1')).to.exist;
  });

  it('deletes a contact no document names', async () => {
    const store = await open();
    expect(await store.contactDeleteBlockers('z3')).to.deep.equal([]);
    expect(await store.deleteContact('z3')).to.deep.equal({ok: true});
    expect(await getContact(store.db, 'z3')).to.equal(undefined);
    await drained(store);
    expect(await store.deleteContact('z3')).to.deep.equal({ok: false, reasons: [{key: 'contact.error.notFound'}]});
  });
});

describe('LocalAdapter and contacts', () => {
  it('refuses an invalid contact written past the store’s rules, and the cache is rolled back', async () => {
    const store = await open();
    const before = (await getContact(store.db, 'z1'))!;
    const record = {...before, email: 'pas une adresse', updatedAt: new Date().toISOString()};
    await store.write([{type: 'put', table: 'contacts', key: 'z1', record, before}]);
    await waitUntil(() => store.rejections.length === 1, 'refused');
    const rejection = store.rejections[0]!;
    expect(rejection.kind === 'rejected' && rejection.fieldErrors).to.deep.equal({email: 'contact.error.email'});
    await waitUntil(async () => (await getContact(store.db, 'z1'))?.email === 'melissa@zinc.ca', 'rolled back');
  });
});
