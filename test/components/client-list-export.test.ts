import {expect, waitUntil} from '@open-wc/testing';
import {readSheet} from 'read-excel-file/browser';
import {strFromU8, unzipSync} from 'fflate';
import {click, filterSeed, openList, type Harness} from './list-harness.js';
import {makeClient} from '../helpers/fixtures.js';

const FORMULA = '=HYPERLINK("http://x")';

function exportSeed() {
  const seed = filterSeed();
  // Seeded straight into the store's cache: the client editor refuses a name starting with "=".
  seed.clients.push(makeClient({id: 'c9', code: 'C-0009', name: FORMULA, sectorId: 'edu'}));
  seed.clients.push(makeClient({id: 'c10', code: 'C-0010', name: '@Home Imprimerie', phone: '+33 1 23 45 67 89', sectorId: 'edu'}));
  return seed;
}

/** Clicks "Exporter en Excel" and gives the file the browser was asked to download. */
async function exportedBlob(h: Harness): Promise<Blob> {
  let blob: Blob | undefined;
  const createObjectURL = URL.createObjectURL;
  const anchorClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = () => undefined;
  try {
    await click(h.button('Exporter en Excel'));
    await waitUntil(() => blob, 'the file is downloaded', {timeout: 8000});
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = anchorClick;
  }
  return blob!;
}

/** Clicks "Imprimer" and gives the page it would print (the host cancels the print itself). */
async function printedPage(h: Harness): Promise<Document> {
  let page = '';
  const capture = (event: Event) => {
    event.preventDefault();
    page = (event as CustomEvent<{html: string}>).detail.html;
  };
  h.list.addEventListener('list-print', capture);
  await click(h.button('Imprimer'));
  h.list.removeEventListener('list-print', capture);
  expect(page).to.not.equal('');
  return new DOMParser().parseFromString(page, 'text/html');
}

