import {expect} from '@open-wc/testing';
import {
  cleanCompanyName,
  cleanPhone,
  cleanPostalCode,
  looksLikeCivicNumber,
  normalizeCity,
  normalizeCivicNumber,
  normalizeProvince,
  normalizeWebsite,
  splitAddressLine,
  splitUnitFromStreet,
  stripCountrySuffix,
  tidy,
} from '../../src/model/normalize.js';
import {leadingCivicNumber, readFintracRow} from '../../scripts/seed/fintrac.js';

// The values below are real ones, from data/fintrac-msb and data/quebec-schools.

describe('tidy', () => {
  const cases: Array<[string, string]> = [
    [' ', ''],
    ['■', ''],
    ['=', ''],
    ['---', ''],
    ['KONBEL TRADING  INC', 'KONBEL TRADING INC'],
    ['Collège Laval ', 'Collège Laval'],
    ['M2R 1M2  ', 'M2R 1M2'],
    ['\u00a0Bureau\u00a0 105 ', 'Bureau 105'],
    ['CISSS de la Gaspésie -  CH Mgr Ross', 'CISSS de la Gaspésie - CH Mgr Ross'],
  ];
  for (const [input, expected] of cases) {
    it(`tidies ${JSON.stringify(input)}`, () => expect(tidy(input)).to.equal(expected));
  }
  it('takes null and undefined as empty', () => {
    expect(tidy(null)).to.equal('');
    expect(tidy(undefined)).to.equal('');
  });
});

describe('company names', () => {
  const cases: Array<[string, string]> = [
    ['Rose-des-Vents, la', 'La Rose-des-Vents'],
    ["Envol, l'", "L'Envol"],
    ['Érables, les', 'Les Érables'],
    ['Iris, aux', 'Aux Iris'],
    ['Rivière, De la', 'De la Rivière'],
    ["Aquarelle, de l'", "De l'Aquarelle"],
    ["Château-d'Eau, de", "De Château-d'Eau"],
    ['Tandem - Édifice Saint-Luc, le', 'Le Tandem - Édifice Saint-Luc'],
    ["Escabelle, pavillon A, l'", "L'Escabelle, pavillon A"],
    ["Escabelle, pavillon C, l '", "L'Escabelle, pavillon C"],
    ['Armand-Saint-Onge, secondaire', 'École secondaire Armand-Saint-Onge'],
    ['Grandes-Marées, secondaire des', 'École secondaire des Grandes-Marées'],
    ["Odyssée / Dominique-Racine, secondaire de l'", "École secondaire de l'Odyssée / Dominique-Racine"],
    ['Saint-Bruno, primaire', 'École primaire Saint-Bruno'],
    // Commas that do not hide an article are kept.
    ['Jacques-Cartier, pavillon I, La Gaillarde', 'Jacques-Cartier, pavillon I, La Gaillarde'],
    ['Académie Marie-Claire, Campus secondaire', 'Académie Marie-Claire, Campus secondaire'],
    ['CFPJ, édifice Saint-Germain', 'CFPJ, édifice Saint-Germain'],
    // Names in capitals are kept as they are, spaces collapsed.
    ['KONBEL TRADING  INC', 'KONBEL TRADING INC'],
    ['CURRENCIES DIRECT (CANADA)  INC.', 'CURRENCIES DIRECT (CANADA) INC.'],
    ['BANNOCKBURN GLOBAL FOREX, LLC', 'BANNOCKBURN GLOBAL FOREX, LLC'],
    ['9037-3622 QUEBEC INC.', '9037-3622 QUEBEC INC.'],
    ['ENCAISSEMENT DE CHEQUE MONTREAL LTEE', 'ENCAISSEMENT DE CHEQUE MONTREAL LTEE'],
    ['Collège Laval ', 'Collège Laval'],
    [' ', ''],
  ];
  for (const [input, expected] of cases) {
    it(`cleans ${JSON.stringify(input)}`, () => expect(cleanCompanyName(input)).to.equal(expected));
  }
});

