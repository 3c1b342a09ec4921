import {expect} from '@open-wc/testing';
import {
  addressDeleteBlockers,
  addressFlagMoves,
  addressLabel,
  isPrincipalAfterSave,
  newAddressDraft,
  normalizeAddressDraft,
  principalHolder,
  validateShippingAddress,
  type AddressDraft,
} from '../../src/model/address-rules.js';
import {normalizeClientDraft, newClientDraft, validateClient} from '../../src/model/client-rules.js';
import {EMPTY_REFERENCE} from '../../src/model/types.js';
import {makeAddress, makeDocument} from '../helpers/fixtures.js';

function draft(overrides: Partial<AddressDraft> = {}): AddressDraft {
  return {...newAddressDraft('c5'), civicNumber: '1020', street: 'avenue St-Jean-de-la-Lande', city: 'Saint-Georges', postalCode: 'G5Z 0M2', ...overrides};
}

const keysOf = (d: AddressDraft) => Object.fromEntries(Object.entries(validateShippingAddress(normalizeAddressDraft(d))).map(([field, issue]) => [field, issue.key]));

describe('newAddressDraft', () => {
  it('starts in Canada / Québec, principal only for the first address', () => {
    expect(newAddressDraft('c5')).to.deep.include({clientId: 'c5', country: 'CA', province: 'QC', principal: false, residential: false});
    expect(newAddressDraft('c5', true).principal).to.be.true;
  });
});

describe('normalizeAddressDraft', () => {
  const cases: Array<[string, Partial<AddressDraft>, Partial<AddressDraft>]> = [
    ['writes a Canadian postal code H2X 1Y4', {postalCode: 'h2x1y4'}, {postalCode: 'H2X 1Y4'}],
    ['writes a ZIP+4 with its hyphen', {country: 'US', province: 'NY', postalCode: '10001 1234'}, {postalCode: '10001-1234'}],
    ['matches a province given by name', {province: 'Ontario'}, {province: 'ON'}],
    ['clears the province of a country without provinces', {country: 'FR', province: 'QC', postalCode: '75008'}, {province: '', country: 'FR'}],
    ['tidies the civic number and street', {civicNumber: '# 2488', street: '  rue   Principale '}, {civicNumber: '2488', street: 'rue Principale'}],
    ['moves an extension typed in the phone', {phone: '418 227-4279 poste 5'}, {phone: '418 227-4279', phoneExt: '5'}],
    ['keeps the e-mail as typed', {email: ' Réception@Café-Lévis.ca '}, {email: 'Réception@Café-Lévis.ca'}],
    ['keeps an invalid postal code as typed for validation', {postalCode: 'd2x 1y4'}, {postalCode: 'D2X 1Y4'}],
  ];
  for (const [title, input, expected] of cases) {
    it(title, () => {
      expect(normalizeAddressDraft(draft(input))).to.deep.include(expected);
    });
  }

  it('keeps the fields a client address does not have', () => {
    const normalized = normalizeAddressDraft(draft({id: 'a1', careOf: ' Tariq  Patel ', deliveryNotes: ' Quai 3 \n', principal: true}));
    expect(normalized).to.deep.include({id: 'a1', clientId: 'c5', careOf: 'Tariq Patel', deliveryNotes: 'Quai 3', principal: true});
  });
});

