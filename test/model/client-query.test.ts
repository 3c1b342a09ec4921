import {compareText} from '../../src/model/collate.js';
import {expect} from '@open-wc/testing';
import {
  activeFilterCount,
  DEFAULT_LIST_QUERY,
  defaultListQuery,
  prepareClientQueries,
  queryClients,
  sortByColumn,
  chooseSortField,
  type ListQuery,
  type QueryContext,
} from '../../src/model/client-query.js';
import {toClientRow, type ClientRow} from '../../src/model/client-row.js';
import {makeClient, makeContact, smallSeed} from '../helpers/fixtures.js';
import {queryTerms} from '../../src/model/fold.js';

const seed = smallSeed();
const rows: ClientRow[] = seed.clients.map((client) =>
  toClientRow(client, seed.contacts.filter((contact) => contact.clientId === client.id)),
);
const ctx: QueryContext = {
  favourites: new Set(['c3', 'c6']),
  sectorLabels: new Map(seed.reference.sectors.map((s) => [s.id, s.fr])),
  statusLabels: {prospect: 'Prospect', new: 'Nouveau client', active: 'Actif', inactive: 'Inactif'},
};

/** Every client, whatever its status. */
const ALL: ListQuery = {...defaultListQuery(), states: []};

function names(query: Partial<ListQuery>, context: QueryContext = ctx, source: readonly ClientRow[] = rows): string[] {
  return queryClients(source, {...ALL, ...query}, context).map((row) => row.name);
}

function codes(query: Partial<ListQuery>, context: QueryContext = ctx): string[] {
  return queryClients(rows, {...ALL, ...query}, context).map((row) => row.code);
}

