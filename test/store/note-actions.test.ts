import {expect, waitUntil} from '@open-wc/testing';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {ClientStore} from '../../src/store/client-store.js';
import {
  addAttachments,
  attachmentBlob,
  attachmentUrl,
  createNote,
  deleteNote,
  isQuotaError,
  removeAttachment,
  renameAttachment,
  updateNote,
} from '../../src/store/note-actions.js';
import {smallSeed, uniqueDbName} from '../helpers/fixtures.js';

const MB = 1024 * 1024;
const USER = 'pl.poulin@tactic-tgi.com';

const stores: ClientStore[] = [];
async function open(dbName = uniqueDbName('notes'), user = USER): Promise<ClientStore> {
  const store = new ClientStore({adapter: new LocalAdapter({seedData: smallSeed()}), dbName, user});
  stores.push(store);
  await store.whenReady();
  return store;
}
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

const drained = (store: ClientStore) => waitUntil(() => store.pendingCount === 0, 'outbox drained');

/** A PDF of `size` bytes: a real header, then filler. */
function pdf(name: string, size: number): File {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], name, {type: 'application/pdf'});
}

describe('createNote', () => {
  it('saves the note through the outbox, by the current user, with its files kept as Blobs', async () => {
    const store = await open();
    const result = await createNote(store, {
      clientId: 'c5',
      category: 'shipping',
      text: 'Livrer au quai 3 avant 11h.',
      files: [pdf('bon de livraison.pdf', 3 * MB), new File(['quai'], 'plan.txt', {type: 'text/plain'})],
    });
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.notStored).to.deep.equal([]);
    expect(result.note).to.include({clientId: 'c5', category: 'shipping', text: 'Livrer au quai 3 avant 11h.', createdBy: USER});
    expect(result.note.attachments.map((a) => [a.name, a.size, a.type, a.stored])).to.deep.equal([
      ['bon de livraison.pdf', 3 * MB, 'application/pdf', true],
      ['plan.txt', 4, 'text/plain', true],
    ]);
    const outbox = await store.db.outbox.toArray();
    expect(outbox.map((entry) => [entry.op.table, entry.op.type])).to.deep.include(['notes', 'put']);
    await drained(store);
    expect((await store.db.notes.get(result.noteId))?.version).to.equal(1);
    const stored = await store.db.attachments.get(result.note.attachments[0]!.id);
    expect(stored?.noteId).to.equal(result.noteId);
    expect(stored?.blob.size).to.equal(3 * MB);
  });

  it('survives a reload: text, both files with their names, sizes and bytes', async () => {
    const dbName = uniqueDbName('notes-reload');
    const first = await open(dbName);
    const created = await createNote(first, {
      clientId: 'c5',
      category: 'shipping',
      text: 'Note pour le transporteur',
      files: [pdf('épreuve.pdf', 4 * MB), new File(['a,b\n1,2'], 'liste.csv', {type: 'text/csv'})],
    });
    if (!created.ok) throw new Error('not created');
    const csv = created.note.attachments[1]!;
    const renamed = await renameAttachment(first, created.noteId, csv.id, 'Liste des colis');
    expect(renamed.ok).to.be.true;
    await drained(first);
    first.dispose();

    const second = await open(dbName);
    const note = (await second.db.notes.get(created.noteId))!;
    expect(note.text).to.equal('Note pour le transporteur');
    expect(note.attachments.map((a) => [a.name, a.size])).to.deep.equal([
      ['épreuve.pdf', 4 * MB],
      ['Liste des colis.csv', 7],
    ]);
    const blob = (await attachmentBlob(second, note.attachments[0]!.id))!;
    expect(blob.size).to.equal(4 * MB);
    expect(new TextDecoder().decode(await blob.slice(0, 8).arrayBuffer())).to.equal('%PDF-1.7');
    const url = (await attachmentUrl(second, note.attachments[1]!.id))!;
    expect(url).to.match(/^blob:/);
    expect(await (await fetch(url)).text()).to.equal('a,b\n1,2');
    URL.revokeObjectURL(url);
  });

  it('keeps a 50 MB file', async () => {
    const store = await open();
    const result = await createNote(store, {clientId: 'c5', category: 'jobs', text: 'Fichier de production', files: [pdf('grand format.pdf', 50 * MB)]});
    if (!result.ok) throw new Error('not created');
    const blob = (await attachmentBlob(store, result.note.attachments[0]!.id))!;
    expect(blob.size).to.equal(50 * MB);
    expect(result.note.attachments[0]).to.include({size: 50 * MB, stored: true});
  });

  it('keeps the text when the storage is full: the file is marked not stored', async () => {
    const store = await open();
    const put = store.db.attachments.put.bind(store.db.attachments);
    let calls = 0;
    store.db.attachments.put = ((...args: Parameters<typeof put>) => {
      calls += 1;
      // The large file does not fit; the small one does.
      if (calls === 1) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return put(...args);
    }) as typeof put;
    const result = await createNote(store, {
      clientId: 'c5',
      category: 'shipping',
      text: 'Le texte reste.',
      files: [pdf('trop gros.pdf', 8 * MB), new File(['ok'], 'petit.txt', {type: 'text/plain'})],
    });
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.notStored.map((entry) => [entry.attachment.name, entry.reason])).to.deep.equal([['trop gros.pdf', 'quota']]);
    const saved = (await store.db.notes.get(result.noteId))!;
    expect(saved.text).to.equal('Le texte reste.');
    expect(saved.attachments.map((a) => [a.name, a.size, a.stored])).to.deep.equal([
      ['trop gros.pdf', 8 * MB, false],
      ['petit.txt', 2, true],
    ]);
    expect(await attachmentBlob(store, saved.attachments[0]!.id)).to.be.undefined;
    expect((await attachmentBlob(store, saved.attachments[1]!.id))?.size).to.equal(2);
  });

  it('refuses an empty text or an unknown client, and writes nothing', async () => {
    const store = await open();
    const empty = await createNote(store, {clientId: 'c5', category: 'quotes', text: '  \n ', files: [pdf('a.pdf', 10)]});
    expect(empty).to.deep.equal({ok: false, errors: {text: {key: 'validation.required'}}});
    const unknown = await createNote(store, {clientId: 'nobody', category: 'quotes', text: 'x'});
    expect(unknown).to.deep.equal({ok: false, errors: {form: {key: 'validation.notFound'}}});
    const badName = await createNote(store, {clientId: 'c5', category: 'quotes', text: 'x', files: [{blob: new Blob(['x']), name: 'a/b'}]});
    expect(badName.ok).to.be.false;
    expect(await store.db.notes.count()).to.equal(0);
    expect(await store.db.attachments.count()).to.equal(0);
  });

  it('keeps markup as plain text', async () => {
    const store = await open();
    const text = '<img src=x onerror=alert(1)>';
    const result = await createNote(store, {clientId: 'c5', category: 'invoicing', text, files: [{blob: new Blob(['x']), name: '<img src=x onerror=alert(2)>.txt'}]});
    if (!result.ok) throw new Error('not created');
    expect((await store.db.notes.get(result.noteId))?.text).to.equal(text);
    expect(result.note.attachments[0]?.name).to.equal('<img src=x onerror=alert(2)>.txt');
  });
});

