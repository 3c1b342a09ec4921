import {expect} from '@open-wc/testing';
import {
  defaultListPreferences,
  listPreferencesKey,
  loadListPreferences,
  parseListPreferences,
  saveListPreferences,
  serializeListPreferences,
  type ListPreferences,
} from '../../src/model/list-preferences.js';

const choices: ListPreferences = {
  filter: {states: ['active', 'favourites'], sectorIds: ['manu'], repIds: ['eg'], languages: ['en']},
  groupBy: 'rep',
  sort: [
    {field: 'sector', direction: 'desc'},
    {field: 'name', direction: 'asc'},
  ],
};

describe('list-preferences', () => {
  it('round-trips the choices', () => {
    expect(parseListPreferences(serializeListPreferences(choices))).to.deep.equal(choices);
  });

  it('defaults to Actif, no grouping, by code', () => {
    expect(defaultListPreferences()).to.deep.equal({
      filter: {states: ['active'], sectorIds: [], repIds: [], languages: []},
      groupBy: null,
      sort: [{field: 'code', direction: 'asc'}],
    });
  });

  it('keys by database and user', () => {
    expect(listPreferencesKey('db', 'marie')).to.not.equal(listPreferencesKey('db', 'paul'));
    expect(listPreferencesKey('db1', 'marie')).to.not.equal(listPreferencesKey('db2', 'marie'));
    expect(listPreferencesKey('a:b', 'c')).to.not.equal(listPreferencesKey('a', 'b:c'));
  });

  it('parses defensively: nothing, garbage, another version give none; bad values are dropped one by one', () => {
    for (const text of [null, undefined, '', 'nope', '[]', '42', '{"v":2}', '{"v":1', 'null']) expect(parseListPreferences(text)).to.equal(undefined);
    const parsed = parseListPreferences(
      JSON.stringify({
        v: 1,
        states: ['active', 'bogus', 'active', 3],
        sectorIds: ['manu', '', {x: 1}, 'x'.repeat(500)],
        repIds: 'eg',
        languages: ['fr', 'de'],
        groupBy: 'colour',
        sort: [{field: 'name', direction: 'up'}, {field: 'phone', direction: 'desc'}, {field: 'phone', direction: 'asc'}, null],
      }),
    )!;
    expect(parsed).to.deep.equal({
      filter: {states: ['active'], sectorIds: ['manu'], repIds: [], languages: ['fr']},
      groupBy: null,
      sort: [{field: 'phone', direction: 'desc'}],
    });
    expect(parseListPreferences('{"v":1}')!.sort).to.deep.equal([{field: 'code', direction: 'asc'}]);
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadListPreferences(broken, 'k')).to.equal(undefined);
    expect(saveListPreferences(broken, 'k', choices)).to.equal(false);
  });
});