describe('queryClients', () => {
  describe('search (case and accents ignored)', () => {
    const cases: Array<{search: string; expected: string[]; why: string}> = [
      {search: 'montreal', expected: ['C-0002', 'C-0003'], why: 'finds MONTRÉAL and MONTREAL'},
      {search: 'MONTRÉAL', expected: ['C-0002', 'C-0003'], why: 'accented upper case query'},
      {search: 'ecole', expected: ['C-0003'], why: 'finds "École"'},
      {search: 'ÉCOLE st-jean', expected: ['C-0003'], why: 'every word must match; punctuation ignored'},
      {search: 'quebec', expected: ['C-0007'], why: 'finds "Québec"'},
      {search: 'c-0005', expected: ['C-0005'], why: 'client code'},
      {search: 'c0005', expected: ['C-0005'], why: 'client code typed without its dash'},
      {search: 'veilleux', expected: ['C-0005'], why: 'contact last name'},
      {search: 'helene cote', expected: ['C-0005'], why: 'contact with accents'},
      {search: 'saint-georges', expected: ['C-0001', 'C-0004', 'C-0005', 'C-0006'], why: 'city'},
      {search: '4187749801', expected: ['C-0001'], why: 'phone, bare digits'},
      {search: '418 774-9801', expected: ['C-0001'], why: 'phone as displayed'},
      {search: '(418) 774-9801', expected: ['C-0001'], why: 'phone with parentheses'},
      {search: '418.774.98', expected: ['C-0001'], why: 'partial phone with dots'},
      {search: '627-3633', expected: ['C-0003'], why: 'end of a phone'},
      {search: 'zz-nothing', expected: [], why: 'nothing matches'},
      {search: '   ', expected: ['C-0001', 'C-0002', 'C-0003', 'C-0004', 'C-0005', 'C-0006', 'C-0007'], why: 'blank'},
      {search: '!!!', expected: [], why: 'punctuation alone finds nothing, not everything'},
      {search: '% —', expected: [], why: 'symbols alone find nothing'},
      {search: '😀', expected: [], why: 'an emoji no client has'},
    ];
    for (const {search, expected, why} of cases) {
      it(`"${search}": ${why}`, () => {
        expect(codes({search})).to.deep.equal(expected);
      });
    }
  });

  it('finds a code typed with its dash as that code, not as its letter and number apart', () => {
    const source = [
      ...rows,
      toClientRow(makeClient({id: 'c10', code: 'C-3010', name: 'Ailleurs', phone: '418 300-0567'}), []),
      toClientRow(makeClient({id: 'c11', code: 'C-3011', name: 'Imprimerie Québec-2000'}), []),
    ];
    expect(names({search: 'c-0005'}, ctx, source)).to.deep.equal(['eau Claire']);
    expect(names({search: 'C-00'}, ctx, source)).to.have.length(7);
    expect(names({search: 'quebec-2000'}, ctx, source)).to.deep.equal(['Imprimerie Québec-2000']);
    expect(names({search: 'québec-20'}, ctx, source)).to.deep.equal(['Imprimerie Québec-2000']);
    expect(names({search: 'quebec 2000'}, ctx, source)).to.deep.equal(['Imprimerie Québec-2000']);
  });

  it('finds an emoji in a name, as any other character', () => {
    const source = [...rows, toClientRow(makeClient({id: 'c9', code: 'C-0009', name: 'Café ☕ Soleil 😀'}), [])];
    expect(names({search: '😀'}, ctx, source)).to.deep.equal(['Café ☕ Soleil 😀']);
    expect(names({search: 'cafe ☕'}, ctx, source)).to.deep.equal(['Café ☕ Soleil 😀']);
  });

  describe('filters', () => {
    const cases: Array<{query: Partial<ListQuery>; expected: string[]; why: string}> = [
      {query: {states: ['active']}, expected: ['C-0001', 'C-0002', 'C-0003', 'C-0004', 'C-0005'], why: 'Actif includes "Nouveau client"'},
      {query: {states: ['prospect']}, expected: ['C-0007'], why: 'prospects'},
      {query: {states: ['inactive']}, expected: ['C-0006'], why: 'inactive'},
      {query: {states: ['prospect', 'inactive']}, expected: ['C-0006', 'C-0007'], why: 'statuses are OR-ed'},
      {query: {states: ['favourites']}, expected: ['C-0003', 'C-0006'], why: 'favourites alone'},
      {query: {states: ['active', 'favourites']}, expected: ['C-0003'], why: 'favourites AND status'},
      {query: {states: ['unsynced']}, expected: ['C-0007'], why: 'not synchronised with accounting'},
      {query: {sectorIds: ['food', 'edu']}, expected: ['C-0002', 'C-0003', 'C-0005'], why: 'sectors OR-ed'},
      {query: {sectorIds: ['food'], states: ['favourites']}, expected: [], why: 'sector AND favourites'},
      {query: {repIds: ['eg']}, expected: [], why: 'no client has the rep'},
      {query: {languages: ['en']}, expected: [], why: 'language'},
      {query: {languages: ['fr', 'en']}, expected: ['C-0001', 'C-0002', 'C-0003', 'C-0004', 'C-0005', 'C-0006', 'C-0007'], why: 'languages OR-ed'},
      {query: {states: ['active'], search: 'montreal', sectorIds: ['edu']}, expected: ['C-0003'], why: 'search AND filters'},
    ];
    for (const {query, expected, why} of cases) {
      it(why, () => {
        expect(codes(query)).to.deep.equal(expected);
      });
    }

    it('by default hides inactive clients and prospects', () => {
      const visible = queryClients(rows, DEFAULT_LIST_QUERY, ctx);
      expect(visible.map((row) => row.status)).to.deep.equal(['active', 'active', 'active', 'new', 'active']);
      expect(visible.map((row) => row.code)).to.not.include.members(['C-0006', 'C-0007']);
    });

    it('works without favourites in the context', () => {
      expect(codes({states: ['favourites']}, {})).to.deep.equal([]);
    });
  });

  describe('sort', () => {
    const active = {states: ['active' as const]};
    it('orders Entreprise ascending in French collation', () => {
      expect(names({...active, sort: [{field: 'name', direction: 'asc'}]})).to.deep.equal([
        'eau Claire',
        'École St-Jean',
        'Entrepôt Lévis',
        'Épicerie Bédard',
        'Zinc Inc.',
      ]);
    });

    it('orders Entreprise descending', () => {
      expect(names({...active, sort: [{field: 'name', direction: 'desc'}]})).to.deep.equal([
        'Zinc Inc.',
        'Épicerie Bédard',
        'Entrepôt Lévis',
        'École St-Jean',
        'eau Claire',
      ]);
    });

    const cases: Array<{sort: ListQuery['sort']; expected: string[]; why: string}> = [
      {sort: [], expected: ['C-0001', 'C-0002', 'C-0003', 'C-0004', 'C-0005'], why: 'no level: by code'},
      {sort: [{field: 'code', direction: 'desc'}], expected: ['C-0005', 'C-0004', 'C-0003', 'C-0002', 'C-0001'], why: 'code descending'},
      {sort: [{field: 'phone', direction: 'asc'}], expected: ['C-0004', 'C-0001', 'C-0002', 'C-0005', 'C-0003'], why: 'phone digits'},
      {
        sort: [{field: 'sector', direction: 'asc'}],
        expected: ['C-0002', 'C-0005', 'C-0003', 'C-0001', 'C-0004'],
        why: 'sector label (Alimentation, Éducation, Industrie), ties by code',
      },
      {
        sort: [{field: 'sector', direction: 'asc'}, {field: 'name', direction: 'asc'}],
        expected: ['C-0005', 'C-0002', 'C-0003', 'C-0004', 'C-0001'],
        why: 'two levels: sector then name',
      },
      {
        sort: [{field: 'sector', direction: 'desc'}, {field: 'name', direction: 'asc'}],
        expected: ['C-0004', 'C-0001', 'C-0003', 'C-0005', 'C-0002'],
        why: 'two levels: sector descending then name',
      },
      {
        sort: [{field: 'status', direction: 'asc'}, {field: 'name', direction: 'asc'}],
        expected: ['C-0005', 'C-0003', 'C-0002', 'C-0001', 'C-0004'],
        why: 'status label (Actif before Nouveau client), then name',
      },
    ];
    for (const {sort, expected, why} of cases) {
      it(why, () => {
        expect(codes({...active, sort})).to.deep.equal(expected);
      });
    }

    it('sorts sectors by their label in the current locale', () => {
      const english: QueryContext = {...ctx, locale: 'en-CA', sectorLabels: new Map(seed.reference.sectors.map((s) => [s.id, s.en]))};
      // Education, Food and wholesale, Manufacturing.
      expect(codes({...active, sort: [{field: 'sector', direction: 'asc'}]}, english)).to.deep.equal([
        'C-0003',
        'C-0002',
        'C-0005',
        'C-0001',
        'C-0004',
      ]);
    });

    it('puts empty values last in both directions', () => {
      const withEmpty = [
        toClientRow(makeClient({id: 'x1', code: 'X-1', name: 'Bravo', phone: ''})),
        toClientRow(makeClient({id: 'x2', code: 'X-2', name: 'Alpha', phone: '418 555-0000'})),
        toClientRow(makeClient({id: 'x3', code: 'X-3', name: 'Charlie', phone: '514 555-0000'})),
      ];
      const byPhone = (direction: 'asc' | 'desc') =>
        names({sort: [{field: 'phone', direction}]}, ctx, withEmpty);
      expect(byPhone('asc')).to.deep.equal(['Alpha', 'Charlie', 'Bravo']);
      expect(byPhone('desc')).to.deep.equal(['Charlie', 'Alpha', 'Bravo']);
    });

    it('breaks ties by code, numerically, whatever the storage order', () => {
      const same = ['C-0010', 'C-0009', 'C-0100'].map((code, i) => toClientRow(makeClient({id: `t${i}`, code, name: 'Même nom'})));
      expect(queryClients(same, {...ALL, sort: [{field: 'name', direction: 'desc'}]}, ctx).map((r) => r.code)).to.deep.equal([
        'C-0009',
        'C-0010',
        'C-0100',
      ]);
    });

    it('follows new rows arrays and label changes (no stale cached order)', () => {
      const sort: ListQuery['sort'] = [{field: 'sector', direction: 'asc'}];
      const first = codes({...active, sort});
      const renamed: QueryContext = {...ctx, sectorLabels: new Map([['manu', 'Aaa'], ['food', 'Bbb'], ['edu', 'Ccc']])};
      expect(codes({...active, sort}, renamed)).to.deep.equal(['C-0001', 'C-0004', 'C-0002', 'C-0005', 'C-0003']);
      expect(codes({...active, sort})).to.deep.equal(first);
      const fewer = rows.filter((row) => row.id !== 'c2');
      expect(names({...active, sort: [{field: 'name', direction: 'asc'}]}, ctx, fewer)).to.not.include('Épicerie Bédard');
    });
  });

  it('filters and sorts 100,000 rows quickly, and faster again once the order or the ranks are known', () => {
    const big: ClientRow[] = [];
    const words = ['Imprimerie', 'École', 'Épicerie', 'eau', 'Québec', 'Lévis', 'Côté', 'Gagnon', 'Bédard', 'Zinc'];
    for (let i = 0; i < 100_000; i++) {
      const client = makeClient({
        id: `b${i}`,
        code: `C-${String(i).padStart(6, '0')}`,
        name: `${words[i % 10]} ${words[(i * 7) % 9]} ${i.toString(36)}`,
        phone: `418 ${String(100 + (i % 900))}-${String(i % 10_000).padStart(4, '0')}`,
        active: i % 10 !== 0,
      });
      big.push(toClientRow(client, i % 3 ? [] : [makeContact({id: `k${i}`, clientId: client.id})]));
    }
    const query: ListQuery = {...defaultListQuery(), sort: [{field: 'name', direction: 'asc'}]};
    let start = performance.now();
    const first = queryClients(big, query, ctx);
    const cold = performance.now() - start;
    start = performance.now();
    const searched = queryClients(big, {...query, search: 'ecole queb'}, ctx);
    const warm = performance.now() - start;
    start = performance.now();
    queryClients(big, {...query, sort: [{field: 'name', direction: 'desc'}]}, ctx);
    const reversed = performance.now() - start;
    expect(first).to.have.length(90_000);
    expect(searched.length).to.be.greaterThan(0);
    expect(searched.every((row) => row.searchText.includes('ecole'))).to.be.true;
    // Generous bounds (shared CI machines); the benchmark measures the real figures.
    expect(cold, `cold ${cold.toFixed(0)} ms`).to.be.below(3000);
    expect(warm, `warm ${warm.toFixed(0)} ms`).to.be.below(300);
    expect(reversed, `reversed ${reversed.toFixed(0)} ms`).to.be.below(500);
  });
});

