import {expect} from '@open-wc/testing';
import {provinceForCountry} from '../../components/client-editor/draft.js';

describe('provinceForCountry', () => {
  const cases: Array<[string, string, string, string]> = [
    ['CA', 'ON', 'ON', 'a province of the country is kept'],
    ['FR', 'QC', '', 'France has no province'],
    ['US', 'QC', '', 'the United States ask for a state'],
    ['US', 'NY', 'NY', 'a state is kept'],
    ['CA', '', 'QC', 'back to Canada: Québec again'],
    ['CA', 'NY', 'QC', 'a US state is not Canadian: Québec again'],
  ];
  for (const [country, province, expected, why] of cases) {
    it(`${country} with "${province}" → "${expected}" (${why})`, () => expect(provinceForCountry(country, province, 'fr-CA')).to.equal(expected));
  }
});
