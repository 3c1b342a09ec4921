import {expect} from '@open-wc/testing';
import {formatInteger, translate, type Locale} from '../../src/i18n/translate.js';

describe('formatInteger', () => {
  const samples = [0, 7, -7, 42, 999, 1000, -1000, 1234, 9999, 10000, 54321, 100000, 999999, 1000000, -1234567, 7548, 2 ** 40, Number.MAX_SAFE_INTEGER];
  for (const locale of ['fr-CA', 'en-CA'] as Locale[]) {
    it(`writes whole numbers exactly as Intl.NumberFormat does in ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale);
      for (const value of samples) expect(formatInteger(locale, value), String(value)).to.equal(intl.format(value));
    });
  }

  it('leaves numbers that are not safe integers to Intl.NumberFormat; messages use it', () => {
    expect(formatInteger('fr-CA', 1.5)).to.equal(new Intl.NumberFormat('fr-CA').format(1.5));
    expect(translate('en-CA', 'list.count', {shown: 1234, total: 100000})).to.equal('1,234 records of 100,000');
    expect(translate('fr-CA', 'list.count', {shown: 1, total: 7548})).to.equal('1 fiche sur 7\u00a0548');
  });
});
