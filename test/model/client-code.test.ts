import {expect} from '@open-wc/testing';
import {clientCodeExample, clientCodeProblem, nextClientCode} from '../../src/model/client-code.js';

describe('nextClientCode', () => {
  const cases: Array<[string, string[], string]> = [
    ['C-####', [], 'C-0001'],
    ['C-####', ['C-7548'], 'C-7549'],
    ['C-####', ['C-0001', 'C-7548', 'C-0100'], 'C-7549'],
    ['C-####', ['c-0041'], 'C-0042'],
    ['C-####', [' C-0009 '], 'C-0010'],
    ['C-####', ['C-9999'], 'C-10000'],
    ['C-####', ['ACME', 'C-12A', 'C-', 'XC-0500', 'C-0500-B'], 'C-0001'],
    ['C-####', ['C-12'], 'C-0013'],
    ['CL-#####-Q', ['CL-00041-Q', 'CL-00007-Q', 'C-9000'], 'CL-00042-Q'],
    ['#####', ['00041', 'C-0099'], '00042'],
    ['CLI', ['CLI0003'], 'CLI0004'],
    ['', ['C-0003'], 'C-0004'],
    ['C.##', ['C.99'], 'C.100'],
  ];
  for (const [pattern, existing, expected] of cases) {
    it(`${JSON.stringify(pattern)} after ${JSON.stringify(existing)} → ${expected}`, () => {
      expect(nextClientCode(pattern, existing)).to.equal(expected);
    });
  }

  it('reads any iterable and never returns a taken code', () => {
    expect(nextClientCode('C-####', new Set(['C-0001']))).to.equal('C-0002');
    expect(nextClientCode('C-####', ['C-0001', 'c-0002'])).to.equal('C-0003');
  });

  it('stays fast over 100,000 codes', () => {
    const codes = Array.from({length: 100_000}, (_, i) => `C-${String(i + 1).padStart(4, '0')}`);
    const started = performance.now();
    expect(nextClientCode('C-####', codes)).to.equal('C-100001');
    expect(performance.now() - started).to.be.lessThan(500);
  });

  it('shows the pattern as an example', () => {
    expect(clientCodeExample('C-####')).to.equal('C-0001');
    expect(clientCodeExample('CL-#####-Q', 5)).to.equal('CL-00005-Q');
  });
});

describe('clientCodeProblem', () => {
  const existing = [
    {id: 'c1', code: 'C-0001'},
    {id: 'c2', code: 'ACME'},
  ];
  const cases: Array<[string, string | undefined, string | null]> = [
    ['C-0002', undefined, null],
    ['  C-0002  ', undefined, null],
    ['ACME.QC_1', undefined, null],
    ['A', undefined, null],
    ['X'.repeat(20), undefined, null],
    ['X'.repeat(21), undefined, 'validation.code.format'],
    ['', undefined, 'validation.required'],
    ['   ', undefined, 'validation.required'],
    ['C 0002', undefined, 'validation.code.format'],
    ['É-0002', undefined, 'validation.code.format'],
    ['C/0002', undefined, 'validation.code.format'],
    ['=C-0002', undefined, 'validation.code.format'],
    ['C-0001', undefined, 'validation.code.taken'],
    ['c-0001', undefined, 'validation.code.taken'],
    ['acme', 'c1', 'validation.code.taken'],
    ['C-0001', 'c1', null],
    ['c-0001', 'c1', null],
  ];
  for (const [code, selfId, key] of cases) {
    it(`${JSON.stringify(code)}${selfId ? ` for ${selfId}` : ''} → ${key ?? 'valid'}`, () => {
      expect(clientCodeProblem(code, existing, selfId)?.key ?? null).to.equal(key);
    });
  }

  it('names the code that is taken', () => {
    expect(clientCodeProblem('acme', existing)).to.deep.equal({key: 'validation.code.taken', params: {code: 'ACME'}});
  });
});
