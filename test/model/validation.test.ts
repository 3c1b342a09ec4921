import {expect} from '@open-wc/testing';
import {
  addIssue,
  hasErrors,
  lengthProblem,
  numberProblem,
  phoneProblem,
  postalCodeProblem,
  requiredProblem,
  websiteProblem,
  type FieldErrors,
} from '../../src/model/validation.js';

describe('validation: required and length', () => {
  const blanks: Array<string | null | undefined> = ['', '   ', '\u00a0', '=', '===', '---', '■', null, undefined];
  for (const value of blanks) {
    it(`${JSON.stringify(value)} is missing`, () => expect(requiredProblem(value)).to.deep.equal({key: 'validation.required'}));
  }
  const present = ['A', 'Côté', '3M', '=A'];
  for (const value of present) {
    it(`${JSON.stringify(value)} is present`, () => expect(requiredProblem(value)).to.be.null);
  }
  it('counts characters, accents included', () => {
    expect(lengthProblem('é'.repeat(120), 120)).to.be.null;
    expect(lengthProblem('é'.repeat(121), 120)).to.deep.equal({key: 'validation.tooLong', params: {max: 120}});
  });
});

describe('validation: postal codes', () => {
  const cases: Array<[string, string, string | null]> = [
    ['g5z0m2', 'CA', null],
    ['G5Z 0M2', 'CA', null],
    ['g5z-0m2', 'CA', null],
    [' h2x 1y4 ', 'CA', null],
    ['D2X 1Y4', 'CA', 'validation.postalCode.CA'],
    ['F2X 1Y4', 'CA', 'validation.postalCode.CA'],
    ['W1A 1A1', 'CA', 'validation.postalCode.CA'],
    ['Z9Z 9Z9', 'CA', 'validation.postalCode.CA'],
    ['G5Z 0O2', 'CA', 'validation.postalCode.CA'],
    ['G5Z0M', 'CA', 'validation.postalCode.CA'],
    ['12345', 'CA', 'validation.postalCode.CA'],
    ['12345', 'US', null],
    ['12345-6789', 'US', null],
    ['123456789', 'US', null],
    ['1234', 'US', 'validation.postalCode.US'],
    ['12345-678', 'US', 'validation.postalCode.US'],
    ['G5Z 0M2', 'US', 'validation.postalCode.US'],
    ['75008', 'FR', null],
    ['SW1A 1AA', 'GB', null],
    ['anything goes', 'DE', null],
    ['', 'CA', null],
  ];
  for (const [value, country, key] of cases) {
    it(`${country} ${JSON.stringify(value)} → ${key ?? 'valid'}`, () => {
      expect(postalCodeProblem(value, country)).to.deep.equal(key ? {key} : null);
    });
  }
  it('defaults to Canada', () => expect(postalCodeProblem('D2X 1Y4', '')).to.deep.equal({key: 'validation.postalCode.CA'}));
  it('limits free postal codes to 20 characters', () => expect(postalCodeProblem('9'.repeat(21), 'FR')?.key).to.equal('validation.tooLong'));
});

describe('validation: phones', () => {
  const valid = [
    '418 774-9801',
    '4187749801',
    '(418) 774-9801',
    '418.774.9801',
    '1-418-774-9801',
    '+1 418 774 9801',
    '418 774-9801 poste 23',
    '418-774-9801 x 5',
    '418 774-9801 #23',
    '1 800 960-4542',
    '+33 1 42 68 53 00',
    '011 33 1 42 68 53 00',
    '+44 20 7946 0958 ext. 12',
    '',
  ];
  for (const value of valid) {
    it(`accepts ${JSON.stringify(value)}`, () => expect(phoneProblem(value)).to.be.null);
  }
  const invalid = [
    '774-9801', // no area code
    '123 456-7890', // no area code starts with 1
    '418 174-9801', // no exchange starts with 1
    '418-CALL-NOW',
    '418 774-980',
    '44 20 7946 0958', // international without +
    '+33 12',
    '+1234567890123456',
    'poste 23',
    'n/a',
  ];
  for (const value of invalid) {
    it(`refuses ${JSON.stringify(value)}`, () => expect(phoneProblem(value)).to.deep.equal({key: 'validation.phone'}));
  }
});

describe('validation: websites', () => {
  const cases: Array<[string, boolean]> = [
    ['https://www.lesroydelapomme.com', true],
    ['http://exemple.ca/boutique?x=1', true],
    ['www.imprimerie-cote.ca', true],
    ['imprimerie-côté.ca', true],
    ['HTTPS://EXEMPLE.CA', true],
    ['', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['ftp://exemple.ca', false],
    ['mailto:info@exemple.ca', false],
    ['exemple', false],
    ['www.exemple .ca', false],
  ];
  for (const [value, ok] of cases) {
    it(`${ok ? 'accepts' : 'refuses'} ${JSON.stringify(value)}`, () => {
      expect(websiteProblem(value)).to.deep.equal(ok ? null : {key: 'validation.website'});
    });
  }
});

describe('validation: numbers', () => {
  const cases: Array<[unknown, {max?: number; integer?: boolean}, string | null]> = [
    [undefined, {}, null],
    [null, {}, null],
    [0, {}, null],
    [12.5, {max: 100}, null],
    [100, {max: 100}, null],
    [100.01, {max: 100}, 'validation.max'],
    [-0.01, {}, 'validation.negative'],
    [Number.NaN, {}, 'validation.number'],
    [Number.POSITIVE_INFINITY, {}, 'validation.number'],
    ['12', {}, 'validation.number'],
    [30.5, {integer: true}, 'validation.integer'],
    [30, {integer: true}, null],
  ];
  for (const [value, rule, key] of cases) {
    it(`${String(value)} ${JSON.stringify(rule)} → ${key ?? 'valid'}`, () => {
      expect(numberProblem(value, rule)?.key ?? null).to.equal(key);
    });
  }
});

describe('validation: error maps', () => {
  it('keeps the first problem of a field and tells whether there is any', () => {
    const errors: FieldErrors = {};
    expect(hasErrors(errors)).to.be.false;
    addIssue(errors, 'name', null);
    expect(hasErrors(errors)).to.be.false;
    addIssue(errors, 'name', {key: 'validation.required'});
    addIssue(errors, 'name', {key: 'validation.tooLong'});
    expect(errors).to.deep.equal({name: {key: 'validation.required'}});
    expect(hasErrors(errors)).to.be.true;
  });
});
