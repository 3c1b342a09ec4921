import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {ClientDetail} from '../../components/client-detail/client-detail.js';
import type {ClientEditor} from '../../components/client-editor/client-editor.js';
import {disposeStores, editorSeed, mount, pngFile} from '../helpers/editor-setup.js';
import {ShadowHarness} from '../helpers/harness.js';
import {getClient} from '../../src/store/records.js';

const MENU = ['Modifier ce client', 'Modifier le code client', 'Rendre inactif', 'Envoyer à Système comptable', 'Récupérer solde', 'Supprimer'];

/** The client file of `clientId`, shown, with its harness. */
async function openFile(clientId: string, options: Parameters<typeof mount>[2] = {}) {
  const mounted = await mount<ClientDetail>('client-detail', html`<client-detail client-id=${clientId}></client-detail>`, options);
  const h = new ShadowHarness(mounted.el);
  await waitUntil(() => mounted.el.client !== undefined, 'the file is shown');
  await h.settle();
  return {...mounted, h};
}

/** Opens the Actions menu with the mouse; resolves once its items are shown. */
async function openMenu(h: ShadowHarness): Promise<HTMLElement[]> {
  await h.click(h.get('button', /^Actions/));
  await h.waitFor(() => h.all('menuitem').length === MENU.length, 'the menu is open');
  return h.all('menuitem');
}

/** The menu item named `name`, once what blocks a deletion has been checked. */
async function item(h: ShadowHarness, name: string): Promise<HTMLElement> {
  await h.waitFor(() => !h.description(h.get('menuitem', 'Supprimer')).startsWith('Vérification'), 'checked');
  return h.get('menuitem', name);
}

