import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/define.js';
import type {ClientsProvider} from '../../components/clients-provider/clients-provider.js';
import type {ClientNotes} from '../../components/client-notes/client-notes.js';
import type {NotesPanel} from '../../components/notes-panel/notes-panel.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import type {Note, NoteCategory} from '../../src/model/types.js';
import {ClientStore} from '../../src/store/client-store.js';
import {createNote} from '../../src/store/note-actions.js';
import {smallSeed, uniqueDbName} from '../helpers/fixtures.js';
import {ShadowHarness} from '../helpers/harness.js';

const USER = 'expedition@example.ca';

function note(id: string, category: NoteCategory, text: string, clientId = 'c5'): Note {
  return {id, clientId, category, text, createdBy: 'marc-andre@example.ca', createdAt: `2025-05-0${id.slice(-1)}T12:00:00.000Z`, attachments: [], updatedAt: '2025-05-05T12:00:00.000Z', version: 1};
}

const stores: ClientStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));

/** A fake shipping-slip header of a host screen, with the badge of eau Claire's shipping notes. */
async function mountBadge(module = 'shipping') {
  await setViewport({width: 1280, height: 900});
  const seed = smallSeed();
  seed.notes = [
    note('n1', 'shipping', 'Livrer au quai 3'),
    note('n2', 'shipping', 'Appeler avant de livrer'),
    note('n3', 'quotes', 'Soumission urgente'),
    note('n4', 'invoicing', 'Facturer au siège social'),
    note('n5', 'shipping', "Note d'un autre client", 'c1'),
  ];
  const store = new ClientStore({adapter: new LocalAdapter({seedData: seed}), dbName: uniqueDbName('client-notes')});
  stores.push(store);
  const provider = await fixture<ClientsProvider>(html`<clients-provider .store=${store} user=${USER}>
    <header class="slip"><h1>Bon d'expédition EXP-0042</h1><client-notes client-id="c5" module=${module}></client-notes></header>
  </clients-provider>`);
  await store.whenReady();
  const el = provider.querySelector('client-notes') as ClientNotes;
  return {provider, el, store, h: new ShadowHarness(el)};
}

describe('<client-notes>', () => {
  it('counts only the client notes of its module, opens them, and adds one of that type', async () => {
    const {el, h, store} = await mountBadge();
    await h.waitFor(() => h.all('button', 'Notes du client 2').length === 1, 'the badge counts the shipping notes');
    const badge = h.get('button', 'Notes du client 2');
    expect(el.count).to.equal(2);
    expect(h.root.querySelector('.count')!.textContent).to.equal('2');
    expect(getComputedStyle(h.root.querySelector('.count')!).backgroundColor).to.equal('rgb(198, 40, 40)');
    expect(badge.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();

    await h.click(badge);
    await h.waitFor(() => h.all('dialog', 'Notes spécifiques au client eau Claire').length === 1, 'the pop-over opens');
    expect(el.open).to.be.true;
    const panel = h.root.querySelector('notes-panel') as NotesPanel;
    expect(panel.category).to.equal('shipping');
    const ph = new ShadowHarness(panel);
    await ph.waitFor(() => ph.root.querySelectorAll('tbody tr').length === 2, 'only the shipping notes are listed');
    expect(ph.text()).to.contain('Livrer au quai 3');
    expect(ph.text()).to.contain('Appeler avant de livrer');
    expect(ph.text()).not.to.contain('Soumission urgente');
    expect(ph.text()).not.to.contain("Note d'un autre client");
    await expect(el).to.be.accessible();

    await ph.click(ph.get('button', 'Ajouter une note'));
    await ph.waitFor(() => ph.all('dialog', "Édition d'une note").length === 1, 'the editor opens');
    expect(ph.get('dialog', "Édition d'une note").textContent).to.contain('Note pour expédition');
    await sendKeys({type: 'Fragile : deux personnes pour décharger'});
    const saved = oneEvent(el, 'note-saved');
    await ph.click(ph.get('button', 'Enregistrer'));
    const {detail} = await saved;
    const stored = (await store.db.notes.get(detail.noteId))!;
    expect(stored).to.include({category: 'shipping', clientId: 'c5', createdBy: USER});
    await h.waitFor(() => h.all('button', 'Notes du client 3').length === 1, 'the badge counts the new note');
    await ph.waitFor(() => ph.root.querySelectorAll('tbody tr').length === 3, 'listed in the pop-over');

    // Escape closes the pop-over and gives the focus back to the badge.
    ph.root.querySelector<HTMLElement>('tbody button')!.focus();
    await h.press('Escape');
    await h.waitFor(() => !el.open && h.all('dialog').length === 0, 'closed');
    expect(h.focused()).to.equal(h.get('button', 'Notes du client 3'));
  });

  it('follows notes added elsewhere, of its module only', async () => {
    const {h, store} = await mountBadge('quotes');
    await h.waitFor(() => h.all('button', 'Notes du client 1').length === 1, 'one quote note');
    await createNote(store, {clientId: 'c5', category: 'jobs', text: 'Dossier'});
    await createNote(store, {clientId: 'c5', category: 'quotes', text: 'Deuxième soumission'});
    await h.waitFor(() => h.all('button', 'Notes du client 2').length === 1, 'the new quote note counts');
  });

  it('shows no count without notes for the module', async () => {
    const {h} = await mountBadge('jobs');
    await h.waitFor(() => h.all('button', 'Notes du client').length === 1, 'no job note');
    expect(h.root.querySelector('.count')).to.equal(null);
  });

  it('renders nothing and warns, without throwing, for an unknown module', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const {el, h} = await mountBadge('crm');
      await el.updateComplete;
      expect(h.all('button')).to.have.length(0);
      expect(warnings.some((args) => String(args[0]).includes('module="crm"'))).to.be.true;
      el.module = 'invoicing';
      await h.waitFor(() => h.all('button', 'Notes du client 1').length === 1, 'a valid module shows the badge');
    } finally {
      console.warn = warn;
    }
  });
});