describe('updateNote and the attachments', () => {
  async function withNote() {
    const store = await open();
    const result = await createNote(store, {clientId: 'c5', category: 'quotes', text: 'Première version', files: [pdf('devis.pdf', 1000)]});
    if (!result.ok) throw new Error('not created');
    return {store, noteId: result.noteId, first: result.note.attachments[0]!};
  }

  it('changes the text, adds, renames and removes files in one write', async () => {
    const {store, noteId, first} = await withNote();
    await drained(store);
    const result = await updateNote(store, noteId, {
      text: 'Deuxième version',
      add: [new File(['x'], 'photo.png', {type: 'image/png'})],
      rename: {[first.id]: 'Devis signé'},
    });
    if (!result.ok) throw new Error('not saved');
    expect(result.note.text).to.equal('Deuxième version');
    expect(result.note.attachments.map((a) => a.name)).to.deep.equal(['Devis signé.pdf', 'photo.png']);
    expect(result.note.createdBy).to.equal(USER);
    expect(await store.db.outbox.count()).to.be.at.most(1);

    const removed = await removeAttachment(store, noteId, first.id);
    if (!removed.ok) throw new Error('not removed');
    expect(removed.note.attachments.map((a) => a.name)).to.deep.equal(['photo.png']);
    expect(await store.db.attachments.get(first.id)).to.be.undefined;
  });

  it('renames with another extension when typed on purpose, and refuses an empty name', async () => {
    const {store, noteId, first} = await withNote();
    const typed = await renameAttachment(store, noteId, first.id, 'devis.txt');
    expect(typed.ok && typed.note.attachments[0]?.name).to.equal('devis.txt');
    const empty = await renameAttachment(store, noteId, first.id, '   ');
    expect(empty).to.deep.equal({ok: false, errors: {[`rename.${first.id}`]: {key: 'validation.required'}}});
  });

  it('adds files to a note', async () => {
    const {store, noteId} = await withNote();
    const result = await addAttachments(store, noteId, [new File(['1'], 'a.txt'), new File(['22'], 'b.docx')]);
    expect(result.ok && result.note.attachments.map((a) => [a.name, a.size])).to.deep.equal([
      ['devis.pdf', 1000],
      ['a.txt', 1],
      ['b.docx', 2],
    ]);
  });

  it('deletes a note with the bytes of its files', async () => {
    const {store, noteId, first} = await withNote();
    expect(await deleteNote(store, noteId)).to.deep.equal({ok: true});
    expect(await store.db.notes.get(noteId)).to.be.undefined;
    expect(await store.db.attachments.get(first.id)).to.be.undefined;
    expect(await deleteNote(store, noteId)).to.deep.equal({ok: false, errors: {form: {key: 'notes.notFound'}}});
    expect(await updateNote(store, noteId, {text: 'x'})).to.deep.equal({ok: false, errors: {form: {key: 'notes.notFound'}}});
  });
});

describe('isQuotaError', () => {
  it('knows the storage-full error, raw or wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).to.be.true;
    expect(isQuotaError({name: 'AbortError', inner: {name: 'QuotaExceededError'}})).to.be.true;
    expect(isQuotaError(new DOMException('gone', 'NotFoundError'))).to.be.false;
    expect(isQuotaError(undefined)).to.be.false;
  });
});
