import {expect} from '@open-wc/testing';
import {addressKey, companyNameKey, findPossibleDuplicates, phoneKey} from '../../src/model/duplicates.js';
import {toClientRow} from '../../src/model/client-row.js';
import {makeClient} from '../helpers/fixtures.js';

describe('companyNameKey', () => {
  const same: Array<[string, string]> = [
    ['Les Roy de la Pomme inc.', 'LES ROY DE LA POMME'],
    ['Les Roy de la Pomme inc.', 'Roy de la Pomme'],
    ['Les Roy de la Pomme Inc', 'les roy de la pomme, INC.'],
    ['Imprimerie Côté & Fils inc.', 'IMPRIMERIE COTE ET FILS'],
    ['Imprimerie Côté & Fils inc.', 'Imprimerie Côté et Fils Ltée'],
    ['Imprimerie Côté & Fils, s.e.n.c.', 'Imprimerie Côté & Fils senc'],
    ['Zinc Ltée.', 'Zinc limitée'],
    ['Zinc Ltd', 'ZINC LIMITED'],
    ['Zinc Corp.', 'Zinc Corporation'],
    ['Zinc & Cie', 'Zinc et compagnie'],
    ['Zinc and Co.', 'Zinc'],
    ['Zinc enr.', 'Zinc'],
    ['Zinc S.A.', 'Zinc'],
    ['Zinc LLC', 'Zinc'],
    ['Zinc inc. ltée', 'Zinc'],
    ["L'Envol", 'Envol'],
    ["L’Envol inc.", "l'envol"],
    ['The Printing Shop Ltd.', 'Printing Shop'],
    ['Épicerie St-Jean', 'EPICERIE SAINT-JEAN'],
    ['Boulangerie Ste-Foy', 'Boulangerie Sainte Foy'],
    ['Œuvres Bédard', 'OEUVRES BEDARD'],
    ['9123-4567 Québec inc.', '9123 4567 QUEBEC'],
    ['A.B.C. Imprimerie', 'ABC Imprimerie'],
  ];
  for (const [a, b] of same) {
    it(`"${a}" ~ "${b}"`, () => {
      expect(companyNameKey(a)).to.not.equal('');
      expect(companyNameKey(a)).to.equal(companyNameKey(b));
    });
  }
  const different: Array<[string, string]> = [
    ['Les Roy de la Pomme inc.', 'Roy de la Poire inc.'],
    ['Imprimerie Côté', 'Imprimerie Côté Lévis'],
    ['Inc. Zinc', 'Zinc'],
    ['Les Entreprises Roy', 'Roy'],
    ['Compagnie Zinc', 'Zinc'],
  ];
  for (const [a, b] of different) {
    it(`"${a}" ≁ "${b}"`, () => expect(companyNameKey(a)).to.not.equal(companyNameKey(b)));
  }
  it('gives the example keys', () => {
    expect(companyNameKey('Les Roy de la Pomme inc.')).to.equal('roydelapomme');
    expect(companyNameKey('Imprimerie Côté & Fils, s.e.n.c.')).to.equal('imprimeriecotefils');
  });
  it('keeps a name made only of legal words or articles', () => {
    expect(companyNameKey('Inc.')).to.equal('inc');
    expect(companyNameKey('Les')).to.equal('les');
    expect(companyNameKey('')).to.equal('');
    expect(companyNameKey('=')).to.equal('');
  });
});

describe('phoneKey and addressKey', () => {
  const phones: Array<[string, string]> = [
    ['418 774-9801', '4187749801'],
    ['(418) 774-9801 poste 23', '4187749801'],
    ['1-418-774-9801', '4187749801'],
    ['+1 418 774 9801 x5', '4187749801'],
    ['+33 1 42 68 53 00', '3142685300'],
    ['774-98', ''],
    ['', ''],
  ];
  for (const [phone, key] of phones) {
    it(`${JSON.stringify(phone)} → ${JSON.stringify(key)}`, () => expect(phoneKey(phone)).to.equal(key));
  }
  it('compares civic number and postal code', () => {
    expect(addressKey({civicNumber: '1020', postalCode: 'G5Z 0M2'})).to.equal('1020|G5Z0M2');
    expect(addressKey({civicNumber: '1020', postalCode: 'g5z0m2'})).to.equal('1020|G5Z0M2');
    expect(addressKey({civicNumber: '30-A', postalCode: 'h2x-1y4'})).to.equal(addressKey({civicNumber: '30 a', postalCode: 'H2X 1Y4'}));
    expect(addressKey({civicNumber: '1020', postalCode: ''})).to.equal('');
    expect(addressKey({civicNumber: '', postalCode: 'G5Z 0M2'})).to.equal('');
    expect(addressKey(null)).to.equal('');
  });
});

