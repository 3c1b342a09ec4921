import {expect} from '@open-wc/testing';
import {columnLetters, exportFileName, exportTable, neutralizeCell, printDocument, printTable, tableRange} from '../../src/model/list-export.js';

describe('list-export', () => {
  it('neutralises cells a spreadsheet would read as formulas', () => {
    const payloads = ['=HYPERLINK("http://x")', '=1', '\t=1', '\r=1', '+HYPERLINK("http://x")', "-2+3+cmd|' /C calc'!A0", '@SUM(1+9)', '+A1!B2'];
    for (const text of payloads) expect(neutralizeCell(text)).to.equal(`'${text}`);
    for (const text of ['Épicerie Bédard', '418 774-9801', "'déjà", '', 'a=b']) expect(neutralizeCell(text)).to.equal(text);
  });

  it('leaves a sign that calls nothing as typed: a name or an international number stays the data', () => {
    const harmless = ['-Tiret Imprimerie', '@Home Imprimerie', '+Plus Print', '+33 1 23 45 67 89', '-', '@', '-2'];
    harmless.push('+44 (20) 7946 0958', '-Imprimerie Côté (Laval)', '@Home Imprimerie (Laval)', '-Yahoo! Imprimerie', '+1 (418) 555-0101');
    for (const text of harmless) {
      expect(neutralizeCell(text)).to.equal(text);
    }
  });

  it('makes a table of the headers and rows given, in order', () => {
    const rows = [{n: 'École', c: 'C-1'}, {n: '=1+1', c: 'C-2'}];
    const columns = [
      {header: 'Code client', value: (r: (typeof rows)[number]) => r.c},
      {header: 'Entreprise', value: (r: (typeof rows)[number]) => r.n},
    ];
    expect(exportTable(rows, columns)).to.deep.equal([['Code client', 'Entreprise'], ['C-1', 'École'], ['C-2', "'=1+1"]]);
  });

  it('puts each row of a grouped list under its group, in a first column when asked', () => {
    const header = (label: string, count: number) => ({type: 'group' as const, id: `group:${label}`, key: label, label, count, expanded: true});
    const items = [header('Eric', 1), {n: 'A', c: 'C-1'}, header('(Aucun)', 2), {n: 'B', c: 'C-2'}, {n: '@SUM(1)', c: 'C-3'}];
    const columns = [{header: 'Code client', value: (r: {c: string}) => r.c}];
    expect(exportTable(items, columns, {groupHeader: 'Représentant'})).to.deep.equal([
      ['Représentant', 'Code client'],
      ['Eric', 'C-1'],
      ['(Aucun)', 'C-2'],
      ['(Aucun)', 'C-3'],
    ]);
    expect(exportTable(items, columns)).to.deep.equal([['Code client'], ['C-1'], ['C-2'], ['C-3']]);
    const withNames = [...columns, {header: 'Entreprise', value: (r: {n: string}) => r.n}];
    expect(printTable(items, withNames, (group) => `${group.label} (${group.count})`)).to.deep.equal({
      header: ['Code client', 'Entreprise'],
      body: [{group: 'Eric (1)'}, ['C-1', 'A'], {group: '(Aucun) (2)'}, ['C-2', 'B'], ['C-3', '@SUM(1)']],
    });
  });

  it('names the file by the local date and gives the autofilter range', () => {
    expect(exportFileName(new Date(2025, 0, 5))).to.equal('clients-2025-01-05.xlsx');
    expect([0, 4, 25, 26, 27, 701, 702].map(columnLetters)).to.deep.equal(['A', 'E', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(tableRange([['a', 'b', 'c'], ['1', '2', '3']])).to.equal('A1:C2');
  });

  it('prints an escaped plain table with title, count and date', () => {
    const table = {header: ['Entreprise'], body: [{group: '<i>Eric</i> (1 fiche)'}, ['<b>A&B</b>']]};
    const page = printDocument(table, {title: 'Clients', count: '1 fiche sur 2', date: '5 janvier 2025', lang: 'fr'});
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.querySelector('h1')!.textContent).to.equal('Clients');
    expect(doc.querySelector('td')!.textContent).to.equal('<b>A&B</b>');
    expect(doc.querySelector('td b')).to.equal(null);
    const group = doc.querySelector('tbody th')!;
    expect(group.textContent).to.equal('<i>Eric</i> (1 fiche)');
    expect(group.getAttribute('colspan')).to.equal('1');
    expect(doc.querySelector('time')!.textContent).to.equal('5 janvier 2025');
  });
});
