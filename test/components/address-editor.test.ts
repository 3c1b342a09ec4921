import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import type {AddressEditor} from '../../components/address-editor/address-editor.js';
import type {AddressLookupProvider} from '../../src/adapters/address-lookup.js';
import type {ClientDetail} from '../../components/client-detail/client-detail.js';
import type {SeedBundle} from '../../src/model/types.js';
import {disposeStores, editorSeed, mount} from '../helpers/editor-setup.js';
import {makeDocument} from '../helpers/fixtures.js';
import {ShadowHarness} from '../helpers/harness.js';
import {mockRequests, startMockWorker, stopMockWorker} from '../helpers/msw.js';

/** eau Claire (c5) has one address, a1 (principal), used on shipping slip E-0001; Zinc Inc. (c1) has none. */
function addressSeed(): SeedBundle {
  return editorSeed((seed) => {
    seed.documents.push(makeDocument({id: 's1', clientId: 'c5', kind: 'shipment', number: 'E-0001', addressId: 'a1'}));
  });
}

const REQUIRED = 'Ce champ est obligatoire.';

async function openLone(clientId = 'c1', addressId = '') {
  const mounted = await mount<AddressEditor>('address-editor', html`<address-editor client-id=${clientId}></address-editor>`, {seed: addressSeed()});
  const h = new ShadowHarness(mounted.el);
  mounted.el.open(addressId || undefined);
  await h.waitFor(() => h.all('textbox', 'No civique').length === 1, 'the editor shows its fields');
  await h.settle();
  return {...mounted, h};
}

async function fill(h: ShadowHarness, values: {civic?: string; street?: string; city?: string; postal?: string} = {}): Promise<void> {
  await h.type(h.field('No civique'), values.civic ?? '355');
  await h.type(h.field('Nom de la rue'), values.street ?? 'avenue de la Jeunesse');
  await h.type(h.field('Ville'), values.city ?? 'Montréal');
  await h.type(h.field('Code postal'), values.postal ?? 'h2x1y4');
}

async function save(h: ShadowHarness, el: AddressEditor) {
  const saved = oneEvent(el, 'address-saved');
  await h.click(h.get('button', 'Enregistrer'));
  return (await saved).detail;
}

