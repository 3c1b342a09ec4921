import {expect} from '@open-wc/testing';
import {
  accountingProblems,
  accountingSyncReasons,
  billToProblem,
  deleteBlockers,
  isAddressEmpty,
  localDate,
  newClientDraft,
  normalizeClientDraft,
  prospectBoxVisible,
  validateClient,
  type ClientDraft,
  type ClientValidationContext,
} from '../../src/model/client-rules.js';
import {EMPTY_REFERENCE, type PostalAddress, type ReferenceData} from '../../src/model/types.js';
import {makeClient, makeContact, makeDocument} from '../helpers/fixtures.js';

const NOW = new Date(2025, 5, 3, 21, 30); // 2025-06-03, 21:30 local time
const reference: ReferenceData = {
  ...EMPTY_REFERENCE,
  settings: {clientCodePattern: 'C-####', newClientsAreProspects: false, defaultCurrency: 'CAD', defaultBusinessEntityId: 'be1'},
};

function draft(overrides: Partial<ClientDraft> = {}, address: Partial<PostalAddress> | null = {}): ClientDraft {
  const base = newClientDraft(reference, NOW);
  return {
    ...base,
    name: 'Imprimerie Côté & Fils inc.',
    ...overrides,
    address: address === null ? null : {...base.address!, civicNumber: '1020', street: 'avenue St-Jean-de-la-Lande', city: 'Saint-Georges', postalCode: 'G5Z 0M2', ...address},
  };
}

const none: ClientValidationContext = {clients: [], hasProductionJob: false};
const errorsOf = (d: ClientDraft, context: ClientValidationContext = none) => validateClient(d, context);
const keysOf = (d: ClientDraft, context: ClientValidationContext = none) =>
  Object.fromEntries(Object.entries(errorsOf(d, context)).map(([field, issue]) => [field, issue.key]));

describe('newClientDraft', () => {
  it('defaults to Canada / Québec, French, active, standard identification, account opened today', () => {
    const d = newClientDraft(reference, NOW);
    expect(d.address).to.include({country: 'CA', province: 'QC', civicNumber: '', postalCode: ''});
    expect(d).to.include({language: 'fr', active: true, prospect: false, shipperIdentification: 'standard', businessEntityId: 'be1', accountOpenedOn: '2025-06-03'});
    expect(d.accounting).to.deep.equal({currency: 'CAD'});
    expect(d.accountingSync).to.deep.equal({state: 'never'});
    expect(d).to.not.have.property('id');
    expect(d).to.not.have.property('code');
  });
  it('follows the settings for prospects and currency', () => {
    const d = newClientDraft({...reference, settings: {...reference.settings, newClientsAreProspects: true, defaultCurrency: 'USD'}}, NOW);
    expect(d.prospect).to.be.true;
    expect(d.accounting.currency).to.equal('USD');
  });
  it('uses the local calendar date, not UTC', () => {
    expect(localDate(new Date(2025, 0, 1, 23, 59))).to.equal('2025-01-01');
  });
});