describe('city names', () => {
  const cases: Array<[string, string]> = [
    ['MONTRÉAL', 'Montréal'],
    ['MONTREAL', 'Montreal'], // no accent is invented
    ['SAINT-JEAN-SUR-RICHELIEU', 'Saint-Jean-sur-Richelieu'],
    ['LÉVIS', 'Lévis'],
    ['TROIS-RIVIÈRES', 'Trois-Rivières'],
    ['MONTRÉAL-NORD', 'Montréal-Nord'],
    ['SAINT AUGUSTIN DE DESMAURES', 'Saint Augustin de Desmaures'],
    ['ST-BERNARD DE LACOLLE', 'St-Bernard de Lacolle'],
    ['POINTE-A-LA-GARDE', 'Pointe-a-la-Garde'],
    ['DOLLARD-DES-ORMEAUX', 'Dollard-des-Ormeaux'],
    ['LES ÎLES-DE-LA-MADELEINE', 'Les Îles-de-la-Madeleine'],
    ['LA MIRADA', 'La Mirada'],
    ["L'ASSOMPTION", "L'Assomption"],
    ["SAINT-FÉLIX-D'OTIS", "Saint-Félix-d'Otis"],
    ['NIAGARA-ON-THE-LAKE', 'Niagara-on-the-Lake'],
    ['ST. CATHARINES', 'St. Catharines'],
    ["ST. JOHN'S", "St. John's"],
    ['SAULT STE MARIE', 'Sault Ste Marie'],
    ['FORT MCMURRAY', 'Fort McMurray'],
    ['WASHINGTON D.C.', 'Washington D.C.'],
    ['ST - THEOPHILE', 'St-Theophile'],
    ['MONTREAL, QUEBEC', 'Montreal'],
    ['SURREY,', 'Surrey'],
    ['NORTH YORK, TORONTO', 'North York, Toronto'],
    ['MRAKHAM', 'Mrakham'], // typos are kept
    // Mixed case is already written by someone: kept.
    ['Dollard-Des Ormeaux', 'Dollard-Des Ormeaux'],
    ['Port-Daniel--Gascons', 'Port-Daniel--Gascons'],
    ["Ayer's Cliff", "Ayer's Cliff"],
    [' ', ''],
  ];
  for (const [input, expected] of cases) {
    it(`normalises ${JSON.stringify(input)}`, () => expect(normalizeCity(input)).to.equal(expected));
  }
});

describe('address lines', () => {
  const cases: Array<[string, string, string]> = [
    ['355, avenue de la Jeunesse', '355', 'avenue de la Jeunesse'],
    ['1415,avenue Bourgogne', '1415', 'avenue Bourgogne'],
    ['170,  Alton Drive', '170', 'Alton Drive'],
    ['110 route Clemville', '110', 'route Clemville'],
    ["5320 rue d'Amos", '5320', "rue d'Amos"],
    ['171-181, boul. de la Jeunesse', '171-181', 'boul. de la Jeunesse'],
    ['30-A, chemin de la Polyvalente', '30-A', 'chemin de la Polyvalente'],
    ['241A, de la Cité-des-Jeunes', '241A', 'de la Cité-des-Jeunes'],
    ['1120a, rue Lépine', '1120a', 'rue Lépine'],
    ['31 ABC, rue Smokey Hill', '31 ABC', 'rue Smokey Hill'],
    ['41 et 41A,  avenue Ouellette', '41 et 41A', 'avenue Ouellette'],
    ['20 à 26, rue Naatwashtin', '20 à 26', 'rue Naatwashtin'],
    ['2 AB-4, rue Visitor', '2 AB-4', 'rue Visitor'],
    ['A4-A6, rue Chisayawk', 'A4-A6', 'rue Chisayawk'],
    ['580,582,584, Maclaren Est', '580,582,584', 'Maclaren Est'],
    ["1,chemin de l'école forestière", '1', "chemin de l'école forestière"],
    ['271 Rang 1 St-Nazaire de Berry', '271', 'Rang 1 St-Nazaire de Berry'],
    // No civic number, or nothing but one: kept in the field they belong to.
    ['Rue Principale', '', 'Rue Principale'],
    ['Lourdes-de-Blanc-Sablon', '', 'Lourdes-de-Blanc-Sablon'],
    ['46e Rue, St-Maurice-Échouerie', '', '46e Rue, St-Maurice-Échouerie'],
    ['90e Ave Est, Red Cross/Angus', '', '90e Ave Est, Red Cross/Angus'],
    ['36e avenue', '', '36e avenue'],
    ['Rang 1, lot 7-P', '', 'Rang 1, lot 7-P'],
    ['510', '510', ''],
    ['222AB - 224AB', '222AB - 224AB', ''],
    ['873/875', '873/875', ''],
    ['---', '', ''],
    ['', '', ''],
  ];
  for (const [line, civicNumber, street] of cases) {
    it(`splits ${JSON.stringify(line)}`, () => expect(splitAddressLine(line)).to.deep.equal({civicNumber, street}));
  }

  it('tells civic numbers from ordinal streets', () => {
    expect(looksLikeCivicNumber('407-357')).to.be.true;
    expect(looksLikeCivicNumber('128 & 129')).to.be.true;
    expect(looksLikeCivicNumber('90e')).to.be.false;
    expect(looksLikeCivicNumber('Rang 8')).to.be.false;
    expect(looksLikeCivicNumber('AB')).to.be.false;
  });

  it('keeps unit-civic numbers as written', () => {
    expect(normalizeCivicNumber('407-357')).to.equal('407-357');
    expect(normalizeCivicNumber('# 2488')).to.equal('2488');
    expect(normalizeCivicNumber('10310-39A')).to.equal('10310-39A');
    expect(normalizeCivicNumber(' ')).to.equal('');
  });
});