describe('list query helpers', () => {
  it('counts the active filters: the default "Actif" is one', () => {
    expect(activeFilterCount(DEFAULT_LIST_QUERY)).to.equal(1);
    expect(activeFilterCount({...ALL})).to.equal(0);
    expect(activeFilterCount({...ALL, states: ['active', 'favourites'], sectorIds: ['food'], languages: ['en'], search: 'x'} as ListQuery)).to.equal(4);
  });

  it('sets a level\'s field in the panel: the field of the other level swaps with it', () => {
    const two = [
      {field: 'sector', direction: 'desc'},
      {field: 'name', direction: 'asc'},
    ] as const;
    expect(chooseSortField(two, 0, 'name')).to.deep.equal([
      {field: 'name', direction: 'desc'},
      {field: 'sector', direction: 'asc'},
    ]);
    expect(chooseSortField(two, 1, 'phone')).to.deep.equal([two[0], {field: 'phone', direction: 'asc'}]);
    expect(chooseSortField(two, 0, undefined)).to.deep.equal([two[1]]);
    // A new second level on the first level's field: nothing to swap with, nothing changes.
    expect(chooseSortField([two[0]], 1, 'sector')).to.deep.equal([two[0]]);
    expect(chooseSortField([two[0]], 1, 'code')).to.deep.equal([two[0], {field: 'code', direction: 'asc'}]);
    expect(two).to.have.length(2);
  });

  it('sorts by a clicked column, reverses on a second click, and keeps the former level second', () => {
    const byName = sortByColumn(DEFAULT_LIST_QUERY.sort, 'name');
    expect(byName).to.deep.equal([
      {field: 'name', direction: 'asc'},
      {field: 'code', direction: 'asc'},
    ]);
    expect(sortByColumn(byName, 'name')[0]).to.deep.equal({field: 'name', direction: 'desc'});
    expect(sortByColumn(sortByColumn(byName, 'name'), 'name')[0]).to.deep.equal({field: 'name', direction: 'asc'});
    expect(sortByColumn(byName, 'phone')).to.deep.equal([
      {field: 'phone', direction: 'asc'},
      {field: 'name', direction: 'asc'},
    ]);
  });

  it('gives fresh copies of the default query', () => {
    const query = defaultListQuery();
    query.states.push('inactive');
    expect(DEFAULT_LIST_QUERY.states).to.deep.equal(['active']);
    expect(() => (DEFAULT_LIST_QUERY as ListQuery).states.push('inactive')).to.throw();
  });
});

