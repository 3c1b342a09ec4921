import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {ClientStore} from '../../src/store/client-store.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {ClientEditor} from '../../components/client-editor/client-editor.js';
import type {ClientList} from '../../components/client-list/client-list.js';
import type {ClientDetail} from '../../components/client-detail/client-detail.js';
import {ALL_RIGHTS, chooseFiles, disposeStores, editorSeed, mount, pngFile} from '../helpers/editor-setup.js';
import {ShadowHarness} from '../helpers/harness.js';
import {countRecords, getClient} from '../../src/store/records.js';

/**
 * A ResizeObserver whose callback changes the layout (the list's rows follow their scroller's
 * height) may report "loop completed with undelivered notifications": benign (lit/lit#3154), but
 * mocha would fail the test on it.
 */
window.addEventListener(
  'error',
  (event) => {
    if (event.message?.includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  {capture: true},
);

const NAME = "Nom de l'entreprise";
const REQUIRED = 'Ce champ est obligatoire.';

/** Mounts a lone editor and opens it (on `clientId`, or to create). */
async function openEditor(clientId?: string, options: Parameters<typeof mount>[2] = {}) {
  const mounted = await mount<ClientEditor>('client-editor', html`<client-editor></client-editor>`, options);
  const h = new ShadowHarness(mounted.el);
  mounted.el.open(clientId);
  await h.waitFor(() => h.all('textbox', options.locale === 'en-CA' ? 'Company name' : NAME).length === 1, 'the editor shows its fields');
  await h.settle();
  return {...mounted, h};
}

async function fillAddress(h: ShadowHarness): Promise<void> {
  await h.type(h.field('No. civique'), '1020');
  await h.type(h.field('Nom de la rue'), 'avenue St-Jean-de-la-Lande');
  await h.type(h.field('Ville'), 'Saint-Georges');
  await h.type(h.field('Code postal'), 'g5z0m2');
}

describe('<client-editor>', () => {
  afterEach(() => disposeStores());

  it('creates "Imprimerie Côté & Fils inc." from the list: next code, normalised postal code, listed and opened', async () => {
    const {provider, el: list, store} = await mount<ClientList>('client-list', html`<client-list style="height: 560px"></client-list>`);
    const lh = new ShadowHarness(list);
    let requests = 0;
    list.addEventListener('client-create-request', () => (requests += 1));
    await lh.click(lh.get('button', 'Créer un client'));
    expect(requests).to.equal(1);

    const editor = list.shadowRoot!.querySelector('client-editor') as ClientEditor;
    const h = new ShadowHarness(editor);
    await h.waitFor(() => h.all('textbox', NAME).length === 1, 'the editor opened');
    expect(editor.opened).to.be.true;
    expect(editor.hasAttribute('open')).to.be.true;
    expect(h.get('dialog', 'Créer un client')).to.exist;
    expect(h.all('tab').map((tab) => h.name(tab))).to.deep.equal(['Informations de base', 'Informations additionnelles', 'Comptabilité']);
    await h.waitFor(() => h.focused() === h.field(NAME), 'the name has the focus');
    await sendKeys({type: 'Imprimerie Côté & Fils inc.'});
    await fillAddress(h);
    expect(h.field<HTMLSelectElement>('Pays').value).to.equal('CA');
    expect(h.field<HTMLSelectElement>('Province / état').value).to.equal('QC');
    expect(h.field<HTMLSelectElement>('Province / état').selectedOptions[0]!.textContent!.trim()).to.equal('Québec');
    await expect(editor).to.be.accessible();

    const saved = oneEvent(list, 'client-saved');
    const opened = oneEvent(list, 'client-open');
    await h.click(h.get('button', 'Enregistrer'));
    const {detail} = await saved;
    expect(detail.created).to.be.true;
    expect((await opened).detail).to.deep.equal({clientId: detail.clientId});
    await h.waitFor(() => !editor.opened && h.all('dialog').length === 0, 'the editor closed');

    const client = (await getClient(store.db, detail.clientId))!;
    expect(client.code).to.equal('C-0008');
    expect(client.name).to.equal('Imprimerie Côté & Fils inc.');
    expect(client.address).to.include({civicNumber: '1020', street: 'avenue St-Jean-de-la-Lande', city: 'Saint-Georges', postalCode: 'G5Z 0M2', country: 'CA', province: 'QC'});
    await waitUntil(() => list.visibleClients.some((row) => row.id === detail.clientId), 'the new client is listed');

    // Creating another one starts empty: the saved client is not offered back as a draft.
    await lh.click(lh.get('button', 'Créer un client'));
    await h.waitFor(() => h.all('textbox', NAME).length === 1, 'the editor opened again');
    await h.settle();
    expect(h.field<HTMLInputElement>(NAME).value).to.equal('');
    expect(h.all('status', /^Brouillon repris/)).to.have.length(0);

    const file = document.createElement('client-detail') as ClientDetail;
    file.clientId = detail.clientId;
    provider.append(file);
    await waitUntil(() => file.shadowRoot?.querySelector('h1')?.textContent === 'Client C-0008', 'the new client opens');
  });

  it('keeps the editor closed when the host cancels client-create-request', async () => {
    const {el: list} = await mount<ClientList>('client-list', html`<client-list style="height: 560px"></client-list>`);
    const lh = new ShadowHarness(list);
    list.addEventListener('client-create-request', (event) => event.preventDefault());
    await lh.click(lh.get('button', 'Créer un client'));
    // The editor is made at the first "Créer un client" the host lets through: none here.
    const editor = list.shadowRoot!.querySelector('client-editor') as ClientEditor | null;
    expect(editor?.opened ?? false).to.be.false;
    expect(lh.all('dialog')).to.have.length(0);
  });

  it('saves nothing with the required fields empty: each message next to its field, focus on the first', async () => {
    const {el, h, store} = await openEditor();
    let saved = 0;
    el.addEventListener('client-saved', () => (saved += 1));
    await h.click(h.get('tab', 'Comptabilité'));
    await h.click(h.get('button', 'Enregistrer'));
    await h.waitFor(() => h.all('alert').length === 1, 'the errors are shown');

    expect(h.name(h.get('tab', /Informations de base/))).to.equal('Informations de base');
    expect(h.get('tab', 'Informations de base').getAttribute('aria-selected')).to.equal('true');
    expect(h.focused()).to.equal(h.field(NAME));
    for (const label of [NAME, 'No. civique', 'Nom de la rue', 'Ville', 'Code postal']) {
      const field = h.field(label);
      expect(h.error(field), label).to.equal(REQUIRED);
      expect(field.getAttribute('aria-invalid'), label).to.equal('true');
      expect(field.required, label).to.be.true;
      const star = h.root.querySelector(`label[for="${field.id}"] .required-star`)!;
      expect(getComputedStyle(star).color, label).to.equal('rgb(198, 40, 40)');
      // The message sits right under its field.
      const message = h.root.getElementById(`${field.id}-error`)!;
      expect(message.parentElement).to.equal(field.closest('.field'));
    }
    expect(h.error(h.field('Téléphone'))).to.equal('');
    expect(h.get('alert').textContent!.replace(/\s+/g, ' ').trim()).to.equal("5 champs à corriger : rien n'a été enregistré.");
    expect(saved).to.equal(0);
    expect(await countRecords(store.db, 'clients')).to.equal(7);
    await expect(el).to.be.accessible();

    await sendKeys({type: 'Imprimerie Nouvelle'});
    await h.settle();
    expect(h.error(h.field(NAME))).to.equal('');
  });

  it('switches to the tab of the first error', async () => {
    const {h} = await openEditor();
    await sendKeys({type: 'Imprimerie Roy'});
    await fillAddress(h);
    await h.click(h.get('tab', 'Comptabilité'));
    await h.type(h.field('Escompte'), 'abc');
    await h.click(h.get('tab', 'Informations de base'));
    await h.click(h.get('button', 'Enregistrer'));
    await h.waitFor(() => h.get('tab', 'Comptabilité').getAttribute('aria-selected') === 'true', 'the Comptabilité tab is shown');
    expect(h.focused()).to.equal(h.field('Escompte'));
    expect(h.error(h.field('Escompte'))).to.equal('Entrez un nombre.');
  });

  it('saves a prospect without an address', async () => {
    const {el, h, store} = await openEditor();
    await sendKeys({type: 'Prospect sans adresse'});
    await h.click(h.get('tab', 'Comptabilité'));
    await h.click(h.get('checkbox', 'Prospect'));
    expect(h.get<HTMLInputElement>('checkbox', 'Prospect').checked).to.be.true;
    await h.click(h.get('tab', 'Informations de base'));
    expect(h.field('No. civique').required).to.be.false;
    expect(h.root.querySelector(`label[for="${h.field('No. civique').id}"] .required-star`)).to.equal(null);
    expect(h.text()).to.contain('Un prospect peut être enregistré sans adresse.');
    const saved = oneEvent(el, 'client-saved');
    await h.click(h.get('button', 'Enregistrer'));
    const {detail} = await saved;
    const client = (await getClient(store.db, detail.clientId))!;
    expect(client.prospect).to.be.true;
    expect(client.address).to.equal(null);
  });

  it('clears and un-requires the province when France is chosen', async () => {
    const {h} = await openEditor();
    const country = h.field<HTMLSelectElement>('Pays');
    const province = () => h.field<HTMLSelectElement>('Province / état');
    expect(province().required).to.be.true;
    await h.choose(country, 'France');
    expect(country.value).to.equal('FR');
    expect(province().value).to.equal('');
    expect(province().required).to.be.false;
    expect(province().disabled).to.be.true;
    expect(h.root.querySelector(`label[for="${province().id}"] .required-star`)).to.equal(null);
    expect(h.description(province())).to.equal("Ce pays n'a pas de province ni d'état.");
    await h.choose(h.field<HTMLSelectElement>('Pays'), 'Canada');
    expect(province().required).to.be.true;
    expect(province().value, 'back to Canada: its default, Québec').to.equal('QC');
  });

  it('warns about possible duplicates while creating, each openable, and still lets save', async () => {
    const {el, h} = await openEditor();
    await sendKeys({type: 'EAU CLAIRE inc.'});
    await h.waitFor(() => h.all('button', /^C-0005/).length === 1, 'the warning lists eau Claire');
    expect(h.text()).to.contain('Clients semblables déjà dans la base');
    expect(h.text()).to.contain('(même nom)');
    expect(h.get('button', 'Enregistrer').getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    const opened = oneEvent(el, 'client-open');
    await h.click(h.get('button', 'C-0005 eau Claire'));
    expect((await opened).detail).to.deep.equal({clientId: 'c5'});
    expect(el.opened).to.be.false;
  });

  it('finds a duplicate by phone, and by civic number and postal code', async () => {
    const {h} = await openEditor();
    await h.type(h.field('Téléphone'), '(418) 774-9801');
    await h.waitFor(() => h.all('button', /^C-0001 Zinc Inc\./).length === 1, 'same phone as Zinc');
    expect(h.text()).to.contain('(même téléphone)');
    await h.type(h.field('Téléphone'), '819 555-0000');
    await h.type(h.field('No. civique'), '12');
    await h.type(h.field('Code postal'), 'h2x1y4');
    await h.waitFor(() => h.all('button', /^C-0002 Épicerie Bédard/).length === 1, 'same place as Épicerie Bédard');
    expect(h.text()).to.contain('(même adresse)');
    expect(h.all('button', /^C-0001/)).to.have.length(0);
  });

  it('opens from its attributes, and closes when the attribute is removed', async () => {
    const {el} = await mount<ClientEditor>('client-editor', html`<client-editor client-id="c4" open></client-editor>`);
    const h = new ShadowHarness(el);
    await h.waitFor(() => h.all('dialog', 'Modifier le client C-0004').length === 1, 'open on C-0004');
    expect(h.field(NAME).value).to.equal('Entrepôt Lévis');
    el.removeAttribute('open');
    await h.waitFor(() => h.all('dialog').length === 0, 'closed');
    expect(el.opened).to.be.false;
  });

  it('asks before discarding changes on Escape, and closes at once without changes', async () => {
    const {el, h, store} = await openEditor();
    await sendKeys({type: 'Quelque chose'});
    await h.press('Escape');
    await h.waitFor(() => h.all('alertdialog', 'Abandonner les modifications ?').length === 1, 'asked');
    expect(h.focused()).to.equal(h.get('button', 'Continuer la modification'));
    await expect(el).to.be.accessible();

    await h.press('Escape');
    await h.waitFor(() => h.all('alertdialog').length === 0, 'back to the editor');
    expect(el.opened).to.be.true;
    expect(h.field(NAME).value).to.equal('Quelque chose');

    await h.click(h.get('button', 'Fermer'));
    await h.waitFor(() => h.all('alertdialog').length === 1, 'asked again (×)');
    await h.click(h.get('button', 'Abandonner'));
    await h.waitFor(() => !el.opened, 'closed');
    expect(await countRecords(store.db, 'clients')).to.equal(7);

    el.open();
    await h.waitFor(() => h.all('textbox', NAME).length === 1, 'reopened');
    expect(h.field(NAME).value).to.equal('');
    await h.press('Escape');
    await h.waitFor(() => !el.opened, 'closed without asking');
    expect(h.all('alertdialog')).to.have.length(0);
  });

  it('keeps what was typed through a reload, and forgets it once discarded on purpose', async () => {
    const {el, h, store} = await openEditor();
    await sendKeys({type: 'Imprimerie Rechargée'});
    await h.settle();
    const dbName = store.db.name;
    // A reload: the page's elements and store are gone; the tab's session storage stays.
    el.remove();
    store.dispose();
    const again = new ClientStore({adapter: new LocalAdapter(), dbName});
    try {
      const provider = await fixture(html`<clients-provider .store=${again}><client-editor></client-editor></clients-provider>`);
      await again.whenReady();
      const editor = provider.querySelector('client-editor') as ClientEditor;
      const h2 = new ShadowHarness(editor);
      editor.open();
      await h2.waitFor(() => h2.all('textbox', NAME).length === 1, 'reopened');
      expect(h2.field(NAME).value).to.equal('Imprimerie Rechargée');
      expect(h2.get('status', /^Brouillon repris/)).to.exist;
      await h2.press('Escape');
      await h2.waitFor(() => h2.all('alertdialog').length === 1, 'asked before discarding');
      await h2.click(h2.get('button', 'Abandonner'));
      await h2.waitFor(() => !editor.opened, 'closed');
      editor.open();
      await h2.waitFor(() => h2.all('textbox', NAME).length === 1, 'reopened again');
      expect(h2.field(NAME).value).to.equal('');
      expect(h2.all('status', /^Brouillon repris/)).to.have.length(0);
    } finally {
      again.dispose();
    }
  });

  it('saves once on a double click', async () => {
    const {el, h, store} = await openEditor();
    await sendKeys({type: 'Imprimerie Double'});
    await fillAddress(h);
    let calls = 0;
    const create = store.createClient.bind(store);
    store.createClient = async (draft) => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return create(draft);
    };
    let saved = 0;
    el.addEventListener('client-saved', () => (saved += 1));
    const button = h.get('button', 'Enregistrer');
    const box = button.getBoundingClientRect();
    const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({type: 'click', position});
    await sendMouse({type: 'click', position});
    await waitUntil(() => saved === 1, 'saved');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls).to.equal(1);
    expect(saved).to.equal(1);
    expect(store.rows.filter((row) => row.name === 'Imprimerie Double')).to.have.length(1);
  });

  it('edits a client: title with its code, fields filled, saved without a duplicate warning', async () => {
    const {el, h, store} = await openEditor('c5');
    expect(h.get('dialog', 'Modifier le client C-0005')).to.exist;
    expect(h.field(NAME).value).to.equal('eau Claire');
    expect(h.field('Code postal').value).to.equal('G5Z 0M2');
    const remove = h.get('button', 'Supprimer');
    await h.waitFor(() => /Ce client a 2 factures\./.test(h.description(remove)), 'delete is disabled with the reason');
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    expect(h.description(remove)).to.contain('Rendez plutôt ce client inactif');
    await h.type(h.field('Téléphone'), '4185550199');
    expect(h.all('status').filter((node) => node.textContent!.includes('semblables'))).to.have.length(0);
    const saved = oneEvent(el, 'client-saved');
    await h.click(h.get('button', 'Enregistrer'));
    expect((await saved).detail).to.deep.equal({clientId: 'c5', created: false});
    expect((await getClient(store.db, 'c5'))!.phone).to.equal('418 555-0199');
  });

  it('bills to another client through a searchable picker, never itself', async () => {
    const {el, h, store} = await openEditor('c5');
    await h.click(h.get('tab', 'Comptabilité'));
    const picker = h.get<HTMLInputElement>('combobox', 'Facturer à une autre entité');
    await h.type(picker, 'e');
    expect(picker.getAttribute('aria-expanded')).to.equal('true');
    expect(h.all('option').map((option) => h.name(option))).not.to.include('C-0005 eau Claire');
    await sendKeys({type: 'picerie'});
    await h.settle();
    expect(h.all('option').map((option) => h.name(option))).to.deep.equal(['C-0002 Épicerie Bédard']);
    await h.press('Enter');
    expect(picker.value).to.equal('C-0002 Épicerie Bédard');
    expect(picker.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'client-saved');
    await h.click(h.get('button', 'Enregistrer'));
    await saved;
    expect((await getClient(store.db, 'c5'))!.billToClientId).to.equal('c2');
  });

  it('shows the accounting fields read-only, with the reason, without the right', async () => {
    const {h} = await openEditor('c4', {permissions: ALL_RIGHTS.filter((right) => right !== 'client.edit-accounting')});
    await h.click(h.get('tab', 'Comptabilité'));
    expect(h.text()).to.contain("Lecture seule : vous n'avez pas le droit de modifier les informations comptables.");
    expect(h.field<HTMLSelectElement>('Terme de paiement').disabled).to.be.true;
    expect(h.field('Clé de tri').readOnly).to.be.true;
    expect(h.description(h.field('Clé de tri'))).to.contain('Lecture seule');
    expect(h.get<HTMLInputElement>('checkbox', 'Prospect').disabled).to.be.true;
  });

  it('hides the Prospect box once the client has a production job', async () => {
    const {h} = await openEditor('c5');
    await h.click(h.get('tab', 'Comptabilité'));
    expect(h.all('checkbox', 'Prospect')).to.have.length(0);
  });

  it('asks for the client logo with "Client" identification, previews it and keeps it', async () => {
    const {el, h, store} = await openEditor();
    await sendKeys({type: 'Imprimerie Logo'});
    await fillAddress(h);
    await h.click(h.get('tab', 'Informations additionnelles'));
    await h.choose(h.field<HTMLSelectElement>("Identification expéditeur sur le bon d'expédition et les étiquettes"), 'Client');
    const input = h.field<HTMLInputElement>('Logo du client');
    chooseFiles(input, [new File(['hello'], 'notes.txt', {type: 'text/plain'})]);
    await h.settle();
    expect(h.error(h.field('Logo du client'))).to.equal('Le logo doit être une image (PNG, JPEG, GIF, WebP ou SVG).');
    chooseFiles(h.field<HTMLInputElement>('Logo du client'), [pngFile()]);
    await h.waitFor(() => h.all('img', 'Aperçu du logo du client').length === 1, 'the logo is previewed');
    expect(h.error(h.field('Logo du client'))).to.equal('');
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'client-saved');
    await h.click(h.get('button', 'Enregistrer'));
    const client = (await getClient(store.db, (await saved).detail.clientId))!;
    expect(client.shipperIdentification).to.equal('client');
    expect(client.logoId).to.be.a('string');
    expect(await store.db.attachments.get(client.logoId!)).to.exist;
  });

  it('speaks English with the provider in en-CA', async () => {
    const {h} = await openEditor(undefined, {locale: 'en-CA', seed: editorSeed()});
    expect(h.get('dialog', 'Create a client')).to.exist;
    await h.click(h.get('button', 'Save'));
    await h.waitFor(() => h.all('alert').length === 1, 'errors');
    expect(h.error(h.field('Company name'))).to.not.equal('');
  });
});
