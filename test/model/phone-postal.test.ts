import {expect} from '@open-wc/testing';
import {formatPhone, parsePhone, phoneHref} from '../../src/model/phone.js';
import {normalizePostalCode} from '../../src/model/postal-code.js';

describe('phones', () => {
  const cases: Array<[string, string]> = [
    ['4187749801', '418 774-9801'],
    ['(418) 774-9801', '418 774-9801'],
    ['418.774.9801 poste 23', '418 774-9801 #23'],
    ['418-774-9801 x 5', '418 774-9801 #5'],
    ['18009604542', '1 800 960-4542'],
    ['+33 1 42 68 53 00', '+33 1 42 68 53 00'],
    ['4412345678901', '4412345678901'],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(`formats ${JSON.stringify(input)}`, () => expect(formatPhone(input)).to.equal(expected));
  }
  it('knows North American numbers and builds tel: links', () => {
    expect(parsePhone('514 856-6224').nanp).to.be.true;
    expect(phoneHref('418 774-9801 poste 23')).to.equal('tel:+14187749801;ext=23');
    expect(phoneHref('12')).to.equal('');
  });
});

describe('postal codes', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['g5z0m2', 'CA', 'G5Z 0M2', true],
    ['G5Z 0M2', 'CA', 'G5Z 0M2', true],
    ['h2x-1y4', 'CA', 'H2X 1Y4', true],
    ['D2X 1Y4', 'CA', 'D2X 1Y4', false],
    ['W1A 1A1', 'CA', 'W1A 1A1', false],
    ['K1A 0B1', 'CA', 'K1A 0B1', true],
    ['H0H 0H0', 'CA', 'H0H 0H0', true],
    ['12345', 'US', '12345', true],
    ['123456789', 'US', '12345-6789', true],
    ['1234', 'US', '1234', false],
    ['75008', 'FR', '75008', true],
  ];
  for (const [input, country, value, valid] of cases) {
    it(`${country} ${input} → ${value} (${valid ? 'valid' : 'invalid'})`, () => {
      expect(normalizePostalCode(input, country)).to.deep.equal({value, valid});
    });
  }
});