describe('queryClients at scale: index, narrowing, carried ranks', () => {
  // Enough rows for the search index (built by prepareClientQueries or at the second search).
  const CITIES = ['Montréal', 'Québec', 'Lévis', 'Saint-Georges', 'Trois-Rivières', 'Sept-Îles', 'Gaspé', 'Ottawa'];
  const WORDS = ['Imprimerie', 'École', 'Épicerie', 'eau', 'Côté', 'Gagnon', 'Bédard', 'Zinc', 'Straße', '東京', 'Œuvre', 'St-Jean'];
  function bigRows(count: number, salt = 0): ClientRow[] {
    const rows: ClientRow[] = [];
    for (let i = 0; i < count; i++) {
      const n = i * 7919 + salt;
      const client = makeClient({
        id: `s${i}`,
        code: `C-${String((i * 37) % count).padStart(5, '0')}-${i}`,
        name: `${WORDS[n % WORDS.length]} ${WORDS[(n >> 3) % WORDS.length]} ${(n % 997).toString(36)}`,
        phone: i % 11 ? `${['418', '514', '819'][i % 3]} ${String(200 + (n % 800))}-${String(n % 10_000).padStart(4, '0')}` : '',
        address: {civicNumber: String(i), street: 'rue Principale', city: CITIES[i % CITIES.length], postalCode: 'G5Z 0M2', country: 'CA'},
        active: i % 9 !== 0,
        sectorId: ['manu', 'food', 'edu', ''][i % 4] || undefined,
      });
      rows.push(toClientRow(client, i % 4 ? [] : [makeContact({id: `k${i}`, clientId: client.id, firstName: 'Hélène', lastName: ['Côté', 'Roy', 'Nguyễn'][i % 3]})]));
    }
    return rows;
  }
  /** What the search must give: every row whose folded text has every term, in the plain query's order. */
  function expected(rows: readonly ClientRow[], search: string, query: Partial<ListQuery> = {}): string[] {
    const terms = queryTerms(search);
    return queryClients(rows, {...ALL, ...query}, ctx)
      .filter((row) => terms.every((term) => row.searchText.includes(term)))
      .map((row) => row.id);
  }

  const rows = bigRows(6000);
  before(() => prepareClientQueries(rows));

  it('shares a preparation of the same rows for the same locale, and prepares another locale apart', async () => {
    const fresh = bigRows(300, 3);
    const first = prepareClientQueries(fresh, {locale: 'en-CA'});
    expect(prepareClientQueries(fresh, {locale: 'en-CA'})).to.equal(first);
    const french = prepareClientQueries(fresh);
    expect(french).to.not.equal(first);
    await Promise.all([first, french]);
    const byName = (locale: string) => queryClients(fresh, {...ALL, sort: [{field: 'name', direction: 'asc'}]}, {...ctx, locale}).map((row) => row.name);
    const names = byName('en-CA');
    expect(names).to.have.length(300);
    for (let i = 1; i < names.length; i++) expect(compareText(names[i - 1], names[i], 'en-CA'), `${names[i - 1]} / ${names[i]}`).to.be.at.most(0);
  });

  it('finds with the index exactly what a scan of every row finds', () => {
    const searches = [
      'm', 'mo', 'mon', 'montr', 'montreal', 'e', 'ec', 'eco', 'ecole', 'ecole st', 'st', 'st jean', 'ss', 'strasse', '東', '東京',
      'oeuvre', 'cote', 'helene cote', 'nguyen', '4', '41', '418', '418 2', '819 20', 'c-0001', 'c00010', 'zz', 'q', 'x9', 'gaspe 418',
    ];
    for (const search of searches) {
      expect(queryClients(rows, {...ALL, search}, ctx).map((row) => row.id), search).to.deep.equal(expected(rows, search));
    }
  });

  it('narrows while typing and widens again on backspace, with the filters applied', () => {
    const query: Partial<ListQuery> = {states: ['active'], sort: [{field: 'name', direction: 'desc'}]};
    const typed = 'gagnon cote 4';
    const steps = [...typed].map((_, i) => typed.slice(0, i + 1));
    for (const search of [...steps, ...steps.reverse()]) {
      expect(queryClients(rows, {...ALL, ...query, search}, ctx).map((row) => row.id), search).to.deep.equal(expected(rows, search, query));
    }
  });

  it('searches an unprepared rows array the same way (index built at its second search)', () => {
    const fresh = bigRows(5000, 3);
    for (const search of ['eco', 'ecole', 'ecole 4', 'lev', 'levis']) {
      expect(queryClients(fresh, {...ALL, search}, ctx).map((row) => row.id), search).to.deep.equal(expected(fresh, search));
    }
  });

  it('sorts Entreprise in French collation after an edit brings a name never seen (ranks carried over)', () => {
    const byName = {...ALL, sort: [{field: 'name', direction: 'asc'}] as ListQuery['sort']};
    queryClients(rows, byName, ctx);
    const edited = rows.slice();
    edited[10] = toClientRow(makeClient({id: 's10', code: 'C-X', name: 'Ébénisterie Ève'}));
    edited.push(toClientRow(makeClient({id: 'new', code: 'C-Y', name: 'Aaa première'})));
    const collator = new Intl.Collator('fr-CA', {numeric: true, sensitivity: 'variant'});
    const codes = new Intl.Collator('fr-CA', {numeric: true, sensitivity: 'variant'});
    const reference = [...edited].sort((a, b) => collator.compare(a.name, b.name) || codes.compare(a.code, b.code)).map((row) => row.id);
    expect(queryClients(edited, byName, ctx).map((row) => row.id)).to.deep.equal(reference);
    expect(queryClients(edited, {...byName, sort: [{field: 'name', direction: 'desc'}]}, ctx)[0].id).to.equal(reference.at(-1));
  });

  it('sorts phone digits with empty values last, and two levels, as a plain comparison would', () => {
    const collator = new Intl.Collator('fr-CA', {numeric: true, sensitivity: 'variant'});
    const digits = (row: ClientRow) => row.phone.replace(/\D+/g, '');
    const byPhone = queryClients(rows, {...ALL, sort: [{field: 'phone', direction: 'desc'}, {field: 'name', direction: 'asc'}]}, ctx);
    const reference = [...rows].sort((a, b) => {
      const [x, y] = [digits(a), digits(b)];
      if (x !== y) return !x ? 1 : !y ? -1 : x < y ? 1 : -1;
      return collator.compare(a.name, b.name) || collator.compare(a.code, b.code);
    });
    expect(byPhone.map((row) => row.id)).to.deep.equal(reference.map((row) => row.id));
  });
});
