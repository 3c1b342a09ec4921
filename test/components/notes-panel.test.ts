import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type {ClientsProvider} from '../../components/clients-provider/clients-provider.js';
import type {ClientDetail} from '../../components/client-detail/client-detail.js';
import type {NotesPanel} from '../../components/notes-panel/notes-panel.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import type {Note, NoteCategory, SeedBundle} from '../../src/model/types.js';
import {ClientStore} from '../../src/store/client-store.js';
import {chooseFiles} from '../helpers/editor-setup.js';
import {smallSeed, uniqueDbName} from '../helpers/fixtures.js';
import {ShadowHarness} from '../helpers/harness.js';

const MB = 1024 * 1024;
const USER = 'pl.poulin@tactic-tgi.com';
const XSS = '<img src=x onerror=alert(1)>';

function makeNote(overrides: Partial<Note> & {id: string; category: NoteCategory}): Note {
  return {
    clientId: 'c5',
    text: 'Attention, toujours prévoir un extra pour la livraison.',
    createdBy: 'marc-andre@example.ca',
    createdAt: '2025-05-05T15:55:46.000Z',
    attachments: [],
    updatedAt: '2025-05-05T15:55:46.000Z',
    version: 1,
    ...overrides,
  };
}

function seedWith(notes: Note[]): SeedBundle {
  const seed = smallSeed();
  seed.notes = notes;
  return seed;
}

/** A PDF of `size` bytes: a real header, then filler. */
function pdf(name: string, size: number): File {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], name, {type: 'application/pdf'});
}

/** Drags files over `target` and drops them, as the browser does: real DragEvents carrying a DataTransfer. */
function dragAndDrop(target: Element, files: File[]): {overAccepted: boolean; dropTaken: boolean} {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const fire = (type: string) => target.dispatchEvent(new DragEvent(type, {bubbles: true, composed: true, cancelable: true, dataTransfer: transfer}));
  fire('dragenter');
  const overAccepted = !fire('dragover');
  const dropTaken = !fire('drop');
  return {overAccepted, dropTaken};
}

/**
 * Catches what "Ouvrir" and "Enregistrer" hand to the browser: the URLs opened in a new tab and the
 * downloads (the link's URL and file name), instead of opening tabs or files.
 */
function catchOpenings(): {opened: string[]; downloads: Array<{href: string; name: string}>; restore: () => void} {
  const opened: string[] = [];
  const downloads: Array<{href: string; name: string}> = [];
  const open = window.open;
  const click = HTMLAnchorElement.prototype.click;
  window.open = ((url?: string | URL) => {
    opened.push(String(url));
    return null;
  }) as typeof window.open;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    downloads.push({href: this.href, name: this.download});
  };
  return {
    opened,
    downloads,
    restore: () => {
      window.open = open;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

const stores: ClientStore[] = [];

interface Mounted {
  provider: ClientsProvider;
  el: NotesPanel;
  h: ShadowHarness;
  store: ClientStore;
}

/** A provider (with `user`) around a `<notes-panel>` of eau Claire (c5), on the database `dbName`. */
async function mountPanel(options: {dbName?: string; seed?: SeedBundle; category?: string; user?: string; locale?: string} = {}): Promise<Mounted> {
  await setViewport({width: 1280, height: 900});
  const store = new ClientStore({adapter: new LocalAdapter({seedData: options.seed ?? smallSeed()}), dbName: options.dbName ?? uniqueDbName('notes-panel')});
  stores.push(store);
  const provider = await fixture<ClientsProvider>(
    html`<clients-provider .store=${store} user=${options.user ?? USER} locale=${options.locale ?? 'fr-CA'}>
      <notes-panel client-id="c5" category=${ifDefined(options.category)}></notes-panel>
    </clients-provider>`,
  );
  await store.whenReady();
  const el = provider.querySelector('notes-panel') as NotesPanel;
  const h = new ShadowHarness(el);
  // The first answers may come while the seed is being loaded: wait for all of the client's notes.
  const expected = options.dbName
    ? undefined
    : (options.seed?.notes ?? []).filter((note) => note.clientId === 'c5' && (!options.category || note.category === options.category)).length;
  await h.waitFor(
    () => el.shadowRoot!.querySelector('.notes-table, .empty') && (expected === undefined || el.notes.length === expected),
    'the list is shown',
  );
  return {provider, el, h, store};
}

const rows = (h: ShadowHarness) => [...h.root.querySelectorAll('tbody tr')];
const cells = (row: Element) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());

/** The buttons of the open pop-up (note types, or a file's actions). */
function popupButton(h: ShadowHarness, label: string): HTMLElement {
  const popup = h.root.querySelector('.menu');
  const button = [...(popup?.querySelectorAll<HTMLElement>('button') ?? [])].find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`no "${label}" in the open pop-up`);
  return button;
}

