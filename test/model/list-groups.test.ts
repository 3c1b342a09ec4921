import {expect} from '@open-wc/testing';
import {groupRows, isGroupHeader, rowsOf, toggleGroup} from '../../src/model/list-groups.js';

interface Row {
  id: string;
  sector: string;
}
const rows: Row[] = [
  {id: 'a', sector: 'z'},
  {id: 'b', sector: ''},
  {id: 'c', sector: 'e'},
  {id: 'd', sector: 'z'},
];
const labels: Record<string, string> = {z: 'Zinc', e: 'Éducation', '': '(Aucun)'};
const options = {keyOf: (row: Row) => row.sector, labelOf: (key: string) => labels[key]};

describe('list-groups', () => {
  it('groups rows by label in French collation, keeping row order, the empty group last', () => {
    const {items, groups} = groupRows(rows, options);
    expect(groups.map((g) => [g.label, g.count, g.expanded])).to.deep.equal([
      ['Éducation', 1, true],
      ['Zinc', 2, true],
      ['(Aucun)', 1, true],
    ]);
    expect(items.map((item) => (isGroupHeader(item) ? `#${item.label}` : item.id))).to.deep.equal(['#Éducation', 'c', '#Zinc', 'a', 'd', '#(Aucun)', 'b']);
    expect(groups[0].id).to.equal('group:e');
  });

  it('leaves the rows of collapsed groups out, with their count kept', () => {
    const {items, groups} = groupRows(rows, {...options, collapsed: new Set(['z'])});
    expect(groups[1]).to.include({label: 'Zinc', count: 2, expanded: false});
    expect(rowsOf(items).map((r) => r.id)).to.deep.equal(['c', 'b']);
  });

  it('toggles one group, or with shift all groups to the clicked one\'s new state', () => {
    const all = ['e', 'z', ''];
    expect([...toggleGroup(new Set(), 'z', all)]).to.deep.equal(['z']);
    expect([...toggleGroup(new Set(['z']), 'z', all)]).to.deep.equal([]);
    expect([...toggleGroup(new Set(), 'z', all, true)]).to.deep.equal(all);
    expect([...toggleGroup(new Set(['z']), 'z', all, true)]).to.deep.equal([]);
    expect([...toggleGroup(new Set(['z']), 'e', all, true)]).to.deep.equal(all);
  });
});