describe('<client-list> Exporter en Excel and Imprimer', () => {
  it('downloads an .xlsx of the visible rows and columns that reads back the same, formulas as text, with an autofilter', async () => {
    const h = await openList(exportSeed());
    await h.search('e');
    const captured: Array<{blob: Blob; name: string}> = [];
    const createObjectURL = URL.createObjectURL;
    const anchorClick = HTMLAnchorElement.prototype.click;
    let lastBlob: Blob | undefined;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      lastBlob = blob as Blob;
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (lastBlob) captured.push({blob: lastBlob, name: this.download});
    };
    try {
      await click(h.button('Exporter en Excel'));
      await waitUntil(() => captured.length === 1, 'the file is downloaded', {timeout: 8000});
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = anchorClick;
    }
    const {blob, name} = captured[0];
    expect(name).to.match(/^clients-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(blob.type).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const rows = (await readSheet(blob)) as unknown[][];
    const shown = h.list.visibleClients;
    expect(rows[0]).to.deep.equal(['Code client', 'Entreprise', 'Téléphone', 'Secteur', 'Statut']);
    // Same rows, same order (the formula-looking name neutralised, see below).
    expect(rows.slice(1).map((row) => row[1])).to.deep.equal(shown.map((client) => (client.name === FORMULA ? `'${FORMULA}` : client.name)));
    expect(rows.slice(1).map((row) => row[0])).to.deep.equal(shown.map((client) => client.code));
    expect(rows.slice(1).map((row) => row[1])).to.include.members(['Épicerie Bédard', 'École St-Jean', 'Entrepôt Lévis']);
    const epicerie = rows.find((row) => row[1] === 'Épicerie Bédard')!;
    expect(epicerie).to.deep.equal(['C-0002', 'Épicerie Bédard', '450 689-2204', 'Alimentation et grossiste', 'Actif']);
    // The formula-looking name comes back as text, neutralised with a leading apostrophe.
    const formula = rows.find((row) => row[0] === 'C-0009')!;
    expect(formula[1]).to.equal(`'${FORMULA}`);
    // A sign that calls nothing stays the data as typed.
    const home = rows.find((row) => row[0] === 'C-0010')!;
    expect(home.slice(0, 3)).to.deep.equal(['C-0010', '@Home Imprimerie', '+33 1 23 45 67 89']);

    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).to.match(new RegExp(`<autoFilter ref="A1:E${rows.length}"\\s*/>`));
    expect(sheet).to.not.include('<f>');
    // Every cell is formatted as Text: editing one in a spreadsheet never turns it into a formula.
    const styles = strFromU8(files['xl/styles.xml']);
    const textFormat = /<numFmt numFmtId="(\d+)" formatCode="@"\s*\/>/.exec(styles)?.[1];
    expect(textFormat, 'a Text number format').to.be.a('string');
    const cellFormats = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*>/g)].map((xf) => /numFmtId="(\d+)"/.exec(xf[0])?.[1]);
    const cellStyles = [...sheet.matchAll(/<c [^>]*>/g)].map((c) => Number(/ s="(\d+)"/.exec(c[0])?.[1] ?? 0));
    expect(cellStyles.length).to.be.above(rows.length);
    expect(cellStyles.every((style) => cellFormats[style] === textFormat)).to.be.true;
    expect(sheet.indexOf('<autoFilter')).to.be.greaterThan(sheet.indexOf('</sheetData>'));
    expect(strFromU8(files['xl/sharedStrings.xml'])).to.include('Épicerie Bédard');
  });

  it('exports the columns shown: a narrow list leaves Secteur out', async () => {
    const h = await openList(exportSeed());
    h.list.style.width = '600px';
    await h.settle();
    await h.settle();
    const blob = await exportedBlob(h);
    const rows = (await readSheet(blob)) as unknown[][];
    expect(rows[0]).to.deep.equal(['Code client', 'Entreprise', 'Téléphone', 'Statut']);
  });

  it('prints a plain page of the visible list: title, count, date and the rows', async () => {
    const h = await openList(exportSeed());
    await h.openPanel();
    await click(h.checkbox('Anglais'));
    await h.apply();
    const doc = await printedPage(h);
    expect(doc.querySelector('h1')!.textContent).to.equal('Clients');
    expect(doc.querySelector('.count')!.textContent).to.equal('1 fiche sur 10');
    expect(doc.querySelector('time')!.textContent).to.match(/\d{4}/);
    expect([...doc.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['Code client', 'Entreprise', 'Téléphone', 'Secteur', 'Statut']);
    expect([...doc.querySelectorAll('tbody tr')].map((tr) => tr.children[1].textContent)).to.deep.equal(['Anglo Print Ltd']);
  });

  it('gives every row the count speaks of when grouped: collapsed groups included, under their group', async () => {
    const h = await openList(exportSeed());
    await h.openPanel();
    await h.choose('Grouper par', 'Représentant');
    await h.apply();
    const none = h.rows().find((row) => row.hasAttribute('aria-expanded') && row.textContent!.includes('Sans représentant'))!;
    await click(none);
    await h.settle();
    expect(h.groups()).to.deep.equal(['Eric Gilbert (3 fiches) ▾', 'Sans représentant (5 fiches) ▸']);
    expect(h.count()).to.equal('8 fiches sur 10');

    const rows = (await readSheet(await exportedBlob(h))) as unknown[][];
    expect(rows[0]).to.deep.equal(['Représentant', 'Code client', 'Entreprise', 'Téléphone', 'Secteur', 'Statut']);
    expect(rows.slice(1).map((row) => `${row[0]} ${row[1]}`)).to.deep.equal([
      'Eric Gilbert C-0002',
      'Eric Gilbert C-0003',
      'Eric Gilbert C-0008',
      'Sans représentant C-0001',
      'Sans représentant C-0004',
      'Sans représentant C-0005',
      'Sans représentant C-0009',
      'Sans représentant C-0010',
    ]);

    const doc = await printedPage(h);
    expect(doc.querySelector('.count')!.textContent).to.equal('8 fiches sur 10');
    expect([...doc.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Code client', 'Entreprise', 'Téléphone', 'Secteur', 'Statut']);
    expect([...doc.querySelectorAll('tbody tr')].map((tr) => (tr.children.length === 1 ? `# ${tr.textContent}` : tr.children[0].textContent))).to.deep.equal([
      '# Eric Gilbert (3 fiches)',
      'C-0002',
      'C-0003',
      'C-0008',
      '# Sans représentant (5 fiches)',
      'C-0001',
      'C-0004',
      'C-0005',
      'C-0009',
      'C-0010',
    ]);
  });

  it('adds no group column when the list is grouped by a column it shows', async () => {
    const h = await openList(exportSeed());
    await h.openPanel();
    await h.choose('Grouper par', 'Secteur');
    await h.apply();
    const rows = (await readSheet(await exportedBlob(h))) as unknown[][];
    expect(rows[0]).to.deep.equal(['Code client', 'Entreprise', 'Téléphone', 'Secteur', 'Statut']);
    expect(rows.slice(1).map((row) => row[3])).to.deep.equal([
      'Alimentation et grossiste',
      'Alimentation et grossiste',
      'Éducation',
      'Éducation',
      'Éducation',
      'Industrie manufacturière',
      'Industrie manufacturière',
      'Industrie manufacturière',
    ]);
  });

  it('says on screen when the export fails, and clears it at the next export', async () => {
    const h = await openList(exportSeed());
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = () => {
      throw new Error('disque plein');
    };
    const consoleError = console.error;
    console.error = () => undefined;
    try {
      await click(h.button('Exporter en Excel'));
      await waitUntil(() => h.root.querySelector('[role="alert"]'), 'the failure is shown', {timeout: 8000});
    } finally {
      URL.createObjectURL = createObjectURL;
      console.error = consoleError;
    }
    expect(h.root.querySelector('[role="alert"]')!.textContent!.trim()).to.equal("L'exportation en Excel a échoué : disque plein");
    await exportedBlob(h);
    await h.settle();
    expect(h.root.querySelector('[role="alert"]') === null).to.be.true;
  });
});