describe('normalizeClientDraft', () => {
  it('normalises the example client', () => {
    const d = normalizeClientDraft(
      draft(
        {name: '  Imprimerie   Côté & Fils inc. ', phone: '4187749801 poste 23', fax: '(418) 774-9802', website: ' www.Imprimerie-Cote.ca/ '},
        {civicNumber: ' 1020 ', street: ' avenue  St-Jean-de-la-Lande ', city: ' Saint-Georges ', postalCode: 'g5z0m2', province: 'Québec'},
      ),
    );
    expect(d.name).to.equal('Imprimerie Côté & Fils inc.');
    expect(d.phone).to.equal('418 774-9801 #23');
    expect(d.fax).to.equal('418 774-9802');
    expect(d.website).to.equal('https://www.imprimerie-cote.ca');
    expect(d.address).to.deep.include({civicNumber: '1020', street: 'avenue St-Jean-de-la-Lande', city: 'Saint-Georges', postalCode: 'G5Z 0M2', province: 'QC', country: 'CA'});
  });

  const postal: Array<[string, string, string]> = [
    ['CA', 'g5z0m2', 'G5Z 0M2'],
    ['CA', 'h2x-1y4', 'H2X 1Y4'],
    ['CA', 'd2x1y4', 'D2X1Y4'],
    ['US', '123456789', '12345-6789'],
    ['US', '12345', '12345'],
    ['FR', ' 75008 ', '75008'],
  ];
  for (const [country, input, output] of postal) {
    it(`writes the ${country} postal code ${JSON.stringify(input)} as ${output}`, () => {
      expect(normalizeClientDraft(draft({}, {country, postalCode: input, province: ''})).address?.postalCode).to.equal(output);
    });
  }

  it('clears the province of a country without provinces (France)', () => {
    expect(normalizeClientDraft(draft({}, {country: 'fr', province: 'QC', postalCode: '75008'})).address).to.include({country: 'FR', province: ''});
    expect(normalizeClientDraft(draft({}, {country: 'US', province: 'new york'})).address?.province).to.equal('NY');
  });

  it('keeps what cannot be normalised, for validation to report', () => {
    const d = normalizeClientDraft(draft({phone: '418-CALL-NOW', website: 'javascript:alert(1)'}, {province: 'Atlantis'}));
    expect(d.phone).to.equal('418-CALL-NOW');
    expect(d.website).to.equal('javascript:alert(1)');
    expect(d.address?.province).to.equal('Atlantis');
  });

  it('gives a prospect with an empty address no address, but keeps an empty one for a client', () => {
    expect(normalizeClientDraft(draft({prospect: true}, {civicNumber: ' ', street: '', city: '', postalCode: ''})).address).to.be.null;
    expect(normalizeClientDraft(draft({prospect: false}, {civicNumber: '', street: '', city: '', postalCode: ''})).address).to.not.be.null;
    expect(normalizeClientDraft(draft({prospect: true}, {city: 'Lévis', civicNumber: '', street: '', postalCode: ''})).address?.city).to.equal('Lévis');
  });

  it('treats placeholders as empty and an empty bill-to as none', () => {
    const d = normalizeClientDraft(draft({name: '=', phone: '---', billToClientId: ''}));
    expect(d.name).to.equal('');
    expect(d.phone).to.equal('');
    expect(d.billToClientId).to.be.null;
  });
});

describe('validateClient', () => {
  it('accepts the example client', () => {
    expect(errorsOf(normalizeClientDraft(draft({}, {postalCode: 'g5z0m2'}))) ).to.deep.equal({});
  });

  it('requires the name and the address, in the order of the form', () => {
    const errors = errorsOf(draft({name: ''}, {civicNumber: '', street: '', city: '', postalCode: '', province: ''}));
    expect(Object.keys(errors)).to.deep.equal(['name', 'address.civicNumber', 'address.street', 'address.city', 'address.postalCode', 'address.province']);
    expect(Object.values(errors).every((issue) => issue.key === 'validation.required')).to.be.true;
    expect(Object.keys(errorsOf(draft({}, null)))).to.deep.equal(['address.civicNumber', 'address.street', 'address.city', 'address.postalCode', 'address.province']);
  });

  it('lets a prospect save without an address', () => {
    expect(errorsOf(draft({prospect: true}, null))).to.deep.equal({});
    expect(errorsOf(draft({prospect: true}, {civicNumber: '', street: '', city: '', postalCode: '', province: ''}))).to.deep.equal({});
    // What a prospect does type is still checked.
    expect(keysOf(draft({prospect: true}, {civicNumber: '', street: '', city: '', postalCode: 'D2X 1Y4'}))).to.deep.equal({'address.postalCode': 'validation.postalCode.CA'});
  });

  const cases: Array<[string, Partial<ClientDraft>, Partial<PostalAddress>, Record<string, string>]> = [
    ['a name that is only "="', {name: '='}, {}, {name: 'validation.required'}],
    ['a formula as name', {name: '=HYPERLINK("http://x.ca")'}, {}, {name: 'validation.name.formula'}],
    ['a name of 120 characters', {name: 'É'.repeat(120)}, {}, {}],
    ['a name of 121 characters', {name: 'É'.repeat(121)}, {}, {name: 'validation.tooLong'}],
    ['an invalid Canadian postal code', {}, {postalCode: 'D2X 1Y4'}, {'address.postalCode': 'validation.postalCode.CA'}],
    ['a postal code in lower case without space', {}, {postalCode: 'g5z0m2'}, {}],
    ['a ZIP+4 in the US', {}, {country: 'US', province: 'NY', postalCode: '10001-1234'}, {}],
    ['a bad ZIP', {}, {country: 'US', province: 'NY', postalCode: '1000'}, {'address.postalCode': 'validation.postalCode.US'}],
    ['a US address without state', {}, {country: 'US', province: '', postalCode: '10001'}, {'address.province': 'validation.required'}],
    ['a French address without province', {}, {country: 'FR', province: '', postalCode: '75008', city: 'Paris'}, {}],
    ['a Hong Kong address without postal code', {}, {country: 'HK', province: '', postalCode: ''}, {}],
    ['a province of another country', {}, {province: 'NY'}, {'address.province': 'validation.province'}],
    ['an unknown country', {}, {country: 'ZZ', province: ''}, {'address.country': 'validation.country'}],
    ['a long city', {}, {city: 'Saint-'.repeat(14)}, {'address.city': 'validation.tooLong'}],
    ['a phone with extension', {phone: '418 774-9801 #23', fax: '418 774-9802'}, {}, {}],
    ['a bad phone and fax', {phone: '774-9801', fax: '123 456-7890'}, {}, {phone: 'validation.phone', fax: 'validation.phone'}],
    ['a javascript: website', {website: 'javascript:alert(1)'}, {}, {website: 'validation.website'}],
    ['a bare domain as website', {website: 'lesroydelapomme.com'}, {}, {}],
    ['negative and excessive amounts', {accounting: {currency: 'CAD', markupPercent: -1, discountPercent: 101, jobOpeningFee: Number.NaN, creditLimit: 5000, allowedAgeDays: 30.5}}, {},
      {'accounting.markupPercent': 'validation.negative', 'accounting.discountPercent': 'validation.max', 'accounting.jobOpeningFee': 'validation.number', 'accounting.allowedAgeDays': 'validation.integer'}],
    ['no currency', {accounting: {currency: ''}}, {}, {'accounting.currency': 'validation.required'}],
    ['an impossible opening date', {accountOpenedOn: '2025-02-30'}, {}, {accountOpenedOn: 'validation.date'}],
    ['client identification without logo', {shipperIdentification: 'client'}, {}, {logoId: 'validation.logo.required'}],
    ['client identification with logo', {shipperIdentification: 'client', logoId: 'att1'}, {}, {}],
    ['a code with a space', {code: 'C 0001'}, {}, {code: 'validation.code.format'}],
  ];
  for (const [label, overrides, address, expected] of cases) {
    it(`${Object.keys(expected).length ? 'refuses' : 'accepts'} ${label}`, () => expect(keysOf(draft(overrides, address))).to.deep.equal(expected));
  }

  it('keeps a client with a production job from being a prospect', () => {
    expect(keysOf(draft({prospect: true}), {clients: [], hasProductionJob: true})).to.deep.equal({prospect: 'validation.prospect.hasJob'});
    expect(keysOf(draft({prospect: false}), {clients: [], hasProductionJob: true})).to.deep.equal({});
    expect(prospectBoxVisible(true)).to.be.false;
    expect(prospectBoxVisible(false)).to.be.true;
  });

  it('checks the code against the other clients, ignoring case', () => {
    const clients = [{id: 'c1', code: 'C-0001', name: 'Zinc'}];
    expect(keysOf(draft({code: 'c-0001'}), {clients, hasProductionJob: false})).to.deep.equal({code: 'validation.code.taken'});
    expect(keysOf(draft({id: 'c1', code: 'C-0001'}), {clients, hasProductionJob: false})).to.deep.equal({});
  });
});