describe('streets', () => {
  const cases: Array<[string, string, string]> = [
    ['1615 CENTRE ST. N.W.', '1615 CENTRE ST. N.W.', ''],
    ['DUNDAS STREET W CANADA', 'DUNDAS STREET W', ''],
    ['VENETIAN BLVD CANADA', 'VENETIAN BLVD', ''],
    ['LAWRENCE AVE W SUITE 202', 'LAWRENCE AVE W', 'SUITE 202'],
    ['BOLSA AVE SUITE 122', 'BOLSA AVE', 'SUITE 122'],
    ['ORCHARD RD #12-10', 'ORCHARD RD', '#12-10'],
    ['MARKHAM ROAD.UNIT', 'MARKHAM ROAD', ''],
    ['FOUR SEASONS PL SUITE', 'FOUR SEASONS PL', ''],
    ['MARLEE AVE SUIT', 'MARLEE AVE', ''],
    ['BOUL HENRI-BOURASSA E UNITE', 'BOUL HENRI-BOURASSA E', ''],
    ['RUE STE-CATHERINE', 'RUE STE-CATHERINE', ''],
    ['CORAL BAY', 'CORAL BAY', ''],
    ['BAY ST', 'BAY ST', ''],
  ];
  for (const [input, street, unit] of cases) {
    it(`cleans ${JSON.stringify(input)}`, () => expect(splitUnitFromStreet(stripCountrySuffix(input))).to.deep.equal({street, unit}));
  }

  it('keeps a street that is named after the country', () => {
    expect(stripCountrySuffix('PLACE DU CANADA')).to.equal('PLACE DU CANADA');
  });
});

describe('websites', () => {
  const cases: Array<[string, string, boolean]> = [
    ['www.amcca.ca', 'https://www.amcca.ca', true],
    ['monccl.com', 'https://monccl.com', true],
    ['www.collegebeaubois.qc.ca/', 'https://www.collegebeaubois.qc.ca', true],
    ['https://varennes.ecolevision.com/', 'https://varennes.ecolevision.com', true],
    ['http://www.collegelaval.ca', 'http://www.collegelaval.ca', true],
    ['http://www.montessori-al.ca/ecole/', 'http://www.montessori-al.ca/ecole/', true],
    ['www.successcolaire.ca/ecole', 'https://www.successcolaire.ca/ecole', true],
    ['http//www.lesmelezes.ca', 'http://www.lesmelezes.ca', true],
    ['www,extraressources.ca', 'https://www.extraressources.ca', true],
    ['www.emmanuelcs,ca', 'https://www.emmanuelcs.ca', true],
    ['www.ecolesainte-anne..ca', 'https://www.ecolesainte-anne.ca', true],
    ['info@montessori-qc.net', 'info@montessori-qc.net', false],
    ['', '', true],
  ];
  for (const [input, value, valid] of cases) {
    it(`normalises ${JSON.stringify(input)}`, () => expect(normalizeWebsite(input)).to.deep.equal({value, valid}));
  }
});

describe('provinces', () => {
  const cases: Array<[string, {province: string; country: string} | null]> = [
    ['QC', {province: 'QC', country: 'CA'}],
    ['ON', {province: 'ON', country: 'CA'}],
    ['Québec', {province: 'QC', country: 'CA'}],
    ['P.Q.', {province: 'QC', country: 'CA'}],
    ['Colombie-Britannique', {province: 'BC', country: 'CA'}],
    ['CA', {province: 'CA', country: 'US'}], // California, never Canada
    ['NY', {province: 'NY', country: 'US'}],
    ['DC', {province: 'DC', country: 'US'}],
    [' ', null],
    ['CALGARY', null], // a city in the province column of a shifted row
  ];
  for (const [input, expected] of cases) {
    it(`maps ${JSON.stringify(input)}`, () => expect(normalizeProvince(input)).to.deep.equal(expected));
  }
});