describe('<address-editor>', () => {
  afterEach(() => disposeStores());

  it('two addresses, the second marked principal: one house, on the second; its route opens a map', async () => {
    const {el: file, store} = await mount<ClientDetail>('client-detail', html`<client-detail client-id="c5"></client-detail>`, {seed: addressSeed()});
    const f = new ShadowHarness(file);
    await f.waitFor(() => f.all('heading', 'Adresses (1)').length === 1, 'one address');
    const panel = () => f.get('heading', /^Adresses/).closest('section')!;
    const houses = () => [...panel().querySelectorAll('[role="img"][aria-label="Adresse principale"]')].map((m) => m.closest('li')!.querySelector('h3')!.textContent!.trim());
    expect(houses()).to.deep.equal(['eau Claire']);

    await f.click(f.get('button', 'Ajouter une adresse'));
    const editor = file.shadowRoot!.querySelector('address-editor') as AddressEditor;
    const h = new ShadowHarness(editor);
    await h.waitFor(() => h.all('dialog', "Édition d'une adresse").length === 1, 'the editor opened');
    await h.waitFor(() => h.focused() === h.field("Nom de l'entreprise (si différente)"), 'focus on the first field');
    for (const label of ['No civique', 'Nom de la rue', 'Ville', 'Code postal']) expect(h.field(label).required, label).to.be.true;
    for (const label of ['Bureau / appartement / local / unité / étage', 'Pays', 'Province / état', 'Aux soins de (contact pour la livraison)', 'Téléphone', 'Poste', 'Courriel', 'Notes concernant la livraison à cette adresse']) {
      expect(h.field(label), label).to.exist;
    }
    expect(h.field<HTMLSelectElement>('Pays').value).to.equal('CA');
    expect(h.field<HTMLSelectElement>('Province / état').value).to.equal('QC');
    expect(h.get<HTMLInputElement>('checkbox', 'Principale').checked).to.be.false;
    await expect(editor).to.be.accessible();

    await h.type(h.field("Nom de l'entreprise (si différente)"), 'Entrepôt du Quai');
    await fill(h, {civic: '12', street: 'rue du Quai', city: 'Lévis', postal: 'g6v1a1'});
    await h.click(h.get('checkbox', 'Principale'));
    expect(h.description(h.get('checkbox', 'Principale'))).to.equal('Remplace « eau Claire » comme adresse principale.');
    const {addressId, clientId, created} = await save(h, editor);
    expect({clientId, created}).to.deep.equal({clientId: 'c5', created: true});
    await f.waitFor(() => f.all('heading', 'Adresses (2)').length === 1, 'two addresses');
    await waitUntil(() => houses().join() === 'Entrepôt du Quai', 'one house, on the second');
    expect((await store.db.addresses.get('a1'))!.principal).to.be.false;
    expect((await store.db.addresses.get(addressId))!.principal).to.be.true;

    const card = [...panel().querySelectorAll('li')].find((li) => li.textContent!.includes('Entrepôt du Quai'))!;
    const route = card.querySelector<HTMLAnchorElement>('a[aria-label="Voir l\'itinéraire dans une carte"]')!;
    expect(route.target).to.equal('_blank');
    expect(route.rel).to.contain('noopener');
    const url = new URL(route.href);
    expect(url.origin + url.pathname).to.equal('https://www.google.com/maps/dir/');
    expect(url.searchParams.get('destination')).to.equal('12 rue du Quai, Lévis QC G6V 1A1, Canada');
  });

  it("makes a client's first address principal", async () => {
    const {h, el, store} = await openLone('c1');
    const principal = h.get<HTMLInputElement>('checkbox', 'Principale');
    expect(principal.checked).to.be.true;
    expect(principal.disabled).to.be.true;
    expect(h.description(principal)).to.equal("La première adresse d'un client est sa principale.");
    await fill(h);
    const {addressId} = await save(h, el);
    expect((await store.db.addresses.get(addressId))!.principal).to.be.true;
  });

  it('saves h2x1y4 as H2X 1Y4 and refuses D2X 1Y4, next to the field', async () => {
    const {h, el, store} = await openLone('c1');
    await fill(h, {postal: 'D2X 1Y4'});
    await h.click(h.get('button', 'Enregistrer'));
    await h.waitFor(() => h.error(h.field('Code postal')) !== '', 'refused');
    expect(h.error(h.field('Code postal'))).to.equal('Code postal canadien invalide (ex. : G5Z 0M2).');
    expect(h.focused()).to.equal(h.field('Code postal'));
    expect(await store.db.addresses.where('clientId').equals('c1').count()).to.equal(0);
    await expect(el).to.be.accessible();

    await h.type(h.field('Code postal'), 'h2x1y4');
    const {addressId} = await save(h, el);
    expect((await store.db.addresses.get(addressId))!.postalCode).to.equal('H2X 1Y4');
  });

  it('asks for a state when a Québec address moves to the United States', async () => {
    const {h, el, store} = await openLone('c1');
    await fill(h, {postal: '10001', city: 'New York', street: '5th Avenue', civic: '350'});
    const province = () => h.field<HTMLSelectElement>('Province / état');
    expect(province().value).to.equal('QC');
    // The United States come right after Canada: one ↓ on the closed list.
    h.field<HTMLSelectElement>('Pays').focus();
    await h.press('ArrowDown');
    expect(h.field<HTMLSelectElement>('Pays').selectedOptions[0]!.textContent!.trim()).to.equal('États-Unis');
    expect(province().value).to.equal('');
    expect(province().required).to.be.true;
    expect(h.root.querySelector(`label[for="${province().id}"] .required-star`)).to.exist;
    await h.click(h.get('button', 'Enregistrer'));
    await h.waitFor(() => h.error(province()) !== '', 'a state is asked for');
    expect(h.error(province())).to.equal(REQUIRED);
    expect(h.focused()).to.equal(province());
    await h.choose(province(), 'New York');
    const {addressId} = await save(h, el);
    expect(await store.db.addresses.get(addressId)).to.deep.include({country: 'US', province: 'NY', postalCode: '10001'});
  });

  it('cannot delete an address used on a shipping slip, and says why', async () => {
    const {h} = await openLone('c5', 'a1');
    const remove = h.get('button', 'Supprimer');
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    expect(h.description(remove)).to.equal("Cette adresse ne peut pas être supprimée. Elle est utilisée sur le bon d'expédition E-0001.");
  });

  it('opens from its attributes and shows no lookup without a key', async () => {
    const {el} = await mount<AddressEditor>('address-editor', html`<address-editor client-id="c5" address-id="a1" open></address-editor>`, {seed: addressSeed()});
    const h = new ShadowHarness(el);
    await h.waitFor(() => h.field('Code postal').value === 'G5Z 0M2', 'open on a1');
    expect(h.field("Nom de l'entreprise (si différente)").value).to.equal('eau Claire');
    expect(h.all('button', "Rechercher l'adresse")).to.have.length(0);
    el.removeAttribute('open');
    await h.waitFor(() => h.all('dialog').length === 0, 'closed');
  });

  it('takes another lookup through the `addressLookup` property (provider or editor)', async () => {
    const {h, el, provider, store} = await openLone('c1');
    const lookup: AddressLookupProvider = {
      suggest: async () => [{id: 'p1', label: '12, rue du Quai, Lévis'}],
      details: async () => ({civicNumber: '12', street: 'rue du Quai', unit: '', city: 'Lévis', province: 'QC', postalCode: 'G6V 1A1', country: 'CA'}),
    };
    provider.addressLookup = lookup;
    await h.waitFor(() => store.addressLookup === lookup && h.all('button', "Rechercher l'adresse").length === 1, 'the button shows');
    provider.addressLookup = undefined;
    await h.waitFor(() => h.all('button', "Rechercher l'adresse").length === 0, 'and goes');
    el.addressLookup = lookup;
    await h.waitFor(() => h.all('button', "Rechercher l'adresse").length === 1, 'the editor’s own');
    await h.click(h.get('button', "Rechercher l'adresse"));
    await sendKeys({type: 'quai'});
    await h.waitFor(() => h.all('option', '12, rue du Quai, Lévis').length === 1, 'suggested');
    await h.click(h.get('option'));
    await h.waitFor(() => h.field('Ville').value === 'Lévis', 'filled');
    expect(h.text()).to.contain('Adresse remplie à partir de la recherche');
  });

  describe('address lookup (Google Places API New, mocked with msw)', () => {
    before(() => startMockWorker());
    after(() => stopMockWorker());

    const component = (longText: string, shortText: string, ...types: string[]) => ({longText, shortText, types});
    const googleAnswers = () => [
      http.post(/places\.googleapis\.com\/v1\/places:autocomplete$/, () =>
        HttpResponse.json({
          suggestions: [
            {
              placePrediction: {
                placeId: 'ChIJ-1020',
                text: {text: '1020 Avenue St-Jean-de-la-Lande, Saint-Georges, QC, Canada'},
                structuredFormat: {mainText: {text: '1020 Avenue St-Jean-de-la-Lande'}, secondaryText: {text: 'Saint-Georges, QC, Canada'}},
              },
            },
          ],
        }),
      ),
      http.get('https://places.googleapis.com/v1/places/:placeId', () =>
        HttpResponse.json({
          id: 'ChIJ-1020',
          types: ['street_address'],
          addressComponents: [
            component('1020', '1020', 'street_number'),
            component('Avenue St-Jean-de-la-Lande', 'Av. St-Jean-de-la-Lande', 'route'),
            component('Saint-Georges', 'Saint-Georges', 'locality', 'political'),
            component('Québec', 'QC', 'administrative_area_level_1', 'political'),
            component('Canada', 'CA', 'country', 'political'),
            component('G5Z 0M2', 'G5Z 0M2', 'postal_code'),
          ],
        }),
      ),
    ];

    async function withKey() {
      const mounted = await openLone('c1');
      mounted.provider.addressLookupKey = 'test-key';
      await mounted.h.waitFor(() => mounted.h.all('button', "Rechercher l'adresse").length === 1, 'the lookup button');
      return mounted;
    }

    it('fills the fields from the chosen suggestion', async () => {
      mockRequests(...googleAnswers());
      const {h, el, store} = await withKey();
      await h.click(h.get('button', "Rechercher l'adresse"));
      const search = h.get<HTMLInputElement>('combobox', 'Rechercher une adresse');
      expect(h.focused()).to.equal(search);
      expect(h.description(search)).to.equal('Résultats fournis par Google');
      await sendKeys({type: '1020 st-jean'});
      await h.waitFor(() => h.all('option').length === 1, 'a suggestion');
      expect(h.name(h.get('option'))).to.equal('1020 Avenue St-Jean-de-la-Lande, Saint-Georges, QC, Canada');
      await expect(el).to.be.accessible();
      await h.press('Enter');
      await h.waitFor(() => h.field('No civique').value === '1020', 'filled');
      expect(h.field('Nom de la rue').value).to.equal('Avenue St-Jean-de-la-Lande');
      expect(h.field('Ville').value).to.equal('Saint-Georges');
      expect(h.field('Code postal').value).to.equal('G5Z 0M2');
      expect(h.field<HTMLSelectElement>('Province / état').value).to.equal('QC');
      expect(h.focused()).to.equal(h.field('No civique'));
      const {addressId} = await save(h, el);
      expect(await store.db.addresses.get(addressId)).to.deep.include({civicNumber: '1020', street: 'Avenue St-Jean-de-la-Lande', postalCode: 'G5Z 0M2', province: 'QC'});
    });

    it('says when nothing matches, and when the service refuses the key', async () => {
      mockRequests(http.post(/places:autocomplete$/, () => HttpResponse.json({})));
      const {h} = await withKey();
      await h.click(h.get('button', "Rechercher l'adresse"));
      await sendKeys({type: 'zzzz qqqq'});
      await h.waitFor(() => h.text().includes('Aucune adresse trouvée.'), 'nothing found');

      mockRequests(
        http.post(/places:autocomplete$/, () => HttpResponse.json({error: {code: 403, message: 'API key not valid.', status: 'PERMISSION_DENIED'}}, {status: 403})),
      );
      await sendKeys({type: ' rue'});
      const search = h.get('combobox', 'Rechercher une adresse');
      await h.waitFor(() => h.error(search) !== '', 'the refusal is said');
      expect(h.error(search)).to.equal("La recherche d'adresse a refusé la clé configurée. Remplissez l'adresse à la main.");
      // The form still works by hand.
      expect(h.field('No civique').disabled).to.be.false;
    });
  });
});