describe('billToProblem', () => {
  const clients = [
    {id: 'a', code: 'C-000A', name: 'A', billToClientId: null},
    {id: 'b', code: 'C-000B', name: 'B', billToClientId: 'a'},
    {id: 'c', code: 'C-000C', name: 'C', billToClientId: 'b'},
    {id: 'd', code: 'C-000D', name: 'D', billToClientId: ''},
    {id: 'x', code: 'C-000X', name: 'X', billToClientId: 'y'},
    {id: 'y', code: 'C-000Y', name: 'Y', billToClientId: 'x'},
  ];
  const cases: Array<[string, string | undefined, string | null, string | null, string?]> = [
    ['no bill-to', 'a', null, null],
    ['another client', 'd', 'a', null],
    ['a client that bills further on', 'd', 'c', null],
    ['loop of length 1: itself', 'a', 'a', 'validation.billTo.self'],
    ['loop of length 2: A → B → A', 'a', 'b', 'validation.billTo.loop', 'C-000A → C-000B → C-000A'],
    ['loop of length 3: A → C → B → A', 'a', 'c', 'validation.billTo.loop', 'C-000A → C-000C → C-000B → C-000A'],
    ['a chain that loops further on', 'd', 'x', 'validation.billTo.loop', 'C-000D → C-000X → C-000Y → C-000X'],
    ['an unknown client', 'a', 'zz', 'validation.billTo.unknown'],
    ['a new client billing to B', undefined, 'b', null],
  ];
  for (const [label, selfId, target, key, chain] of cases) {
    it(`${key ? 'refuses' : 'accepts'} ${label}`, () => {
      const selfCode = clients.find((c) => c.id === selfId)?.code;
      const problem = billToProblem(selfId, target, clients, selfCode);
      expect(problem?.key ?? null).to.equal(key);
      if (chain) expect(problem?.params?.chain).to.equal(chain);
    });
  }
  it('is part of validateClient', () => {
    const errors = validateClient(draft({id: 'a', code: 'C-000A', billToClientId: 'c'}), {clients, hasProductionJob: false});
    expect(errors.billToClientId?.key).to.equal('validation.billTo.loop');
  });
});