describe('phones and postal codes of the registry', () => {
  const phones: Array<[string, string, boolean, boolean]> = [
    ['6135965505', '613 596-5505', true, false],
    ['18554493737', '1 855 449-3737', true, false], // 11-digit toll-free
    ['4402078479400', '4402078479400', false, false], // 13-digit foreign, kept as written
    ['011442071830052', '011442071830052', false, false],
    ['5555555555', '', false, true],
    ['9999999999', '', false, true],
    [' ', '', false, false],
  ];
  for (const [input, value, nanp, placeholder] of phones) {
    it(`cleans phone ${JSON.stringify(input)}`, () => expect(cleanPhone(input)).to.deep.equal({value, nanp, placeholder}));
  }

  const postalCodes: Array<[string, string, string, boolean, boolean]> = [
    ['K2B7H7', 'CA', 'K2B 7H7', true, true],
    ['M2N 5R3', 'CA', 'M2N 5R3', true, false],
    ['M2R 1M2  ', 'CA', 'M2R 1M2', true, true],
    ['M1S-0B3', 'CA', 'M1S 0B3', true, true],
    ['G5M1J2', 'CA', 'G5M 1J2', true, true],
    ['07662', 'US', '07662', true, false],
    ['23401', 'CA', '23401', false, false],
    ['EC1A 4HY', 'GB', 'EC1A 4HY', true, false],
  ];
  for (const [input, country, value, valid, changed] of postalCodes) {
    it(`cleans postal code ${JSON.stringify(input)} (${country})`, () => {
      expect(cleanPostalCode(input, country)).to.deep.equal({value, valid, blank: false, changed});
    });
  }
  it('tells a blank postal code (58 schools have none) from an invalid one', () => {
    expect(cleanPostalCode('', 'CA')).to.deep.equal({value: '', valid: false, blank: true, changed: false});
    expect(cleanPostalCode(' ', 'CA').blank).to.be.true;
  });
});

