import {expect} from '@open-wc/testing';
import Dexie from 'dexie';
import {ClientsDb} from '../../src/store/db.js';
import {loadRows} from '../../src/store/load-rows.js';
import {
  addPages,
  clientCodes,
  clientsWithCode,
  contactsOf,
  countRecords,
  deleteRecord,
  getClient,
  getContact,
  PAGE_SIZE,
  putRecord,
  readAll,
  writeScope,
} from '../../src/store/records.js';
import type {Client} from '../../src/model/types.js';
import {makeClient, makeContact, uniqueDbName} from '../helpers/fixtures.js';

const dbs: Dexie[] = [];
function openDb(name = uniqueDbName('records')): ClientsDb {
  const db = new ClientsDb(name);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** 600 clients (three pages), a contact for every tenth. */
function manyClients(): Client[] {
  return Array.from({length: 600}, (_, i) => makeClient({id: `c${String(i).padStart(4, '0')}`, code: `C-${String(i).padStart(4, '0')}`, name: `Client ${i}`}));
}

async function importInto(db: ClientsDb) {
  const clients = manyClients();
  const contacts = clients.filter((_, i) => i % 10 === 0).map((client, i) => makeContact({id: `k${i}`, clientId: client.id}));
  await addPages(db, 'clients', clients);
  await addPages(db, 'contacts', contacts);
  return {clients, contacts};
}

async function everything<T extends {id: string}>(db: ClientsDb, table: 'clients' | 'contacts'): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of readAll<T>(db, table)) all.push(...batch);
  return all;
}

describe('paged records (store/records.ts)', () => {
  it('stores an import in pages, one value per few hundred records, and finds each record in them', async () => {
    const db = openDb();
    await importInto(db);
    expect(await db.clientPages.count()).to.equal(Math.ceil(600 / PAGE_SIZE));
    expect(await db.clients.count()).to.equal(0);
    expect(await countRecords(db, 'clients')).to.equal(600);
    expect(await countRecords(db, 'contacts')).to.equal(60);
    expect((await getClient(db, 'c0457'))?.name).to.equal('Client 457');
    expect(await getClient(db, 'nobody')).to.equal(undefined);
    expect((await getContact(db, 'k12'))?.clientId).to.equal('c0120');
    expect((await contactsOf(db, 'c0120')).map((c) => c.id)).to.deep.equal(['k12']);
    expect((await clientsWithCode(db, 'c-0457')).map((c) => c.id)).to.deep.equal(['c0457']);
    expect(await clientCodes(db)).to.include('C-0599');
  });

  it('moves an edited record out of its page: it is then in one place only, with its new values', async () => {
    const db = openDb();
    await importInto(db);
    const before = (await getClient(db, 'c0300'))!;
    await db.transaction('rw', writeScope(db, ['clients']), () => putRecord(db, 'clients', {...before, code: 'X-1', name: 'Renamed'}));
    expect(await db.clients.get('c0300')).to.include({name: 'Renamed'});
    const page = await db.clientPages.where('ids').equals('c0300').first();
    expect(page).to.equal(undefined);
    expect((await clientsWithCode(db, 'C-0300')).length).to.equal(0);
    expect((await clientsWithCode(db, 'x-1')).map((c) => c.name)).to.deep.equal(['Renamed']);
    const all = await everything<Client>(db, 'clients');
    expect(all).to.have.length(600);
    expect(all.filter((c) => c.id === 'c0300').map((c) => c.name)).to.deep.equal(['Renamed']);
  });

  it('deletes a record wherever it is, and a page that becomes empty', async () => {
    const db = openDb();
    const {contacts} = await importInto(db);
    await deleteRecord(db, 'clients', 'c0001');
    expect(await getClient(db, 'c0001')).to.equal(undefined);
    expect(await countRecords(db, 'clients')).to.equal(599);
    // A page holding one contact only.
    await db.contactPages.clear();
    await addPages(db, 'contacts', contacts.slice(0, 1));
    await deleteRecord(db, 'contacts', contacts[0].id);
    expect(await db.contactPages.count()).to.equal(0);
  });

  it('reads a record of the record table instead of the same one in a page', async () => {
    const db = openDb();
    await db.clients.put(makeClient({id: 'c0005', code: 'C-0005', name: 'Newer'}));
    await importInto(db);
    const all = await everything<Client>(db, 'clients');
    expect(all.filter((c) => c.id === 'c0005').map((c) => c.name)).to.deep.equal(['Newer']);
    expect((await getClient(db, 'c0005'))?.name).to.equal('Newer');
    expect((await clientsWithCode(db, 'C-0005')).map((c) => c.name)).to.deep.equal(['Newer']);
  });

  it('opens a version 1 database (records one by one) and keeps what it held', async () => {
    const name = uniqueDbName('records-v1');
    const v1 = new Dexie(name);
    v1.version(1).stores({clients: 'id, &code, updatedAt', contacts: 'id, clientId'});
    await v1.table('clients').put(makeClient({id: 'old', code: 'O-1', name: 'Ancien'}));
    await v1.table('contacts').put(makeContact({id: 'k-old', clientId: 'old'}));
    v1.close();
    const db = openDb(name);
    await db.open();
    expect(db.verno).to.equal(2);
    expect((await getClient(db, 'old'))?.name).to.equal('Ancien');
    expect((await contactsOf(db, 'old')).map((c) => c.id)).to.deep.equal(['k-old']);
    expect((await everything<Client>(db, 'clients')).map((c) => c.id)).to.deep.equal(['old']);
  });
});

describe('loadRows over pages', () => {
  it('gives a client moved out of its page while the pages are read one row, with its new values', async () => {
    const db = openDb();
    const clients = Array.from({length: 2500}, (_, i) => makeClient({id: `c${String(i).padStart(4, '0')}`, code: `C-${String(i).padStart(4, '0')}`, name: `Client ${i}`}));
    await addPages(db, 'clients', clients);
    // A contact in a page and, newer, in the record table (as a move seen halfway would leave it).
    await addPages(db, 'contacts', [makeContact({id: 'k1', clientId: 'c0007', lastName: 'Ancien'})]);
    await db.contacts.put(makeContact({id: 'k1', clientId: 'c0007', lastName: 'Nouveau'}));
    let checks = 0;
    let moved: Promise<void> | undefined;
    // After the first pages are read (their rows include c0007), c0007 is edited.
    const wanted = () => {
      if (++checks === 3) moved = db.transaction('rw', writeScope(db, ['clients']), () => putRecord(db, 'clients', {...clients[7], name: 'Renommé'}));
      return true;
    };
    const {rows, index} = await loadRows(db, wanted);
    await moved;
    expect(moved, 'the edit happened during the reading').to.exist;
    expect(rows).to.have.length(2500);
    expect(new Set(rows.map((row) => row.id)).size).to.equal(2500);
    expect(rows[index.get('c0007')!].name).to.equal('Renommé');
    expect(rows[index.get('c0007')!].searchText).to.contain('nouveau').and.not.contain('ancien');
  });
});