async function openNew(h: ShadowHarness, category: string): Promise<void> {
  await h.click(h.get('button', 'Ajouter une note'));
  await h.click(popupButton(h, category));
  await h.waitFor(() => h.all('dialog', "Édition d'une note").length === 1, 'the editor is open');
}

/** Renames a file of the editor with the keyboard, as a user would. */
async function rename(h: ShadowHarness, fileName: RegExp, typed: string): Promise<void> {
  await h.click(h.get('button', fileName));
  await h.click(popupButton(h, 'Renommer'));
  const field = h.field('Nouveau nom du fichier');
  expect(h.focused()).to.equal(field);
  await sendKeys({type: typed});
  await h.press('Enter');
}

afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

describe('<notes-panel>', () => {
  it('lists the notes: Module, Créé par / le, the text clamped, a paperclip with the count; as text only', async () => {
    const long = `${'Les soumissions doivent absolument être acheminées avant 11h pour approbation rapide! '.repeat(6)}Fin.`;
    const {h, el} = await mountPanel({
      seed: seedWith([
        makeNote({id: 'n1', category: 'invoicing', createdAt: '2025-05-05T15:55:46.000Z'}),
        makeNote({
          id: 'n2',
          category: 'quotes',
          text: long,
          createdAt: '2025-06-01T12:00:00.000Z',
          attachments: [
            {id: 'f1', name: 'plan.pdf', size: 10, type: 'application/pdf', stored: true, addedAt: '2025-06-01T12:00:00.000Z'},
            {id: 'f2', name: 'logo.png', size: 10, type: 'image/png', stored: true, addedAt: '2025-06-01T12:00:00.000Z'},
          ],
        }),
        makeNote({id: 'n3', category: 'shipping', text: XSS, createdAt: '2025-04-01T12:00:00.000Z'}),
      ]),
    });
    expect(h.get('heading', 'Notes')).to.exist;
    expect([...h.root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Module', 'Créé par / le', 'Notes', 'Fichiers joints']);
    // Newest first.
    expect(rows(h).map((row) => cells(row)[0])).to.deep.equal(['Soumissions', 'Facturation', 'Expédition']);
    expect(cells(rows(h)[1]!)[1]).to.contain('marc-andre@example.ca');
    expect(cells(rows(h)[1]!)[1]).to.match(/2025/);
    expect(h.get('img', '2 fichiers joints')).to.exist;
    expect(h.root.querySelector('.files .count')!.textContent).to.equal('2');
    expect(getComputedStyle(h.root.querySelector('.files .count')!).backgroundColor).to.equal('rgb(198, 40, 40)');
    // Long text clamped to two lines; the full text is there for screen readers and when opened.
    const clamp = rows(h)[0]!.querySelector('.clamp') as HTMLElement;
    expect(getComputedStyle(clamp).webkitLineClamp).to.equal('2');
    expect(clamp.scrollHeight).to.be.greaterThan(clamp.clientHeight);
    // Markup is text.
    expect(h.root.querySelector('img')).to.equal(null);
    expect(cells(rows(h)[2]!)[2]).to.equal(XSS);
    expect(h.text()).to.contain('*Ces notes seront visibles dans leur module respectif.');
    expect(el.notes.map((note) => note.id)).to.deep.equal(['n2', 'n1', 'n3']);
    await expect(el).to.be.accessible();

    await h.click(h.get('button', new RegExp(`^${long.slice(0, 30)}`)));
    await h.waitFor(() => h.all('dialog', "Édition d'une note").length === 1, 'the note opens');
    expect(h.field<HTMLTextAreaElement>('Note').value).to.equal(long);
    expect(h.all('button', /^plan\.pdf/)).to.have.length(1);
    expect(h.all('button', /^logo\.png/)).to.have.length(1);
  });

  it('asks the category with +, and shows the editor with the required text and the drop zone', async () => {
    const {h, el} = await mountPanel();
    expect(h.text()).to.contain('Aucune note.');
    const add = h.get('button', 'Ajouter une note');
    expect(add.getAttribute('aria-expanded')).to.equal('false');
    await h.click(add);
    expect(add.getAttribute('aria-expanded')).to.equal('true');
    expect(h.get('group', 'Type de la nouvelle note')).to.exist;
    expect([...h.root.querySelectorAll('.menu button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Note pour soumissions',
      'Note pour dossiers',
      'Note pour expédition',
      'Note pour facturation',
    ]);
    // Escape closes the choice and gives the focus back to +.
    await h.press('Escape');
    expect(h.root.querySelector('.menu')).to.equal(null);
    expect(h.focused()).to.equal(add);

    await openNew(h, 'Note pour facturation');
    const dialog = h.get('dialog', "Édition d'une note");
    expect(dialog.textContent).to.contain('eau Claire');
    expect(dialog.textContent).to.contain('Note pour facturation');
    const text = h.field<HTMLTextAreaElement>('Note');
    expect(text.required).to.be.true;
    expect(text.placeholder).to.equal('Inscrire votre note ici');
    expect(h.focused()).to.equal(text);
    expect(h.get('button', 'Cliquer ou déposer un ou plusieurs fichiers')).to.exist;
    expect(h.all('button', 'Supprimer')).to.have.length(0);
    await expect(el).to.be.accessible();

    let saved = 0;
    el.addEventListener('note-saved', () => (saved += 1));
    await h.click(h.get('button', 'Enregistrer'));
    expect(h.error(text)).to.equal('Ce champ est obligatoire.');
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(h.focused()).to.equal(text);
    expect(saved).to.equal(0);
    await sendKeys({type: 'Facturer au siège social'});
    await h.settle();
    expect(h.error(text)).to.equal('');
  });

  it('saves a "Note pour expédition" with two dropped files, one renamed; after a reload: text, files, sizes, count 2', async () => {
    const dbName = uniqueDbName('notes-reload');
    const first = await mountPanel({dbName});
    const {h, el, store} = first;
    await openNew(h, 'Note pour expédition');
    await h.type(h.field('Note'), 'Livrer au quai 3, avant 11h.');

    const zone = h.get('button', 'Cliquer ou déposer un ou plusieurs fichiers');
    const proof = pdf('Épreuve finale.pdf', 6 * MB);
    const slip = new File(['Colis 1 de 2'], 'bordereau.txt', {type: 'text/plain'});
    const transfer = new DataTransfer();
    transfer.items.add(proof);
    zone.dispatchEvent(new DragEvent('dragenter', {bubbles: true, composed: true, cancelable: true, dataTransfer: transfer}));
    await h.settle();
    expect(zone.classList.contains('dragging')).to.be.true;
    const {overAccepted, dropTaken} = dragAndDrop(zone, [proof, slip]);
    expect(overAccepted, 'the drop zone accepts files').to.be.true;
    expect(dropTaken, 'the page does not open the file').to.be.true;
    await h.settle();
    expect(zone.classList.contains('dragging')).to.be.false;
    expect(h.get('button', /^Épreuve finale\.pdf/).textContent).to.contain('6 Mo');
    expect(h.get('button', /^bordereau\.txt/).textContent).to.contain('12 o');

    await rename(h, /^bordereau\.txt/, 'Bordereau transporteur');
    expect(h.all('button', /^Bordereau transporteur\.txt/)).to.have.length(1);
    expect(h.focused()).to.equal(h.get('button', /^Bordereau transporteur\.txt/));

    const saved = oneEvent(el, 'note-saved');
    await h.click(h.get('button', 'Enregistrer'));
    const {detail} = await saved;
    expect(detail).to.include({clientId: 'c5', created: true});
    await h.waitFor(() => h.all('dialog').length === 0, 'the editor closed');
    await h.waitFor(() => rows(h).length === 1, 'the note is listed');
    expect(cells(rows(h)[0]!)[0]).to.equal('Expédition');
    expect(cells(rows(h)[0]!)[1]).to.contain(USER);
    expect(h.get('img', '2 fichiers joints')).to.exist;
    await h.waitFor(() => store.pendingCount === 0, 'sent');

    // Reload: another store on the same database, another provider and panel.
    first.provider.remove();
    store.dispose();
    const second = await mountPanel({dbName, user: 'autre@example.ca'});
    const h2 = second.h;
    await h2.waitFor(() => rows(h2).length === 1, 'the note is still there');
    expect(cells(rows(h2)[0]!)[0]).to.equal('Expédition');
    expect(cells(rows(h2)[0]!)[1]).to.contain(USER);
    expect(cells(rows(h2)[0]!)[2]).to.equal('Livrer au quai 3, avant 11h.');
    expect(h2.get('img', '2 fichiers joints')).to.exist;
    await h2.click(h2.get('button', 'Livrer au quai 3, avant 11h.'));
    await h2.waitFor(() => h2.all('dialog', "Édition d'une note").length === 1, 'the note opens');
    expect(h2.field<HTMLTextAreaElement>('Note').value).to.equal('Livrer au quai 3, avant 11h.');
    expect(h2.get('button', /^Épreuve finale\.pdf/).textContent).to.contain('6 Mo');
    expect(h2.get('button', /^Bordereau transporteur\.txt/).textContent).to.contain('12 o');

    const {opened, downloads, restore} = catchOpenings();
    try {
      await h2.click(h2.get('button', /^Épreuve finale\.pdf/));
      await h2.click(popupButton(h2, 'Ouvrir'));
      await h2.waitFor(() => opened.length === 1, 'the PDF opens in a new tab');
      const shown = await (await fetch(opened[0]!)).blob();
      expect(shown.size).to.equal(6 * MB);
      expect(shown.type).to.equal('application/pdf');

      await h2.click(h2.get('button', /^Bordereau transporteur\.txt/));
      await h2.click(popupButton(h2, 'Enregistrer'));
      await h2.waitFor(() => downloads.length === 1, 'the file is downloaded');
      expect(downloads[0]!.name).to.equal('Bordereau transporteur.txt');
      expect(await (await fetch(downloads[0]!.href)).text()).to.equal('Colis 1 de 2');
    } finally {
      restore();
    }
  });

  it('takes files chosen with the file chooser, several at once, any type', async () => {
    const {h} = await mountPanel();
    await openNew(h, 'Note pour dossiers');
    const input = h.root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.multiple).to.be.true;
    expect(input.accept).to.equal('');
    let chooser = 0;
    input.addEventListener('click', (event) => {
      chooser += 1;
      event.preventDefault();
    });
    await h.click(h.get('button', 'Cliquer ou déposer un ou plusieurs fichiers'));
    expect(chooser).to.equal(1);
    chooseFiles(input, [new File(['x'], 'maquette.indd'), new File(['y'], 'sans extension'), new File(['zz'], 'photo.heic', {type: 'image/heic'})]);
    await h.settle();
    expect(h.all('button', /^(maquette\.indd|sans extension|photo\.heic)/)).to.have.length(3);
  });

  it('renames keeping the extension unless changed on purpose, removes a file, and says why a name is refused', async () => {
    const {h, el} = await mountPanel();
    await openNew(h, 'Note pour soumissions');
    dragAndDrop(h.get('button', 'Cliquer ou déposer un ou plusieurs fichiers'), [pdf('devis.pdf', 2000), new File(['a'], 'notes.txt')]);
    await h.settle();

    await h.click(h.get('button', /^devis\.pdf/));
    await expect(el).to.be.accessible();
    await h.press('Escape');
    await rename(h, /^devis\.pdf/, 'devis signé.docx');
    expect(h.all('button', /^devis signé\.docx/)).to.have.length(1);

    await h.click(h.get('button', /^notes\.txt/));
    await h.click(popupButton(h, 'Renommer'));
    const field = h.field('Nouveau nom du fichier');
    expect(field.value).to.equal('notes.txt');
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, 5]);
    expect(h.description(field)).to.contain("L'extension .txt est gardée si vous ne la changez pas.");
    await sendKeys({type: 'a/b'});
    await h.press('Enter');
    expect(h.error(h.field('Nouveau nom du fichier'))).to.contain('Le nom ne peut contenir ni « / »');
    // Escape cancels the rename only.
    await h.press('Escape');
    expect(h.all('dialog', "Édition d'une note")).to.have.length(1);
    expect(h.all('button', /^notes\.txt/)).to.have.length(1);

    await h.click(h.get('button', /^notes\.txt/));
    await h.click(popupButton(h, 'Supprimer'));
    expect(h.all('button', /^notes\.txt/)).to.have.length(0);
    expect(h.all('button', /^devis signé\.docx/)).to.have.length(1);
  });

  it('keeps a dropped 50 MB file', async () => {
    const {h, store} = await mountPanel();
    await openNew(h, 'Note pour dossiers');
    await h.type(h.field('Note'), 'Fichier grand format');
    dragAndDrop(h.get('button', 'Cliquer ou déposer un ou plusieurs fichiers'), [pdf('affiche 4x8.pdf', 50 * MB)]);
    await h.settle();
    expect(h.get('button', /^affiche 4x8\.pdf/).textContent).to.contain('50 Mo');
    await h.click(h.get('button', 'Enregistrer'));
    await h.waitFor(() => h.all('dialog').length === 0, 'saved and closed');
    const [note] = await store.db.notes.toArray();
    expect(note!.attachments[0]).to.include({name: 'affiche 4x8.pdf', size: 50 * MB, stored: true});
    expect((await store.db.attachments.get(note!.attachments[0]!.id))?.blob.size).to.equal(50 * MB);
  });

  it('opens a note, changes it, and deletes it after confirmation', async () => {
    const {h, el, store} = await mountPanel({
      seed: seedWith([makeNote({id: 'n1', category: 'jobs', text: 'Première version'})]),
    });
    await h.click(h.get('button', 'Première version'));
    await h.waitFor(() => h.all('dialog', "Édition d'une note").length === 1, 'opened');
    expect(h.get('dialog', "Édition d'une note").textContent).to.contain('Créée par marc-andre@example.ca');
    await h.type(h.field('Note'), 'Deuxième version');
    const saved = oneEvent(el, 'note-saved');
    await h.click(h.get('button', 'Enregistrer'));
    expect((await saved).detail).to.deep.equal({clientId: 'c5', noteId: 'n1', created: false});
    await h.waitFor(() => h.all('button', 'Deuxième version').length === 1, 'changed');
    expect((await store.db.notes.get('n1'))?.createdBy).to.equal('marc-andre@example.ca');

    await h.click(h.get('button', 'Deuxième version'));
    await h.waitFor(() => h.all('dialog', "Édition d'une note").length === 1, 'opened again');
    await h.click(h.get('button', 'Supprimer'));
    const confirm = h.get('alertdialog', 'Supprimer cette note ?');
    expect(confirm.textContent).to.contain('La note et ses fichiers joints seront supprimés.');
    expect(h.focused()).to.equal(h.get('button', 'Annuler'));
    await h.click(h.get('button', 'Annuler'));
    expect(await store.db.notes.get('n1')).to.exist;

    await h.click(h.get('button', 'Supprimer'));
    const deleted = oneEvent(el, 'note-deleted');
    const buttons = h.get('alertdialog', 'Supprimer cette note ?').querySelectorAll('button');
    await h.click(buttons[buttons.length - 1]!);
    expect((await deleted).detail).to.deep.equal({clientId: 'c5', noteId: 'n1'});
    await h.waitFor(() => h.text().includes('Aucune note.'), 'deleted');
    expect(await store.db.notes.get('n1')).to.be.undefined;
  });

  it('asks before discarding a changed note', async () => {
    const {h, store} = await mountPanel();
    await openNew(h, 'Note pour dossiers');
    await sendKeys({type: 'Brouillon'});
    await h.press('Escape');
    expect(h.get('alertdialog', 'Abandonner les modifications ?')).to.exist;
    await h.click(h.get('button', 'Continuer la modification'));
    expect(h.field<HTMLTextAreaElement>('Note').value).to.equal('Brouillon');
    await h.click(h.get('button', 'Fermer'));
    await h.click(h.get('button', 'Abandonner'));
    await h.waitFor(() => h.all('dialog').length === 0, 'closed');
    expect(await store.db.notes.count()).to.equal(0);
  });

  it('keeps the text when the storage is full: the file is marked not kept, with a clear message', async () => {
    const {h, el, store} = await mountPanel();
    store.db.attachments.put = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof store.db.attachments.put;
    await openNew(h, 'Note pour expédition');
    await h.type(h.field('Note'), 'Texte à garder');
    dragAndDrop(h.get('button', 'Cliquer ou déposer un ou plusieurs fichiers'), [pdf('gros plan.pdf', 5 * MB)]);
    await h.settle();
    const saved = oneEvent(el, 'note-saved');
    await h.click(h.get('button', 'Enregistrer'));
    const {detail} = await saved;
    await h.waitFor(() => h.all('alert').length === 1, 'the message is shown');
    const message = h.get('alert').textContent!.replace(/\s+/g, ' ').trim();
    expect(message).to.equal(
      "La note est enregistrée, mais l'espace de stockage de ce navigateur est plein : le fichier « gros plan.pdf » n'a pas été conservé. Libérez de l'espace, puis joignez-le de nouveau.",
    );
    expect(h.focused()).to.equal(h.get('alert'));
    expect(h.text()).to.contain("non conservé : l'espace de stockage était plein");
    const note = (await store.db.notes.get(detail.noteId))!;
    expect(note.text).to.equal('Texte à garder');
    expect(note.attachments.map((a) => [a.name, a.size, a.stored])).to.deep.equal([['gros plan.pdf', 5 * MB, false]]);
    // Its bytes are not here: it cannot be opened, but it can be removed.
    await h.click(h.get('button', /^gros plan\.pdf/));
    expect(popupButton(h, 'Ouvrir').getAttribute('aria-disabled')).to.equal('true');
    expect(popupButton(h, 'Supprimer').getAttribute('aria-disabled')).to.equal('false');
    await h.press('Escape');
    await h.click(h.get('button', 'Fermer'));
    await h.waitFor(() => h.all('dialog').length === 0, 'closed');
    expect(h.get('img', '1 fichier joint')).to.exist;
  });

  it('with a category: only its notes, no Module column, and + creates a note of that category', async () => {
    const {h, el, store} = await mountPanel({
      category: 'shipping',
      seed: seedWith([
        makeNote({id: 'n1', category: 'shipping', text: 'Quai 3'}),
        makeNote({id: 'n2', category: 'quotes', text: 'Soumission urgente'}),
      ]),
    });
    expect(h.get('heading', 'Notes pour expédition')).to.exist;
    expect([...h.root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Créé par / le', 'Notes', 'Fichiers joints']);
    expect(rows(h)).to.have.length(1);
    expect(h.text()).not.to.contain('Soumission urgente');
    const add = h.get('button', 'Ajouter une note');
    expect(add.hasAttribute('aria-expanded')).to.be.false;
    await h.click(add);
    await h.waitFor(() => h.all('dialog', "Édition d'une note").length === 1, 'the editor opens at once');
    expect(h.get('dialog', "Édition d'une note").textContent).to.contain('Note pour expédition');
    await sendKeys({type: 'Deuxième note'});
    const saved = oneEvent(el, 'note-saved');
    await h.click(h.get('button', 'Enregistrer'));
    const {detail} = await saved;
    expect((await store.db.notes.get(detail.noteId))?.category).to.equal('shipping');
    await h.waitFor(() => rows(h).length === 2, 'listed');
  });

  it('shows file names as text', async () => {
    const {h} = await mountPanel({
      seed: seedWith([
        makeNote({
          id: 'n1',
          category: 'quotes',
          text: XSS,
          attachments: [{id: 'f1', name: `${XSS}.pdf`, size: 10, type: 'application/pdf', stored: true, addedAt: '2025-06-01T12:00:00.000Z'}],
        }),
      ]),
    });
    await h.click(h.get('button', XSS));
    await h.waitFor(() => h.all('dialog', "Édition d'une note").length === 1, 'opened');
    expect(h.all('button', new RegExp(`^${XSS.replace(/[()]/g, '\\$&')}\\.pdf`))).to.have.length(1);
    expect(h.root.querySelector('img')).to.equal(null);
  });

  it('opens an HTML or SVG file as plain text, and downloads what a tab cannot show', async () => {
    const {h} = await mountPanel();
    await openNew(h, 'Note pour soumissions');
    const page = `<script>parent.document.title = 'pwned'</script>`;
    dragAndDrop(h.get('button', 'Cliquer ou déposer un ou plusieurs fichiers'), [
      new File([page], 'page.html', {type: 'text/html'}),
      new File(['PK'], 'maquette.zip', {type: 'application/zip'}),
    ]);
    await h.settle();
    const {opened, downloads, restore} = catchOpenings();
    try {
      await h.click(h.get('button', /^page\.html/));
      await h.click(popupButton(h, 'Ouvrir'));
      await h.waitFor(() => opened.length === 1, 'opened');
      const shown = await (await fetch(opened[0]!)).blob();
      expect(shown.type).to.equal('text/plain;charset=utf-8');
      expect(await shown.text()).to.equal(page);
      await h.click(h.get('button', /^maquette\.zip/));
      await h.click(popupButton(h, 'Ouvrir'));
      await h.waitFor(() => downloads.length === 1, 'downloaded');
      expect(downloads.map((download) => download.name)).to.deep.equal(['maquette.zip']);
      expect(opened).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('speaks English', async () => {
    const {h} = await mountPanel({locale: 'en-CA', seed: seedWith([makeNote({id: 'n1', category: 'invoicing'})])});
    expect([...h.root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Module', 'Created by / on', 'Notes', 'Attached files']);
    expect(cells(rows(h)[0]!)[0]).to.equal('Invoicing');
    await h.click(h.get('button', 'Add a note'));
    expect(popupButton(h, 'Note for shipping')).to.exist;
  });

  it('is the Notes tab of the client file', async () => {
    await setViewport({width: 1280, height: 900});
    const store = new ClientStore({adapter: new LocalAdapter({seedData: seedWith([makeNote({id: 'n1', category: 'shipping', text: 'Quai 3'})])}), dbName: uniqueDbName('notes-tab')});
    stores.push(store);
    const provider = await fixture<ClientsProvider>(html`<clients-provider .store=${store} user=${USER}><client-detail client-id="c5" tab="notes"></client-detail></clients-provider>`);
    const detail = provider.querySelector('client-detail') as ClientDetail;
    const dh = new ShadowHarness(detail);
    await dh.waitFor(() => detail.shadowRoot!.querySelector('notes-panel'), 'the Notes tab shows the panel');
    const panel = detail.shadowRoot!.querySelector('notes-panel') as NotesPanel;
    expect(panel.clientId).to.equal('c5');
    const h = new ShadowHarness(panel);
    await h.waitFor(() => rows(h).length === 1, 'the note is listed');
    await dh.waitFor(() => dh.all('tab', 'Notes (1)').length === 1, 'the tab counts the note');
    await openNew(h, 'Note pour facturation');
    await sendKeys({type: 'Facturer en fin de mois'});
    await h.click(h.get('button', 'Enregistrer'));
    await dh.waitFor(() => dh.all('tab', 'Notes (2)').length === 1, 'the tab counts the new note');
  });
});
