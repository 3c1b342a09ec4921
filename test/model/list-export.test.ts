import {expect} from '@open-wc/testing';
import {columnLetters, exportFileName, exportTable, neutralizeCell, printDocument, tableRange} from '../../src/model/list-export.js';

describe('list-export', () => {
  it('neutralises cells a spreadsheet would read as formulas', () => {
    const payloads = ['=HYPERLINK("http://x")', '=1', '\t=1', '\r=1', '+HYPERLINK("http://x")', "-2+3+cmd|' /C calc'!A0", '@SUM(1+9)', '+A1!B2'];
    for (const text of payloads) expect(neutralizeCell(text)).to.equal(`'${text}`);
    for (const text of ['Épicerie Bédard', '418 774-9801', "'déjà", '', 'a=b']) expect(neutralizeCell(text)).to.equal(text);
  });

  it('leaves a sign that calls nothing as typed: a name or an international number stays the data', () => {
    for (const text of ['-Tiret Imprimerie', '@Home Imprimerie', '+Plus Print', '+33 1 23 45 67 89', '-', '@', '-2']) {
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
    expect(exportTable(rows, columns, {neutralize: false})[2]).to.deep.equal(['C-2', '=1+1']);
  });

  it('names the file by the local date and gives the autofilter range', () => {
    expect(exportFileName(new Date(2025, 0, 5))).to.equal('clients-2025-01-05.xlsx');
    expect([0, 4, 25, 26, 27, 701, 702].map(columnLetters)).to.deep.equal(['A', 'E', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(tableRange([['a', 'b', 'c'], ['1', '2', '3']])).to.equal('A1:C2');
  });

  it('prints an escaped plain table with title, count and date', () => {
    const page = printDocument([['Entreprise'], ['<b>A&B</b>']], {title: 'Clients', count: '1 fiche sur 2', date: '5 janvier 2025', lang: 'fr'});
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.querySelector('h1')!.textContent).to.equal('Clients');
    expect(doc.querySelector('td')!.textContent).to.equal('<b>A&B</b>');
    expect(doc.querySelector('td b')).to.equal(null);
    expect(doc.querySelector('time')!.textContent).to.equal('5 janvier 2025');
  });
});
