import {expect} from '@open-wc/testing';
import {fold, digitsOf, queryTerms, searchTextOf, matchesTerms} from '../../src/model/fold.js';

describe('fold', () => {
  const cases: Array<[string, string]> = [
    ['Québec', 'quebec'],
    ['MONTRÉAL', 'montreal'],
    ['École St-Jean', 'ecole st jean'],
    ['ÉCOLE', 'ecole'],
    ['Cœur-Vaillant', 'coeur vaillant'],
    ["L'Envol", 'l envol'],
    ['Côté & Fils inc.', 'cote fils inc'],
    ['  9037-3622 QUÉBEC INC. ', '9037 3622 quebec inc'],
    ['Saint-Jérôme', 'saint jerome'],
    ['', ''],
    ['Café ☕ Soleil 😀!', 'cafe ☕ soleil 😀'],
    ['!!! — %', ''],
  ];
  for (const [input, expected] of cases) {
    it(`folds ${JSON.stringify(input)}`, () => expect(fold(input)).to.equal(expected));
  }

  it('folds a text without accents as it folds the same text with one (every ASCII character)', () => {
    for (let code = 0; code < 128; code++) {
      const text = `Ab${String.fromCharCode(code)}Cd 9`;
      // With "é" the text is decomposed the long way; its folded "e" is taken off again.
      expect(fold(text), `character ${code}`).to.equal(fold(`${text}é`).slice(0, -1));
    }
  });

  it('keeps digits of any phone formatting', () => {
    expect(digitsOf('(418) 774-9801 poste 23')).to.equal('418774980123');
    expect(digitsOf(undefined)).to.equal('');
  });

  it('matches every term, accents and case ignored', () => {
    const text = searchTextOf(['C-0005', 'Les Roy de la Pomme', 'Saint-Georges', 'Pierre Veilleux'], ['877 627-3633']);
    expect(matchesTerms(text, queryTerms('pomme georges'))).to.be.true;
    expect(matchesTerms(text, queryTerms('POMMÉ'))).to.be.true;
    expect(matchesTerms(text, queryTerms('8776273633'))).to.be.true;
    expect(matchesTerms(text, queryTerms('(877) 627'))).to.be.true;
    expect(matchesTerms(text, queryTerms('c-0005'))).to.be.true;
    expect(matchesTerms(text, queryTerms('pomme montreal'))).to.be.false;
    // A query of punctuation alone is a term no text contains (it is not a search for everything).
    expect(queryTerms('!!!')).to.deep.equal(['!!!']);
    expect(queryTerms(' ! ! ')).to.deep.equal(['!!']);
    expect(matchesTerms(text, queryTerms('% —'))).to.be.false;
    expect(queryTerms('  ')).to.deep.equal([]);
    // A word and a number joined by punctuation stay one term (a client code).
    expect(queryTerms('C-0005')).to.deep.equal(['c0005']);
    expect(queryTerms('Québec-2000 imprimerie')).to.deep.equal(['quebec2000', 'imprimerie']);
    expect(queryTerms('st-jean 418-774')).to.deep.equal(['st', 'jean', '418', '774']);
    expect(searchTextOf(['Imprimerie Québec-2000'])).to.equal(' imprimerie quebec 2000 quebec2000 ');
  });
});