describe('findPossibleDuplicates', () => {
  const rows = [
    toClientRow(makeClient({id: 'c1', code: 'C-0001', name: 'Les Roy de la Pomme inc.', phone: '418 555-0101',
      address: {civicNumber: '12', street: 'rue Principale', city: 'Lévis', province: 'QC', postalCode: 'G6V 1A1', country: 'CA'}})),
    toClientRow(makeClient({id: 'c2', code: 'C-0002', name: 'Imprimerie Côté & Fils inc.', phone: '418 774-9801'})),
    toClientRow(makeClient({id: 'c3', code: 'C-0003', name: 'Zinc', phone: '', address: null})),
    toClientRow(makeClient({id: 'c4', code: 'C-0004', name: 'Roy de la Pomme', phone: '450 555-0199', address: null})),
  ];

  it('finds a name written differently', () => {
    const found = findPossibleDuplicates({name: 'LES ROY DE LA POMME'}, rows);
    expect(found).to.deep.equal([
      {clientId: 'c1', code: 'C-0001', name: 'Les Roy de la Pomme inc.', reasons: ['name']},
      {clientId: 'c4', code: 'C-0004', name: 'Roy de la Pomme', reasons: ['name']},
    ]);
  });

  it('finds the same phone, whatever its formatting', () => {
    expect(findPossibleDuplicates({phone: '(418) 774-9801 poste 12'}, rows).map((d) => [d.clientId, d.reasons])).to.deep.equal([['c2', ['phone']]]);
  });

  it('finds the same civic number and postal code', () => {
    const found = findPossibleDuplicates({address: {civicNumber: '12', postalCode: 'g6v1a1'}}, rows);
    expect(found.map((d) => [d.clientId, d.reasons])).to.deep.equal([['c1', ['address']]]);
    expect(findPossibleDuplicates({address: {civicNumber: '14', postalCode: 'G6V 1A1'}}, rows)).to.deep.equal([]);
  });

  it('puts clients matching on more grounds first and leaves the edited client out', () => {
    const probe = {name: 'Roy de la Pomme', phone: '418-555-0101', address: {civicNumber: '12', postalCode: 'G6V 1A1'}};
    expect(findPossibleDuplicates(probe, rows).map((d) => [d.clientId, d.reasons])).to.deep.equal([
      ['c1', ['name', 'phone', 'address']],
      ['c4', ['name']],
    ]);
    expect(findPossibleDuplicates({...probe, id: 'c1'}, rows).map((d) => d.clientId)).to.deep.equal(['c4']);
  });

  it('ignores names too short to mean anything, and respects the limit', () => {
    expect(findPossibleDuplicates({name: 'Inc.'}, rows)).to.deep.equal([]);
    expect(findPossibleDuplicates({name: ''}, rows)).to.deep.equal([]);
    expect(findPossibleDuplicates({name: 'Roy de la Pomme'}, rows, 1)).to.have.length(1);
  });

  it('checks 100,000 clients quickly', () => {
    const many = Array.from({length: 100_000}, (_, i) => ({
      id: `x${i}`,
      code: `C-${i}`,
      name: `Client ${i}`,
      nameKey: `client${i}`,
      phoneKey: String(4180000000 + i),
      addressKey: `${i}|G5Z0M2`,
    }));
    const started = performance.now();
    const found = findPossibleDuplicates({name: 'CLIENT 99 999 inc.', phone: '418 000-0007', address: {civicNumber: '5', postalCode: 'g5z 0m2'}}, many);
    const elapsed = performance.now() - started;
    expect(found.map((d) => d.clientId)).to.deep.equal(['x99999', 'x5', 'x7']);
    expect(elapsed).to.be.lessThan(100);
  });
});
