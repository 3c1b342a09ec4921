import {expect} from '@open-wc/testing';
import {countryName, formatAddressLines, formatAddressOneLine, mapsRouteUrl, websiteHref} from '../../src/model/address.js';
import type {PostalAddress} from '../../src/model/types.js';

const quebec: PostalAddress = {
  civicNumber: '1020',
  street: 'avenue St-Jean-de-la-Lande',
  city: 'Saint-Georges',
  province: 'QC',
  postalCode: 'G5Z 0M2',
  country: 'CA',
};

describe('formatAddressLines', () => {
  const cases: Array<[string, PostalAddress | null, string, string[]]> = [
    ['a Québec address in French', quebec, 'fr-CA', ['1020, avenue St-Jean-de-la-Lande', 'Saint-Georges QC  G5Z 0M2', 'Canada']],
    ['the same address in English', quebec, 'en-CA', ['1020 avenue St-Jean-de-la-Lande', 'Saint-Georges QC  G5Z 0M2', 'Canada']],
    [
      'accents and extra spaces',
      {civicNumber: ' 5 ', street: 'rue  des Écoles', city: 'Montréal', province: 'qc', postalCode: 'H3B 2Y5', country: 'CA'},
      'fr-CA',
      ['5, rue des Écoles', 'Montréal QC  H3B 2Y5', 'Canada'],
    ],
    [
      'a bare unit number (Canada Post: unit-civic)',
      {...quebec, unit: '200'},
      'fr-CA',
      ['200-1020, avenue St-Jean-de-la-Lande', 'Saint-Georges QC  G5Z 0M2', 'Canada'],
    ],
    [
      'a unit written out',
      {...quebec, unit: 'bureau 310'},
      'fr-CA',
      ['1020, avenue St-Jean-de-la-Lande, bureau 310', 'Saint-Georges QC  G5Z 0M2', 'Canada'],
    ],
    [
      'a US address with a suite',
      {civicNumber: '350', street: 'Fifth Avenue', unit: 'Suite 3300', city: 'New York', province: 'NY', postalCode: '10118', country: 'US'},
      'fr-CA',
      ['350 Fifth Avenue, Suite 3300', 'New York NY  10118', 'États-Unis'],
    ],
    [
      'a US address with a bare unit, in English',
      {civicNumber: '350', street: 'Fifth Avenue', unit: '12B', city: 'New York', province: 'NY', postalCode: '10118', country: 'US'},
      'en-CA',
      ['350 Fifth Avenue, #12B', 'New York NY  10118', 'United States'],
    ],
    [
      'no province, postal code first (France)',
      {civicNumber: '8', street: 'rue de Rivoli', city: 'Paris', province: '', postalCode: '75001', country: 'FR'},
      'fr-CA',
      ['8 rue de Rivoli', '75001 Paris', 'France'],
    ],
    [
      'no province, postal code after the city (United Kingdom)',
      {civicNumber: '10', street: 'Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'GB'},
      'en-CA',
      ['10 Downing Street', 'London  SW1A 2AA', 'United Kingdom'],
    ],
    ['no address (a prospect)', null, 'fr-CA', []],
  ];
  for (const [name, address, locale, expected] of cases) {
    it(`formats ${name}`, () => expect(formatAddressLines(address, locale)).to.deep.equal(expected));
  }

  it('puts the address on one line with single spaces', () => {
    expect(formatAddressOneLine(quebec)).to.equal('1020, avenue St-Jean-de-la-Lande, Saint-Georges QC G5Z 0M2, Canada');
  });
});

describe('countryName', () => {
  const cases: Array<[string, string, string]> = [
    ['CA', 'fr-CA', 'Canada'],
    ['US', 'fr-CA', 'États-Unis'],
    ['US', 'en-CA', 'United States'],
    ['DE', 'fr-CA', 'Allemagne'],
    ['DE', 'en-CA', 'Germany'],
    ['mx', 'fr-CA', 'Mexique'],
    ['', 'fr-CA', ''],
    ['not a code', 'fr-CA', 'NOT A CODE'],
  ];
  for (const [code, locale, expected] of cases) {
    it(`names ${JSON.stringify(code)} in ${locale}`, () => expect(countryName(code, locale)).to.equal(expected));
  }
});

describe('mapsRouteUrl', () => {
  it('opens the route to the encoded address', () => {
    const url = mapsRouteUrl(quebec);
    expect(url.startsWith('https://www.google.com/maps/dir/?api=1&destination=')).to.be.true;
    expect(new URL(url).searchParams.get('destination')).to.equal('1020 avenue St-Jean-de-la-Lande, Saint-Georges QC G5Z 0M2, Canada');
    expect(url).not.to.contain(' ');
  });

  it('encodes accents, # and &', () => {
    const url = mapsRouteUrl({civicNumber: '12', street: 'rue Ste-Thérèse & Côté', unit: '#4', city: 'Lévis', province: 'QC', postalCode: 'G6V 4Z2', country: 'CA'});
    expect(new URL(url).searchParams.get('destination')).to.equal('4-12 rue Ste-Thérèse & Côté, Lévis QC G6V 4Z2, Canada');
  });

  it('gives nothing without an address', () => {
    expect(mapsRouteUrl(null)).to.equal('');
  });
});

describe('websiteHref', () => {
  const cases: Array<[string | null | undefined, string]> = [
    ['lesroydelapomme.com', 'https://lesroydelapomme.com/'],
    ['www.lesroydelapomme.com/contact', 'https://www.lesroydelapomme.com/contact'],
    ['http://example.ca', 'http://example.ca/'],
    ['HTTPS://Example.ca/Été', 'https://example.ca/%C3%89t%C3%A9'],
    ['  https://example.ca  ', 'https://example.ca/'],
    ['//example.ca', 'https://example.ca/'],
    ['example.ca:8080/x', 'https://example.ca:8080/x'],
    ['javascript:alert(1)', ''],
    ['JavaScript:alert(1)', ''],
    [' java\nscript:alert(1)', ''],
    ['\tjavascript:alert(1)', ''],
    ['data:text/html,<script>alert(1)</script>', ''],
    ['vbscript:msgbox(1)', ''],
    ['mailto:info@example.ca', ''],
    ['ftp://example.ca', ''],
    ['not a website', ''],
    ['localhost', ''],
    ['intranet', ''],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(websiteHref(input)).to.equal(expected));
  }
});