describe('accountingProblems', () => {
  it('lists what accounting needs', () => {
    expect(accountingProblems(makeClient({id: 'c1', code: 'C-0001', name: 'Zinc'}))).to.deep.equal([]);
    expect(accountingProblems(makeClient({id: 'c1', code: 'C-0001', name: 'Zinc', accounting: {currency: 'CAD'}})).map((p) => p.key)).to.deep.equal([
      'accounting.refused.paymentTerms',
    ]);
    expect(
      accountingProblems(makeClient({id: 'c1', code: 'C-0001', name: ' ', prospect: true, address: null, accounting: {currency: ''}})).map((p) => p.key),
    ).to.deep.equal([
      'accounting.refused.prospect',
      'accounting.refused.name',
      'accounting.refused.paymentTerms',
      'accounting.refused.currency',
      'accounting.refused.address',
    ]);
    const france = makeClient({id: 'c1', code: 'C-0001', name: 'Zinc', address: {civicNumber: '8', street: 'rue de Rivoli', city: 'Paris', postalCode: '75001', country: 'FR'}});
    expect(accountingProblems(france)).to.deep.equal([]);
  });

  it('reads the reasons kept in accountingSync', () => {
    expect(accountingSyncReasons({state: 'error', error: 'accounting.refused.paymentTerms\naccounting.refused.address'})).to.deep.equal([
      {key: 'accounting.refused.paymentTerms'},
      {key: 'accounting.refused.address'},
    ]);
    expect(accountingSyncReasons({state: 'error', error: 'Client 42 verrouillé par un autre usager'})).to.deep.equal([
      {key: 'accounting.error.gateway', params: {message: 'Client 42 verrouillé par un autre usager'}},
    ]);
    expect(accountingSyncReasons({state: 'synced'})).to.deep.equal([]);
  });
});

describe('deleteBlockers', () => {
  it('has nothing to say about a client nothing refers to', () => {
    expect(deleteBlockers({documents: [], contacts: [makeContact({id: 'k1', clientId: 'c1'})], billedBy: []})).to.deep.equal([]);
    expect(isAddressEmpty(null)).to.be.true;
  });

  it('gives each reason with its count', () => {
    const reasons = deleteBlockers({
      client: {id: 'c1'},
      documents: [
        makeDocument({id: 'i1', clientId: 'c1', kind: 'invoice', contactId: 'k1'}),
        makeDocument({id: 'i2', clientId: 'c1', kind: 'invoice'}),
        makeDocument({id: 'q1', clientId: 'c1', kind: 'quote'}),
        makeDocument({id: 's9', clientId: 'c9', kind: 'shipment', addressId: 'a1', contactId: 'k2'}),
      ],
      contacts: [
        makeContact({id: 'k1', clientId: 'c1', firstName: 'Pierre', lastName: 'Veilleux'}),
        makeContact({id: 'k2', clientId: 'c1', firstName: 'Hélène', lastName: 'Côté'}),
        makeContact({id: 'k3', clientId: 'c1', firstName: 'Unused', lastName: 'Contact'}),
      ],
      addresses: [{id: 'a1', companyName: 'Entrepôt Lévis', civicNumber: '5', street: 'rue A', city: 'Lévis'}],
      billedBy: [{id: 'c2', code: 'C-0002', name: 'Épicerie Bédard'}],
    });
    expect(reasons).to.deep.equal([
      {key: 'delete.blocked.quote', params: {count: 1}},
      {key: 'delete.blocked.invoice', params: {count: 2}},
      {key: 'delete.blocked.contacts', params: {count: 2, names: 'Pierre Veilleux, Hélène Côté'}},
      {key: 'delete.blocked.addresses', params: {count: 1, names: 'Entrepôt Lévis'}},
      {key: 'delete.blocked.billedBy', params: {count: 1, clients: 'C-0002 Épicerie Bédard'}},
    ]);
  });

  it('lists at most three clients billed to it', () => {
    const billedBy = ['1', '2', '3', '4'].map((n) => ({id: n, code: `C-000${n}`, name: `Client ${n}`}));
    expect(deleteBlockers({documents: [], contacts: [], billedBy})[0].params).to.deep.equal({
      count: 4,
      clients: 'C-0001 Client 1, C-0002 Client 2, C-0003 Client 3…',
    });
  });
});