describe('Actions menu of <client-detail>', () => {
  afterEach(() => disposeStores());

  it('disables, with the reason, the entries the user has no right to', async () => {
    const {el, h} = await openFile('c4', {permissions: []});
    const items = await openMenu(h);
    expect(items.map((node) => h.name(node))).to.deep.equal(MENU);
    const state = async (name: string) => {
      const node = await item(h, name);
      return [node.getAttribute('aria-disabled'), h.description(node)];
    };
    expect(await state('Modifier ce client')).to.deep.equal(['false', '']);
    expect(await state('Rendre inactif')).to.deep.equal(['false', '']);
    expect(await state('Modifier le code client')).to.deep.equal([
      'true',
      'Réservé aux utilisateurs qui ont le droit de modifier le code client.',
    ]);
    expect(await state('Envoyer à Système comptable')).to.deep.equal([
      'true',
      "Réservé aux utilisateurs qui ont le droit d'envoyer au système comptable.",
    ]);
    expect(await state('Supprimer')).to.deep.equal(['true', 'Réservé aux utilisateurs qui ont le droit de supprimer un client.']);
    await h.click(await item(h, 'Supprimer'));
    expect(h.all('dialog')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('opens the editor on "Modifier ce client" and gives the focus back to Actions', async () => {
    const {el, h} = await openFile('c5');
    await openMenu(h);
    await h.click(h.get('menuitem', 'Modifier ce client'));
    const editor = el.shadowRoot!.querySelector('client-editor') as ClientEditor;
    const eh = new ShadowHarness(editor);
    await eh.waitFor(() => eh.all('dialog', 'Modifier le client C-0005').length === 1, 'the editor is open');
    await eh.waitFor(() => eh.all('textbox', "Nom de l'entreprise").length === 1, 'with its fields');
    expect(eh.field("Nom de l'entreprise").value).to.equal('eau Claire');
    await eh.press('Escape');
    await eh.waitFor(() => !editor.opened, 'closed');
    await h.waitFor(() => h.focused() === h.get('button', /^Actions/), 'the focus is back on Actions');
  });

  it('refuses a code already used, next to the field, then changes it and keeps the old one', async () => {
    const {el, h, store} = await openFile('c5');
    await openMenu(h);
    await h.click(await item(h, 'Modifier le code client'));
    await h.waitFor(() => h.all('dialog', 'Modifier le code client').length === 1, 'the dialog is open');
    expect(h.text()).to.contain('Code actuel : C-0005');
    const field = h.field('Nouveau code client');
    expect(h.focused()).to.equal(field);
    await h.type(field, 'c-0001');
    await h.click(h.get('button', 'Enregistrer'));
    await h.waitFor(() => h.error(h.field('Nouveau code client')) !== '', 'refused');
    expect(h.error(h.field('Nouveau code client'))).to.equal('Le code C-0001 est déjà utilisé par un autre client.');
    expect(h.field('Nouveau code client').getAttribute('aria-invalid')).to.equal('true');
    expect(h.focused()).to.equal(h.field('Nouveau code client'));
    await expect(el).to.be.accessible();

    await h.type(h.field('Nouveau code client'), 'C 12');
    await h.press('Enter');
    await h.waitFor(() => h.error(h.field('Nouveau code client')).startsWith('Le code compte'), 'format refused');

    await h.type(h.field('Nouveau code client'), 'C-0100');
    await h.press('Enter');
    await h.waitFor(() => h.all('dialog').length === 0, 'the dialog closed');
    await h.waitFor(() => h.all('heading', 'Client C-0100').length === 1, 'the new code is shown');
    const client = (await getClient(store.db, 'c5'))!;
    expect(client.code).to.equal('C-0100');
    expect(client.previousCodes).to.deep.equal(['C-0005']);
  });

  it('disables "Supprimer" for a client with invoices, with the reason and the advice', async () => {
    const {h} = await openFile('c5');
    await openMenu(h);
    const remove = await item(h, 'Supprimer');
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    expect(h.description(remove)).to.equal(
      'Ce client ne peut pas être supprimé. Ce client a 1 soumission. Ce client a 1 dossier. Ce client a 2 factures. ' +
        'Rendez plutôt ce client inactif : il reste dans l’historique, mais n’apparaît plus parmi les clients actifs.',
    );
    expect(h.get('menuitem', 'Rendre inactif').getAttribute('aria-disabled')).to.equal('false');
  });

  it('deletes a client nothing refers to, after confirmation', async () => {
    const {el, h, store} = await openFile('c4');
    await openMenu(h);
    const remove = await item(h, 'Supprimer');
    expect(remove.getAttribute('aria-disabled')).to.equal('false');
    await h.click(remove);
    await h.waitFor(() => h.all('alertdialog', 'Supprimer le client C-0004 ?').length === 1, 'asked');
    expect(h.focused()).to.equal(h.get('button', 'Annuler'));
    await h.press('Escape');
    await h.waitFor(() => h.all('alertdialog').length === 0, 'cancelled');
    expect(await getClient(store.db, 'c4')).to.exist;

    await openMenu(h);
    await h.click(await item(h, 'Supprimer'));
    await h.waitFor(() => h.all('alertdialog').length === 1, 'asked again');
    const deleted = oneEvent(el, 'client-deleted');
    await h.click(h.get('button', 'Supprimer'));
    expect((await deleted).detail).to.deep.equal({clientId: 'c4'});
    expect(await getClient(store.db, 'c4')).to.equal(undefined);
  });

  it('shows the accounting refusal without payment terms, then synchronised with them', async () => {
    const {el, h} = await openFile('c1');
    expect(h.text()).to.contain('Jamais envoyé au système comptable');
    await openMenu(h);
    await h.click(await item(h, 'Envoyer à Système comptable'));
    await h.waitFor(() => h.all('alert').some((node) => node.textContent!.includes('a refusé')), 'refused');
    expect(h.text()).to.contain('Le système comptable a refusé le client C-0001 :');
    expect(h.text()).to.contain('Le terme de paiement manque (onglet Comptabilité).');
    await expect(el).to.be.accessible();
    await h.click(h.get('button', 'Fermer'));
    await h.waitFor(() => h.all('dialog').length === 0, 'closed');
    await h.waitFor(() => h.text().includes('Refusé par le système comptable'), 'the file shows the refusal');
  });

  it('synchronises a client with payment terms; the file shows when', async () => {
    const {h, store} = await openFile('c1');
    const before = (await getClient(store.db, 'c1'))!;
    await store.write([
      {type: 'put', table: 'clients', key: 'c1', record: {...before, accounting: {currency: 'CAD', paymentTerms: 'net30'}, updatedAt: new Date().toISOString()}, before},
    ]);
    await openMenu(h);
    await h.click(await item(h, 'Envoyer à Système comptable'));
    await h.waitFor(() => h.text().includes('est synchronisé avec le système comptable'), 'synchronised');
    expect(h.text()).to.contain('Le client C-0001 est synchronisé avec le système comptable.');
    await h.click(h.get('button', 'Fermer'));
    await h.waitFor(() => /Synchronisé le/.test(h.text()), 'the file shows it');
    expect((await getClient(store.db, 'c1'))!.accountingSync.state).to.equal('synced');
  });

  it('reads the balance from the accounting system ("Récupérer solde"), only for a client it knows', async () => {
    const {h, store} = await openFile('c5');
    await openMenu(h);
    await h.click(await item(h, 'Récupérer solde'));
    await h.waitFor(() => h.text().includes('Solde actuel :'), 'balance shown');
    expect(h.text()).to.match(/Solde actuel : [\d\s  ]+,\d{2} \$ \(lu le /);
    expect((await getClient(store.db, 'c5'))!.accounting.balanceReadAt).to.be.a('string');
    await h.click(h.get('button', 'Fermer'));

    const never = await openFile('c1');
    await openMenu(never.h);
    const entry = await item(never.h, 'Récupérer solde');
    expect(entry.getAttribute('aria-disabled')).to.equal('true');
    expect(never.h.description(entry)).to.equal('Ce client n’est pas encore dans le système comptable : envoyez-le d’abord.');
  });

  it('never sends a prospect: the entry says why', async () => {
    const {h} = await openFile('c7');
    await openMenu(h);
    const send = await item(h, 'Envoyer à Système comptable');
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(h.description(send)).to.equal('Un prospect n’est jamais envoyé au système comptable : décochez « Prospect » d’abord.');
  });

  it('makes a client inactive, then active again', async () => {
    const {h, store} = await openFile('c5');
    await openMenu(h);
    await h.click(h.get('menuitem', 'Rendre inactif'));
    const status = () => h.root.querySelector('.status')?.textContent?.trim();
    await h.waitFor(() => status() === 'Inactif', 'inactive');
    expect((await getClient(store.db, 'c5'))!.active).to.be.false;
    await openMenu(h);
    await h.click(h.get('menuitem', 'Rendre actif'));
    await h.waitFor(() => status() === 'Actif', 'active again');
    expect((await getClient(store.db, 'c5'))!.active).to.be.true;
  });

  it('shows the client logo in the file when slips carry it', async () => {
    const seed = editorSeed();
    const {h, store} = await openFile('c5', {seed});
    const logoId = await store.saveLogo('c5', pngFile());
    const before = (await getClient(store.db, 'c5'))!;
    await store.write([{type: 'put', table: 'clients', key: 'c5', record: {...before, shipperIdentification: 'client', logoId, updatedAt: new Date().toISOString()}, before}]);
    await h.waitFor(() => h.all('img', 'Logo du client').length === 1, 'the logo is shown');
  });
});
