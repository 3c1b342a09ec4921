import {expect} from '@open-wc/testing';
import {
  countryHasPostalCode,
  countryHasSubdivisions,
  countryLabel,
  countryOptions,
  findSubdivision,
  isKnownCountry,
  subdivisionLabel,
  subdivisionOptions,
} from '../../src/model/geo.js';
import {frCA} from '../../src/i18n/fr-CA.js';
import {enCA} from '../../src/i18n/en-CA.js';

describe('geo: countries', () => {
  it('lists every country, Canada and the United States first, then in French order', () => {
    const options = countryOptions('fr-CA');
    expect(options.length).to.be.greaterThan(240);
    expect(options.slice(0, 2)).to.deep.equal([
      {code: 'CA', name: 'Canada'},
      {code: 'US', name: 'États-Unis'},
    ]);
    const names = options.slice(2).map((o) => o.name);
    expect(names).to.include.members(['France', 'Allemagne', 'Émirats arabes unis', 'Mexique']);
    // French collation: "Égypte" sorts among the E's, not after "Zimbabwe".
    expect(names.indexOf('Égypte')).to.be.lessThan(names.indexOf('Espagne'));
    expect(names.indexOf('Égypte')).to.be.greaterThan(names.indexOf('Danemark'));
    expect(new Set(options.map((o) => o.code)).size).to.equal(options.length);
  });

  it('names countries in English too', () => {
    const options = countryOptions('en-CA');
    expect(options[1]).to.deep.equal({code: 'US', name: 'United States'});
    expect(options.find((o) => o.code === 'DE')?.name).to.equal('Germany');
  });

  it('gives a copy that callers may change', () => {
    countryOptions('fr-CA')[0].name = 'changed';
    expect(countryOptions('fr-CA')[0].name).to.equal('Canada');
  });

  it('knows country codes, in any case', () => {
    expect(isKnownCountry('CA')).to.be.true;
    expect(isKnownCountry('fr')).to.be.true;
    expect(isKnownCountry('ZZ')).to.be.false;
    expect(isKnownCountry('Canada')).to.be.false;
    expect(isKnownCountry('')).to.be.false;
    expect(countryLabel('fr', 'fr-CA')).to.equal('France');
  });
});

describe('geo: provinces and states', () => {
  const cases: Array<[string, boolean, boolean]> = [
    ['CA', true, true],
    ['US', true, true],
    ['AU', true, true],
    ['MX', true, true],
    ['FR', false, true],
    ['DE', false, true],
    ['GB', false, true],
    ['HK', false, false],
    ['ZZ', false, true],
    ['', false, true],
  ];
  for (const [country, subdivisions, postal] of cases) {
    it(`${country || '(none)'}: provinces ${subdivisions ? 'yes' : 'no'}, postal code ${postal ? 'yes' : 'no'}`, () => {
      expect(countryHasSubdivisions(country)).to.equal(subdivisions);
      expect(countryHasPostalCode(country)).to.equal(postal);
    });
  }

  it('lists the 13 Canadian provinces and territories in French and English', () => {
    const fr = subdivisionOptions('CA', 'fr-CA');
    expect(fr).to.have.length(13);
    expect(fr.map((o) => o.code)).to.include.members(['QC', 'ON', 'BC', 'NL', 'YT', 'NU', 'NT', 'PE']);
    expect(fr.find((o) => o.code === 'QC')?.name).to.equal('Québec');
    expect(fr.find((o) => o.code === 'PE')?.name).to.equal('Île-du-Prince-Édouard');
    // French collation: "Île-du-Prince-Édouard" among the I's, before "Manitoba".
    const names = fr.map((o) => o.name);
    expect(names.indexOf('Île-du-Prince-Édouard')).to.be.lessThan(names.indexOf('Manitoba'));
    const en = subdivisionOptions('ca', 'en-CA');
    expect(en.find((o) => o.code === 'QC')?.name).to.equal('Quebec');
    expect(en.find((o) => o.code === 'NL')?.name).to.equal('Newfoundland and Labrador');
  });

  it('lists the US states with French names', () => {
    const states = subdivisionOptions('US', 'fr-CA');
    expect(states.length).to.be.at.least(51);
    expect(states.find((o) => o.code === 'NY')?.name).to.equal('New York');
    expect(states.find((o) => o.code === 'CA')?.name).to.equal('Californie');
    expect(states.find((o) => o.code === 'MS')?.name).to.equal('Mississippi');
    expect(subdivisionOptions('FR', 'fr-CA')).to.deep.equal([]);
  });

  it('finds a province by code or by name, accents and case ignored', () => {
    const cases: Array<[string, string, string]> = [
      ['CA', 'QC', 'QC'],
      ['CA', 'qc', 'QC'],
      ['CA', 'Québec', 'QC'],
      ['CA', 'QUEBEC', 'QC'],
      ['CA', 'Quebec', 'QC'],
      ['CA', 'Nouvelle-Écosse', 'NS'],
      ['CA', 'nova scotia', 'NS'],
      ['US', 'Californie', 'CA'],
      ['US', 'CA', 'CA'],
      ['CA', 'NY', ''],
      ['FR', 'IDF', ''],
      ['CA', '', ''],
    ];
    for (const [country, text, code] of cases) expect(findSubdivision(country, text), `${country} ${text}`).to.equal(code);
    expect(subdivisionLabel('CA', 'QC', 'fr-CA')).to.equal('Québec');
    expect(subdivisionLabel('CA', 'QC', 'en-CA')).to.equal('Quebec');
    expect(subdivisionLabel('CA', 'XX', 'fr-CA')).to.equal('XX');
  });
});

describe('catalogues', () => {
  it('has every French key in English', () => {
    const missing = Object.keys(frCA).filter((key) => !(key in enCA));
    expect(missing).to.deep.equal([]);
  });
});
