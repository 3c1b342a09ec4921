import {expect, fixture, fixtureCleanup, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {ClientsProvider} from '../../components/clients-provider/clients-provider.js';
import type {ClientDetail} from '../../components/client-detail/client-detail.js';
import {ClientStore} from '../../src/store/client-store.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import type {Client, Contact, Note, SeedBundle} from '../../src/model/types.js';
import {makeContact, smallSeed, uniqueDbName} from '../helpers/fixtures.js';
import {getClient, putRecord, writeScope} from '../../src/store/records.js';

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Finds what a user finds in the element's shadow root: by role and accessible name, and visible text. */
class DetailHarness {
  constructor(readonly el: ClientDetail) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  text(): string {
    return normalize(this.root.textContent);
  }

  all(role: string, name?: string | RegExp): HTMLElement[] {
    const selectors: Record<string, string> = {
      button: 'button, [role="button"]',
      link: 'a[href]',
      heading: 'h1, h2, h3, h4',
      tab: '[role="tab"]',
      tabpanel: '[role="tabpanel"]',
      menu: '[role="menu"]',
      menuitem: '[role="menuitem"]',
      img: '[role="img"]',
      navigation: 'nav',
      table: 'table',
    };
    const implicit = new Set(['button', 'link', 'heading', 'navigation', 'table']);
    return [...this.root.querySelectorAll<HTMLElement>(selectors[role] ?? `[role="${role}"]`)]
      .filter((node) => !implicit.has(role) || !node.hasAttribute('role') || node.getAttribute('role') === role)
      .filter((node) => !node.closest('[hidden]'))
      .filter((node) => {
        if (name === undefined) return true;
        const accessible = this.name(node);
        return typeof name === 'string' ? accessible === name : name.test(accessible);
      });
  }

  get(role: string, name?: string | RegExp): HTMLElement {
    const found = this.all(role, name);
    if (found.length !== 1) throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}`);
    return found[0]!;
  }

  name(node: Element): string {
    const label = node.getAttribute('aria-label');
    if (label) return label;
    const labelledBy = node.getAttribute('aria-labelledby');
    if (labelledBy) return normalize(labelledBy.split(' ').map((id) => this.root.getElementById(id)?.textContent).join(' '));
    return normalize(textOf(node));
  }

  title(): string {
    return normalize(this.root.querySelector('h1')?.textContent);
  }

  selectedTab(): string {
    return this.name(this.get('tab').parentElement!.querySelector('[aria-selected="true"]')!);
  }

  panel(): HTMLElement {
    return this.get('tabpanel');
  }

  focused(): Element | null {
    return this.root.activeElement;
  }

  async selectTab(name: RegExp): Promise<void> {
    this.get('tab', name).click();
    await this.el.updateComplete;
  }
}

interface Setup {
  provider: ClientsProvider;
  el: ClientDetail;
  h: DetailHarness;
  store: ClientStore;
}

let stores: ClientStore[] = [];

function seedWith(change?: (seed: SeedBundle) => void): SeedBundle {
  const seed = smallSeed();
  const c5 = seed.clients.find((c) => c.id === 'c5')!;
  c5.repId = 'eg';
  c5.website = 'lesroydelapomme.com';
  c5.fax = '5148566225';
  change?.(seed);
  return seed;
}

async function setup(clientId = 'c5', seed = seedWith(), adapter = new LocalAdapter({seedData: seed})): Promise<Setup> {
  const store = new ClientStore({adapter, dbName: uniqueDbName('detail')});
  stores.push(store);
  const provider = await fixture<ClientsProvider>(
    html`<clients-provider .store=${store}><client-detail client-id=${clientId}></client-detail></clients-provider>`,
  );
  const el = provider.querySelector('client-detail')!;
  await store.whenReady();
  return {provider, el, h: new DetailHarness(el), store};
}

async function ready(clientId = 'c5', seed?: SeedBundle): Promise<Setup> {
  const result = await setup(clientId, seed);
  await waitUntil(() => result.el.client !== undefined, 'the client file is shown');
  // The history follows the import: wait until the tabs count every document of the client.
  const stored = await result.store.db.documents.where('clientId').equals(clientId).count();
  await waitUntil(() => documentsInTabs(result.h) === stored, 'the history is shown');
  await result.el.updateComplete;
  return result;
}

/** The sum of the counts shown on the four document tabs. */
function documentsInTabs(h: DetailHarness): number {
  return h
    .all('tab')
    .slice(0, 4)
    .reduce((sum, tab) => sum + Number(/\((\d+)\)/.exec(h.name(tab))?.[1] ?? 0), 0);
}

async function putClient(store: ClientStore, id: string, change: Partial<Client>): Promise<void> {
  const before = (await getClient(store.db, id))!;
  const record = {...before, ...change, updatedAt: new Date().toISOString()};
  await store.write([{type: 'put', table: 'clients', key: id, record, before}]);
}

/** Puts a record into the cache as imported data would be, without the backend's validation. */
async function importClient(store: ClientStore, id: string, change: Partial<Client>): Promise<void> {
  const record = {...(await getClient(store.db, id))!, ...change};
  await store.db.transaction('rw', [...writeScope(store.db, ['clients']), store.db.changes], async () => {
    await putRecord(store.db, 'clients', record);
    await store.db.changes.add({table: 'clients', key: id});
  });
}

/** Text content as the accessible name computes it from content: aria-hidden parts left out. */
function textOf(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(textOf).join('');
}

describe('<client-detail>', () => {
  afterEach(() => {
    fixtureCleanup();
    for (const store of stores) store.dispose();
    stores = [];
  });

  it('shows the header: breadcrumb, title, favourite star, status and Actions', async () => {
    const {el, h} = await ready();
    expect(h.title()).to.equal('Client C-0005');
    const nav = h.get('navigation', "Fil d'Ariane");
    expect(normalize(nav.textContent)).to.equal('Clients C-0005');
    expect(nav.querySelector('[aria-current="page"]')?.textContent).to.equal('C-0005');
    expect(h.get('button', 'Ajouter aux favoris').getAttribute('aria-pressed')).to.equal('false');
    expect(normalize(h.root.querySelector('.status')?.textContent)).to.equal('Actif');
    expect(h.get('button', /^Actions/).getAttribute('aria-haspopup')).to.equal('menu');
    expect(el.client?.code).to.equal('C-0005');
  });

  it('shows the coordinates and information cards', async () => {
    const {h} = await ready();
    expect(h.all('heading', 'eau Claire').map((heading) => heading.localName)).to.deep.equal(['h2', 'h3']); // the company, its address
    const text = h.text();
    expect(text).to.contain('Adresse');
    const lines = [...h.root.querySelectorAll('[part~="coordinates"] .line')].map((line) => line.textContent);
    expect(lines).to.deep.equal(['1020, avenue St-Jean-de-la-Lande', 'Saint-Georges QC  G5Z 0M2', 'Canada']);
    const routes = h.all('link', "Voir l'itinéraire dans une carte");
    expect(routes).to.have.length(2); // the client's address and the shipping address
    const route = routes[0] as HTMLAnchorElement;
    expect(route.href).to.match(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=1020%20avenue/);
    expect(route.target).to.equal('_blank');
    expect(route.rel).to.equal('noopener noreferrer');
    const phone = h.get('link', '514 856-6224') as HTMLAnchorElement;
    expect(phone.getAttribute('href')).to.equal('tel:+15148566224');
    expect(text).to.contain('Télécopieur 514 856-6225');
    const site = h.get('link', 'lesroydelapomme.com') as HTMLAnchorElement;
    expect(site.href).to.equal('https://lesroydelapomme.com/');
    expect(site.rel).to.equal('noopener noreferrer');
    expect(text).to.contain('Date création 2024-01-16');
    expect(text).to.contain('Langue Français');
    expect(text).to.contain("Secteur d'activité Alimentation et grossiste");
    expect(text).to.contain('Représentant Eric Gilbert');
  });

  it('lists contacts (default first, marks named, inactive greyed) and shipping addresses', async () => {
    const {h} = await ready();
    const contacts = h.get('heading', 'Contacts (2)').closest('section')!;
    const cards = [...contacts.querySelectorAll('li')];
    expect(cards.map((card) => normalize(card.querySelector('h3')?.textContent))).to.deep.equal([
      'Pierre Veilleux',
      'Hélène Côté, Contact inactif',
    ]);
    const marks = (card: Element) => [...card.querySelectorAll('[role="img"]')].map((m) => m.getAttribute('aria-label'));
    expect(marks(cards[0]!)).to.have.members(['Contact par défaut', 'Synchronisé avec HubSpot']);
    expect(marks(cards[1]!)).to.deep.equal(['Facturation - Responsable']);
    expect(cards[0]!.classList.contains('inactive')).to.be.false;
    expect(cards[1]!.classList.contains('inactive')).to.be.true;
    expect(getComputedStyle(cards[1]!).color).not.to.equal(getComputedStyle(cards[0]!).color);
    const email = cards[0]!.querySelector('a[href^="mailto:"]') as HTMLAnchorElement;
    expect(email.textContent).to.equal('pierre.veilleux@example.ca');

    // The + buttons open the contact and address editors (test/components/contact-editor.test.ts, address-editor.test.ts).
    expect(h.get('button', 'Ajouter un contact').hasAttribute('aria-disabled')).to.be.false;

    const addresses = h.get('heading', 'Adresses (1)').closest('section')!;
    expect(addresses.querySelector('[role="img"]')?.getAttribute('aria-label')).to.equal('Adresse principale');
    expect(normalize(addresses.querySelector('li')?.textContent)).to.contain('eau Claire 1020, avenue St-Jean-de-la-Lande');
    expect(h.get('button', 'Ajouter une adresse').hasAttribute('aria-disabled')).to.be.false;
  });

  it('has five history tabs with counts, moved between with the arrow keys, Home and End', async () => {
    const {el, h} = await ready();
    expect(h.all('tab').map((tab) => h.name(tab))).to.deep.equal([
      'Soumissions (1)',
      'Dossiers (1)',
      'Expéditions (0)',
      'Factures (2)',
      'Notes (0)',
    ]);
    expect(h.get('tab', 'Factures (2)').getAttribute('aria-selected')).to.equal('true');
    expect(h.panel().getAttribute('aria-labelledby')).to.equal('tab-invoices');
    h.get('tab', 'Factures (2)').focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(h.name(h.focused()!)).to.equal('Notes (0)');
    expect(h.get('tab', 'Notes (0)').getAttribute('aria-selected')).to.equal('true');
    expect(el.tab).to.equal('notes');
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(h.name(h.focused()!)).to.equal('Soumissions (1)');
    expect(normalize(h.panel().textContent)).to.contain('S-0001 2024-01-10');
    expect(normalize(h.panel().textContent)).to.contain('3 000,00 $');
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(h.name(h.focused()!)).to.equal('Notes (0)');
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect(h.name(h.focused()!)).to.equal('Soumissions (1)');
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(h.name(h.focused()!)).to.equal('Notes (0)');
    expect(h.all('tab').filter((tab) => tab.tabIndex === 0)).to.have.length(1);
    expect(h.all('tabpanel')).to.have.length(1);
  });

  it('lists invoices newest first with French money, and asks the host to open one', async () => {
    const {el, h} = await ready();
    const table = h.get('table', 'Factures');
    expect([...table.querySelectorAll('thead th')].map((th) => normalize(th.textContent))).to.deep.equal([
      'Facture #',
      'Date',
      'Dossier #',
      'Total (CAD)',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => normalize(cell.textContent)));
    expect(rows).to.deep.equal([
      ['PF-0013', '2025-04-17', 'D-0006', '40,62 $'],
      ['00005', '2024-01-24', 'D-0015D-0016', '2 938,00 $'],
    ]);
    const opened = oneEvent(el, 'document-open');
    h.get('button', '00005').click();
    const event = await opened;
    expect(event.detail).to.deep.equal({clientId: 'c5', documentId: 'i2', kind: 'invoice', number: '00005'});
    expect(event.composed).to.be.true;
  });

  it('asks the host to create an invoice', async () => {
    const {el, h} = await ready();
    const requested = oneEvent(el, 'invoice-create-request');
    h.get('button', 'Créer une facture').click();
    expect((await requested).detail).to.deep.equal({clientId: 'c5'});
  });

  it('shows the annual sales only as last computed, and computes them on refresh', async () => {
    const {h, store} = await ready();
    const year = new Date().getFullYear();
    const chart = h.root.querySelector('[part~="chart"]')!;
    expect(h.get('heading', `Ventes annuelles ${year - 4}-${year}`)).to.exist;
    expect(normalize(chart.textContent)).to.contain('Jamais calculé : cliquez sur Actualiser.');
    expect(chart.querySelectorAll('rect.bar')).to.have.length(0);
    expect(await store.db.sales.get('c5')).to.be.undefined; // never computed implicitly

    h.get('button', 'Actualiser le total des ventes').click();
    await waitUntil(() => normalize(chart.textContent).includes('Calculé le'), 'computed');
    const table = chart.querySelector('table')!;
    const values = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => normalize(cell.textContent)));
    const expected = [year - 4, year - 3, year - 2, year - 1, year].map((y) => [
      String(y),
      y === 2024 ? '2 938,00 $' : y === 2025 ? '40,62 $' : '0,00 $',
    ]);
    expect(values).to.deep.equal(expected);
    const bars = [...chart.querySelectorAll<SVGRectElement>('rect.bar')];
    expect(bars).to.have.length(5);
    const height = (y: number) => Number(bars.find((bar) => bar.dataset.year === String(y))?.getAttribute('height') ?? 0);
    if (year - 4 <= 2024) expect(height(2024)).to.be.greaterThan(height(2025));
    const ticks = [...chart.querySelectorAll('text.tick')].map((t) => normalize(t.textContent));
    expect(ticks).to.include('0 $');
    expect(ticks).to.include('3 000 $');
  });

  it('asks the host for the list from the breadcrumb', async () => {
    const {el, h} = await ready();
    const requested = oneEvent(el, 'client-list-request');
    h.get('button', 'Clients').click();
    expect((await requested).detail).to.deep.equal({});
  });

  it('toggles the favourite', async () => {
    const {h, store} = await ready();
    h.get('button', 'Ajouter aux favoris').click();
    await waitUntil(() => h.all('button', 'Retirer des favoris').length === 1, 'favourite added');
    expect(h.get('button', 'Retirer des favoris').getAttribute('aria-pressed')).to.equal('true');
    expect(store.favourites.has('c5')).to.be.true;
    h.get('button', 'Retirer des favoris').click();
    await waitUntil(() => h.all('button', 'Ajouter aux favoris').length === 1, 'favourite removed');
    expect(store.favourites.has('c5')).to.be.false;
  });

  it('makes no link of a website that is not http or https', async () => {
    const {h, store} = await ready();
    await importClient(store, 'c5', {website: 'javascript:alert(1)'});
    await waitUntil(() => h.text().includes('javascript:alert(1)'), 'website shown');
    const hrefs = h.all('link').map((a) => (a as HTMLAnchorElement).protocol);
    expect(hrefs.every((protocol) => ['https:', 'http:', 'tel:', 'mailto:'].includes(protocol))).to.be.true;
    expect(h.all('link', 'Ouvrir le site web')).to.have.length(0);
    expect(h.root.querySelector('.website a')).to.be.null;
  });

  it('shows notes as text, never as HTML', async () => {
    const {el, h, store} = await ready();
    const text = '<img src=x onerror=alert(1)> Attention, toujours prévoir un extra pour la livraison.';
    const note: Note = {
      id: 'n1',
      clientId: 'c5',
      category: 'shipping',
      text,
      createdBy: 'pl.poulin@tactic-tgi.com',
      createdAt: '2025-05-05T15:55:46.000Z',
      attachments: [{id: 'f1', name: 'plan.pdf', size: 10, type: 'application/pdf', stored: true, addedAt: '2025-05-05T15:55:46.000Z'}],
      updatedAt: '2025-05-05T15:55:46.000Z',
      version: 1,
    };
    await store.write([{type: 'put', table: 'notes', key: 'n1', record: note, before: null}]);
    await waitUntil(() => h.all('tab', 'Notes (1)').length === 1, 'note counted');
    await h.selectTab(/^Notes/);
    expect(el.tab).to.equal('notes');
    // The Notes tab is a <notes-panel> (its own tests: test/components/notes-panel.test.ts).
    await waitUntil(() => el.shadowRoot!.querySelector('notes-panel')?.shadowRoot?.querySelector('tbody tr'), 'note listed');
    const panel = el.shadowRoot!.querySelector('notes-panel')!;
    const table = panel.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('img')).to.be.null;
    const cells = [...table.querySelectorAll('tbody tr > *')].map((cell) => normalize(cell.textContent));
    expect(cells[0]).to.equal('Expédition');
    expect(cells[1]).to.contain('pl.poulin@tactic-tgi.com');
    expect(cells[2]).to.contain(text);
    expect(panel.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('1 fichier joint');
  });

  it('stays live: changes to the client and its contacts show without reload', async () => {
    const {h, store} = await ready();
    await putClient(store, 'c5', {name: 'eau Claire inc.', active: false});
    await waitUntil(() => h.all('heading', 'eau Claire inc.').length === 1, 'name updated');
    expect(normalize(h.root.querySelector('.status')?.textContent)).to.equal('Inactif');
    const contact: Contact = makeContact({id: 'k3', clientId: 'c5', firstName: 'Mélissa', lastName: 'Marino'});
    await store.write([{type: 'put', table: 'contacts', key: 'k3', record: contact, before: null}]);
    await waitUntil(() => h.all('heading', 'Contacts (3)').length === 1, 'contact added');

    // Another store on the same database, as another tab would have.
    const other = new ClientStore({adapter: new LocalAdapter({seedData: smallSeed()}), dbName: store.db.name});
    stores.push(other);
    await other.whenReady();
    await putClient(other, 'c5', {code: 'C-0105'});
    await waitUntil(() => h.title() === 'Client C-0105', 'change from the other store shown');
  });

  it('follows a change of client-id', async () => {
    const {el, h} = await ready();
    el.clientId = 'c7';
    await waitUntil(() => h.title() === 'Client C-0007', 'other client shown');
    expect(normalize(h.root.querySelector('.status')?.textContent)).to.equal('Prospect');
    expect(h.text()).to.contain('Adresse Aucune adresse');
    expect(h.all('link', "Voir l'itinéraire dans une carte")).to.have.length(0);
    expect(h.get('heading', 'Contacts (0)')).to.exist;
  });

  it('says when the client cannot be found', async () => {
    const {el, h} = await setup('nope');
    await waitUntil(() => h.text().includes('Ce client est introuvable'), 'not found');
    expect(el.client).to.be.undefined;
    expect(h.all('heading')).to.have.length(0);
    expect(h.get('button', 'Clients')).to.exist;
  });

  it('tells about a store problem', async () => {
    const {h} = await setup('c5', seedWith(), new LocalAdapter({seed: '/does-not-exist.json'}));
    await waitUntil(() => h.all('alert').length > 0, 'problem shown');
    expect(h.text()).to.contain("Les données de démonstration n'ont pas pu être chargées");
  });

  it('speaks English when the provider does', async () => {
    const {provider, el, h} = await ready();
    provider.locale = 'en-CA';
    await provider.updateComplete;
    await el.updateComplete;
    expect(h.get('heading', 'Contacts (2)')).to.exist;
    expect(h.get('heading', 'Addresses (1)')).to.exist;
    expect(h.all('tab').map((tab) => h.name(tab))).to.deep.equal(['Quotes (1)', 'Jobs (1)', 'Shipments (0)', 'Invoices (2)', 'Notes (0)']);
    expect(normalize(h.root.querySelector('.status')?.textContent)).to.equal('Active');
    expect(h.text()).to.contain('Business sector Food and wholesale');
    expect(h.text()).to.contain('$2,938.00');
    expect(h.text()).to.contain('1020 avenue St-Jean-de-la-Lande');
    expect(h.get('button', 'Add to favourites')).to.exist;
    expect(h.root.querySelector('[lang]')?.getAttribute('lang')).to.equal('en');
  });

  it('has an accessible Actions menu, entries without the right disabled with the reason', async () => {
    const {el, h} = await ready();
    const button = h.get('button', /^Actions/);
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = h.all('menuitem');
    expect(items.map((item) => h.name(item))).to.deep.equal([
      'Modifier ce client',
      'Modifier le code client',
      'Rendre inactif',
      'Envoyer à Système comptable',
      'Récupérer solde',
      'Supprimer',
    ]);
    expect(items.map((i) => i.getAttribute('aria-disabled'))).to.deep.equal(['false', 'true', 'false', 'true', 'false', 'true']);
    expect(items[1]!.querySelector('.menu-item-reason')?.textContent).to.equal('Réservé aux utilisateurs qui ont le droit de modifier le code client.');
    await waitUntil(() => h.focused() === items[0], 'first item focused');
    await sendKeys({press: 'ArrowDown'});
    expect(h.focused()).to.equal(items[1]);
    await sendKeys({press: 'End'});
    expect(h.focused()).to.equal(items[5]);
    await sendKeys({press: 'ArrowDown'});
    expect(h.focused()).to.equal(items[0]);
    await sendKeys({press: 'r'});
    expect(h.focused()).to.equal(items[2]);
    items[1]!.click(); // disabled: nothing happens, nothing throws
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(h.all('menu')).to.have.length(0);
    expect(h.focused()).to.equal(button);
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    await waitUntil(() => h.focused() === h.all('menuitem')[5], 'last item focused');
  });

  it('offers "Rendre actif" for an inactive client, and closes the menu on a press elsewhere or Tab', async () => {
    const {el, h} = await ready('c6');
    const button = h.get('button', /^Actions/);
    button.click();
    await waitUntil(() => h.all('menuitem', 'Rendre actif').length === 1);
    expect(h.all('menuitem', 'Rendre inactif')).to.have.length(0);
    document.body.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, composed: true}));
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await waitUntil(() => h.focused() === h.all('menuitem')[0], 'reopened');
    await sendKeys({press: 'Tab'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('is accessible', async () => {
    const {el, h} = await ready();
    await expect(el).to.be.accessible();
    h.get('button', 'Actualiser le total des ventes').click();
    await waitUntil(() => h.text().includes('Calculé le'));
    await h.selectTab(/^Soumissions/);
    await expect(el).to.be.accessible();
  });
});