describe('validateShippingAddress', () => {
  const cases: Array<[string, Partial<AddressDraft>, Record<string, string>]> = [
    ['accepts a complete address', {}, {}],
    ['accepts h2x1y4 (normalised)', {postalCode: 'h2x1y4'}, {}],
    ['refuses D2X 1Y4 (no Canadian code starts with D)', {postalCode: 'D2X 1Y4'}, {postalCode: 'validation.postalCode.CA'}],
    [
      'requires civic number, street, city and postal code',
      {civicNumber: '', street: '', city: '', postalCode: ''},
      {civicNumber: 'validation.required', street: 'validation.required', city: 'validation.required', postalCode: 'validation.required'},
    ],
    ['asks for a state in the United States', {country: 'US', province: '', postalCode: '10001'}, {province: 'validation.required'}],
    ['refuses a Québec postal code in the United States', {country: 'US', province: 'NY', postalCode: 'H2X 1Y4'}, {postalCode: 'validation.postalCode.US'}],
    ['asks for no province in France', {country: 'FR', province: '', postalCode: '75008'}, {}],
    ['asks for no postal code where there is none (Hong Kong)', {country: 'HK', province: '', postalCode: ''}, {}],
    ['refuses an unknown country', {country: 'ZZ'}, {country: 'validation.country'}],
    ['refuses a province of another country', {province: 'NY'}, {province: 'validation.province'}],
    ['checks phone, extension and e-mail', {phone: '123', phoneExt: 'x', email: 'reception@'}, {phone: 'validation.phone', phoneExt: 'contact.error.extension', email: 'contact.error.email'}],
    ['accepts an internationalised e-mail', {email: 'reception@café-lévis.ca'}, {}],
    ['limits the notes', {deliveryNotes: 'x'.repeat(2001)}, {deliveryNotes: 'validation.tooLong'}],
  ];
  for (const [title, input, expected] of cases) {
    it(title, () => {
      expect(keysOf(draft(input))).to.deep.equal(expected);
    });
  }

  it('applies the same postal rules as a client address (one implementation)', () => {
    for (const postalCode of ['h2x1y4', 'D2X 1Y4', '']) {
      const client = normalizeClientDraft({...newClientDraft(EMPTY_REFERENCE, new Date()), name: 'X', address: {...draft(), postalCode}});
      const clientKey = validateClient(client, {clients: [], hasProductionJob: false})['address.postalCode']?.key;
      expect(keysOf(draft({postalCode})).postalCode, postalCode).to.equal(clientKey);
    }
  });
});

describe('principal address', () => {
  const addresses = [makeAddress({id: 'a1', clientId: 'c5', principal: true}), makeAddress({id: 'a2', clientId: 'c5', companyName: 'Entrepôt'})];
  const cases: Array<[string, ReadonlyArray<{id: string}>, {id?: string; principal: boolean}, boolean]> = [
    ["a client's first address is principal, box or not", [], {principal: false}, true],
    ['so is the only address when edited', [{id: 'a1'}], {id: 'a1', principal: false}, true],
    ['a second address is principal only when ticked', [{id: 'a1'}], {principal: false}, false],
    ['a second address ticked is principal', [{id: 'a1'}], {principal: true}, true],
  ];
  for (const [title, siblings, saved, expected] of cases) {
    it(title, () => expect(isPrincipalAfterSave(siblings, saved)).to.equal(expected));
  }

  it('moves "Principale" from the other address', () => {
    const moves = addressFlagMoves(addresses, makeAddress({id: 'a2', clientId: 'c5', principal: true}));
    expect(moves.map((move) => [move.record.id, move.cleared])).to.deep.equal([['a1', ['principal']]]);
    expect(addressFlagMoves(addresses, makeAddress({id: 'a2', clientId: 'c5', principal: false}))).to.deep.equal([]);
    expect(principalHolder(addresses, 'a2')?.id).to.equal('a1');
    expect(principalHolder(addresses, 'a1')).to.equal(undefined);
  });
});

describe('addressDeleteBlockers', () => {
  it('says which shipping slips use the address', () => {
    const documents = [
      makeDocument({id: 's1', clientId: 'c5', kind: 'shipment', number: 'E-0001', addressId: 'a1'}),
      makeDocument({id: 's2', clientId: 'c5', kind: 'shipment', number: 'E-0002', addressId: 'a2'}),
    ];
    expect(addressDeleteBlockers(documents, 'a1')).to.deep.equal([{key: 'address.delete.blocked.shipment', params: {count: 1, numbers: 'E-0001'}}]);
    expect(addressDeleteBlockers(documents, 'a3')).to.deep.equal([]);
  });

  it('names an address by its company, else by its street', () => {
    expect(addressLabel({companyName: 'Entrepôt', civicNumber: '1', street: 'rue A', city: 'Lévis'})).to.equal('Entrepôt');
    expect(addressLabel({companyName: '', civicNumber: '1020', street: 'avenue St-Jean', city: 'Saint-Georges'})).to.equal('1020 avenue St-Jean Saint-Georges');
  });
});