describe('FINTRAC rows', () => {
  it('reads a well-formed row', () => {
    const row = readFintracRow(['1469280 ONTARIO INC.', '407-357', 'HOSSMAN ST', ' ', 'KITCHENER', 'ON', '4162450805', 'N2M3N5']);
    expect(row.shifted).to.be.false;
    expect(row.fields).to.deep.equal({
      name: '1469280 ONTARIO INC.',
      civicNumber: '407-357',
      street: 'HOSSMAN ST',
      unit: '',
      city: 'KITCHENER',
      province: 'ON',
      phone: '4162450805',
      postalCode: 'N2M3N5',
    });
  });

  it('reads a row of placeholders as empty fields', () => {
    const row = readFintracRow(["LEE'S COINS & STAMPS LTD.", ' ', ' ', ' ', ' ', ' ', '6046834241', ' ']);
    expect(row.fields.civicNumber + row.fields.street + row.fields.city + row.fields.postalCode).to.equal('');
    expect(row.fields.phone).to.equal('6046834241');
  });

  const shifted: Array<[string[], {civicNumber: string; street: string; unit: string; city: string; province: string}]> = [
    [
      ['M. KASIPPILLAI & SONS INC.', '3228', '#3', 'EGLINTON AVE E', 'CANADA', ' ', 'SCARBOROUGH', 'ON', '4162678221', 'M1J2H6'],
      {civicNumber: '3228', street: 'EGLINTON AVE E', unit: '#3', city: 'SCARBOROUGH', province: 'ON'},
    ],
    [
      ['SIDHU MONEY EXCHANGE LTD.', '# 2488', '1-B', 'CLEARBROOK ROAD', ' ', 'ABBOTSFORD', 'BC', '6047463131', 'V2T2Y2'],
      {civicNumber: '2488', street: 'CLEARBROOK ROAD', unit: '1-B', city: 'ABBOTSFORD', province: 'BC'},
    ],
    [
      ['SUNRISE REMITTANCE LTD', '406', '13310', 'WESTMOUNT CENTRE', '111 AVENUE', ' ', 'EDMONTON', 'AB', '7804240404', 'T5M 3L7'],
      {civicNumber: '13310', street: 'WESTMOUNT CENTRE, 111 AVENUE', unit: '406', city: 'EDMONTON', province: 'AB'},
    ],
    [
      ['FREDO BR INC.', '5600', '30', 'BOUL HENRI-BOURASSA E UNITE', 'CANADA', ' ', 'MONTRÉAL-NORD', 'QC', '5143216230', 'H1G2T3'],
      {civicNumber: '5600', street: 'BOUL HENRI-BOURASSA E', unit: '30', city: 'MONTRÉAL-NORD', province: 'QC'},
    ],
    [
      ['SEPEHR MONEY TRADER', '1595', 'UNIT 338', '16TH AVENUE', 'CANADA', 'SUITE 301', 'RICHMOND HILL', 'ON', '4163039197', 'L4B 3N9'],
      {civicNumber: '1595', street: '16TH AVENUE', unit: 'UNIT 338, SUITE 301', city: 'RICHMOND HILL', province: 'ON'},
    ],
    [
      ['MIDPOINT CANADA LTD.', '130', '■', 'KING STREET WEST', 'SUITE 3680', 'TORONTO', 'ON', '4162149910', 'M5X 1B1'],
      {civicNumber: '130', street: 'KING STREET WEST', unit: 'SUITE 3680', city: 'TORONTO', province: 'ON'},
    ],
    [
      ['GLOBAL AM EXCHANGE LTD.', '8339', '271-272', 'KENNEDY ROAD', 'CANADA', 'UNIT', 'MARKHAM', 'ON', '4168292790', 'L3R 5T5'],
      {civicNumber: '8339', street: 'KENNEDY ROAD', unit: '271-272', city: 'MARKHAM', province: 'ON'},
    ],
    [
      ['DOLLARSMART GLOBAL PTE. LTD.', '44/1', 'KANTARY TERRACE SOI 12', 'NIMMANHAEMAN RD', 'ROOM 305', 'SUTHEP, CHIANG MAI', ' ', '66955300275', '50200'],
      {civicNumber: '44/1', street: 'KANTARY TERRACE SOI 12, NIMMANHAEMAN RD', unit: 'ROOM 305', city: 'SUTHEP, CHIANG MAI', province: ''},
    ],
  ];
  for (const [cells, expected] of shifted) {
    it(`repairs the shifted row of ${cells[0]} (${cells.length} columns)`, () => {
      const row = readFintracRow(cells);
      expect(row.shifted).to.be.true;
      const {civicNumber, street, unit, city, province} = row.fields;
      expect({civicNumber, street, unit, city, province}).to.deep.equal(expected);
      expect(row.fields.phone).to.equal(cells[cells.length - 2]);
      expect(row.fields.postalCode).to.equal(cells[cells.length - 1].trim());
    });
  }

  it('says when the civic number of a shifted row is a guess', () => {
    const row = readFintracRow(['AFAS INVESTMENTS INC', '5764', '3114', 'MONKLAND AVENUE', 'CANADA', ' ', 'MONTREAL', 'QC', '5148142024', 'H4A 1E9']);
    expect(row.fields.civicNumber).to.equal('5764');
    expect(row.changes.some((change) => change.startsWith('ambiguous civic number'))).to.be.true;
  });

  it('moves units and the country out of the street and the civic number', () => {
    const row = readFintracRow(['X', 'SUITE 180-2985', 'DUNDAS STREET W CANADA', ' ', 'TORONTO', 'ON', '4165880749', 'M6J 1Y6']);
    expect(row.fields).to.include({civicNumber: '2985', street: 'DUNDAS STREET W', unit: 'SUITE 180'});
    const unitOnly = readFintracRow(['Y', '3000', 'DANFORTH AVE', 'UNIT', 'TORONTO', 'ON', '4165880749', 'M4C 1M7']);
    expect(unitOnly.fields.unit).to.equal('');
  });

  const leading: Array<[string, {civicNumber: string; street: string} | null]> = [
    ['112-8TH AVENUE S.W.', {civicNumber: '112', street: '8TH AVENUE S.W.'}],
    ['1986WESTON ROAD', {civicNumber: '1986', street: 'WESTON ROAD'}],
    ['#12-3620-29TH STREET NE', {civicNumber: '12-3620', street: '29TH STREET NE'}],
    ['A5-4300 STEELES AVE EAST', {civicNumber: 'A5-4300', street: 'STEELES AVE EAST'}],
    ['22ND STREET WEST', null],
    ['HIGHWAY 405 QUEENSTON-LEWISTON BRIDGE', null],
  ];
  for (const [street, expected] of leading) {
    it(`finds the civic number at the start of ${JSON.stringify(street)}`, () => expect(leadingCivicNumber(street)).to.deep.equal(expected));
  }
});
