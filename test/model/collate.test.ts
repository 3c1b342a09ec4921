import {expect} from '@open-wc/testing';
import {sortByText, compareText} from '../../src/model/collate.js';

describe('French collation', () => {
  it('orders accented names as French readers expect', () => {
    const names = ['Zinc Inc.', 'Épicerie Bédard', 'École St-Jean', 'Entrepôt Lévis', 'eau Claire'];
    expect(sortByText(names, (n) => n)).to.deep.equal([
      'eau Claire',
      'École St-Jean',
      'Entrepôt Lévis',
      'Épicerie Bédard',
      'Zinc Inc.',
    ]);
  });

  it('sorts numbers inside codes numerically and empty values last', () => {
    expect(sortByText(['C-0010', '', 'C-0009', 'C-100'], (n) => n)).to.deep.equal(['C-0009', 'C-0010', 'C-100', '']);
    expect(compareText(undefined, 'a')).to.equal(1);
  });
});
