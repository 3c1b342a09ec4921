import {expect} from '@open-wc/testing';
import {
  FILE_NAME_MAX,
  fileNameProblem,
  fileSize,
  isNoteCategory,
  normalizeNoteText,
  NOTE_TEXT_MAX,
  openMode,
  renamedFileName,
  splitFileName,
  validateNote,
} from '../../src/model/note-rules.js';
import {translate} from '../../src/i18n/translate.js';

describe('validateNote', () => {
  const cases: Array<[string, string | null | undefined, string | undefined]> = [
    ['a note', 'Attention, toujours prévoir un extra pour la livraison.', undefined],
    ['markup, kept as text', '<img src=x onerror=alert(1)>', undefined],
    ['one character', 'x', undefined],
    ['empty', '', 'validation.required'],
    ['spaces and line breaks only', '  \n\t \r\n ', 'validation.required'],
    ['null', null, 'validation.required'],
    ['undefined', undefined, 'validation.required'],
    ['too long', 'é'.repeat(NOTE_TEXT_MAX + 1), 'validation.tooLong'],
    ['as long as allowed', 'é'.repeat(NOTE_TEXT_MAX), undefined],
  ];
  for (const [label, text, key] of cases) {
    it(`${label} → ${key ?? 'valid'}`, () => {
      expect(validateNote({text}).text?.key).to.equal(key);
    });
  }

  it('refuses an unknown category and accepts the four modules', () => {
    expect(validateNote({text: 'x', category: 'crm'}).category?.key).to.equal('notes.category.invalid');
    for (const category of ['quotes', 'jobs', 'shipping', 'invoicing']) {
      expect(validateNote({text: 'x', category}), category).to.deep.equal({});
      expect(isNoteCategory(category)).to.be.true;
    }
    expect(isNoteCategory('Shipping')).to.be.false;
    expect(isNoteCategory(undefined)).to.be.false;
  });

  it('keeps the text as typed, without trailing spaces and blank lines at the ends', () => {
    expect(normalizeNoteText('\r\n  Quai 3 \r\nAvant 11h\t\n\n')).to.equal('  Quai 3\nAvant 11h');
  });
});

describe('splitFileName', () => {
  const cases: Array<[string, string, string]> = [
    ['plan.pdf', 'plan', '.pdf'],
    ['Bon de commande 2025.PDF', 'Bon de commande 2025', '.PDF'],
    ['archive.tar.gz', 'archive', '.tar.gz'],
    ['photo.final.jpeg', 'photo.final', '.jpeg'],
    ['épreuve.7z', 'épreuve', '.7z'],
    ['Rapport v2.0', 'Rapport v2.0', ''],
    ['README', 'README', ''],
    ['.bashrc', '.bashrc', ''],
    ['fichier.', 'fichier.', ''],
    ['nom avec. espace', 'nom avec. espace', ''],
  ];
  for (const [name, base, extension] of cases) {
    it(`${name} → ${JSON.stringify(base)} + ${JSON.stringify(extension)}`, () => {
      expect(splitFileName(name)).to.deep.equal({base, extension});
    });
  }
});

describe('renamedFileName: the extension is kept unless changed on purpose', () => {
  const cases: Array<[string, string, string]> = [
    ['plan.pdf', 'Plan final', 'Plan final.pdf'],
    ['plan.pdf', '  Plan final  ', 'Plan final.pdf'],
    ['plan.pdf', 'Plan final.pdf', 'Plan final.pdf'],
    ['plan.pdf', 'plan.PDF', 'plan.PDF'],
    ['plan.pdf', 'plan.txt', 'plan.txt'],
    ['plan.pdf', 'Rapport v2.0', 'Rapport v2.0.pdf'],
    ['plan.pdf', 'plan.', 'plan.pdf'],
    ['photo.JPG', 'vacances', 'vacances.JPG'],
    ['archive.tar.gz', 'sauvegarde', 'sauvegarde.tar.gz'],
    ['README', 'LISEZ-MOI', 'LISEZ-MOI'],
    ['plan.pdf', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>.pdf'],
    ['plan.pdf', '   ', ''],
  ];
  for (const [current, typed, expected] of cases) {
    it(`${current} renamed ${JSON.stringify(typed)} → ${JSON.stringify(expected)}`, () => {
      expect(renamedFileName(current, typed)).to.equal(expected);
    });
  }
});

describe('fileNameProblem', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Plan final.pdf', undefined],
    ['Épreuve « finale » (2).pdf', undefined],
    ['<img src=x onerror=alert(1)>.pdf', undefined],
    ['', 'validation.required'],
    ['   ', 'validation.required'],
    ['dossier/plan.pdf', 'notes.fileName.chars'],
    ['dossier\\plan.pdf', 'notes.fileName.chars'],
    ['plan\u0000.pdf', 'notes.fileName.chars'],
    ['ligne\nsuivante.pdf', 'notes.fileName.chars'],
    ['..', 'notes.fileName.chars'],
    ['a'.repeat(FILE_NAME_MAX + 1), 'validation.tooLong'],
    ['a'.repeat(FILE_NAME_MAX), undefined],
  ];
  for (const [name, key] of cases) {
    it(`${JSON.stringify(name.length > 40 ? `${name.slice(0, 12)}…(${name.length})` : name)} → ${key ?? 'valid'}`, () => {
      expect(fileNameProblem(name)?.key).to.equal(key);
    });
  }
});

describe('fileSize', () => {
  const MB = 1024 * 1024;
  const cases: Array<[number, string, string]> = [
    [0, '0 o', '0 B'],
    [512, '512 o', '512 B'],
    [1023, '1 023 o', '1,023 B'],
    [1024, '1 Ko', '1 KB'],
    [1536, '1,5 Ko', '1.5 KB'],
    [512 * 1024, '512 Ko', '512 KB'],
    [Math.round(3.2 * MB), '3,2 Mo', '3.2 MB'],
    [50 * MB, '50 Mo', '50 MB'],
    [150.4 * MB, '150 Mo', '150 MB'],
    [2.25 * 1024 * MB, '2,3 Go', '2.3 GB'],
    [-5, '0 o', '0 B'],
  ];
  for (const [bytes, fr, en] of cases) {
    it(`${bytes} bytes → ${fr} / ${en}`, () => {
      const size = fileSize(bytes);
      // The French catalogue separates thousands with a narrow no-break space.
      expect(translate('fr-CA', size.key, size.params).replace(/\s/g, ' ')).to.equal(fr);
      expect(translate('en-CA', size.key, size.params)).to.equal(en);
    });
  }
});

describe('openMode', () => {
  const cases: Array<[string, 'inline' | 'text' | 'download']> = [
    ['application/pdf', 'inline'],
    ['image/png', 'inline'],
    ['image/jpeg', 'inline'],
    ['video/mp4', 'inline'],
    ['text/plain', 'inline'],
    ['text/plain; charset=utf-8', 'inline'],
    ['text/html', 'text'],
    ['TEXT/HTML', 'text'],
    ['image/svg+xml', 'text'],
    ['application/xhtml+xml', 'text'],
    ['text/xml', 'text'],
    ['text/csv', 'text'],
    ['application/json', 'text'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'download'],
    ['application/zip', 'download'],
    ['application/octet-stream', 'download'],
    ['', 'download'],
  ];
  for (const [type, mode] of cases) {
    it(`${JSON.stringify(type)} → ${mode}`, () => {
      expect(openMode(type)).to.equal(mode);
    });
  }
});
