/**
 * What "Exporter en Excel" and "Imprimer" put out: the rows the list counts (a collapsed group's
 * too), in the visible order, under the visible columns with their headers as shown. Pure and
 * DOM-free.
 */
import {isGroupHeader, type GroupHeader} from './list-groups.js';

export interface ExportColumn<T> {
  /** The header as shown in the list. */
  header: string;
  /** The cell as shown in the list. */
  value: (row: T) => string;
}

/** A table of text cells: the header row first. */
export type ExportTable = string[][];

/**
 * A cell a spreadsheet would run (OWASP's "CSV injection"): text starting with `=`, or with a tab
 * or carriage return that some programs strip first; or starting with `+ - @` and going on to
 * call something: a function (`SUM(`, a name right before its parenthesis), a DDE link `|`, a
 * cell of another sheet (`!A1`). "+1 (418) 555-0101" or "-Imprimerie Côté (Laval)" call nothing.
 */
const FORMULA = /^[=\t\r]|^[+\-@].*(?:[\p{L}\p{N}_.]\(|\||!\$?[A-Za-z]{1,3}\$?\d)/su;

/**
 * A cell that cannot run as a formula: a formula-looking text gets a leading apostrophe (OWASP's
 * advice for spreadsheet exports), so that `=HYPERLINK("http://x")` stays the text
 * `'=HYPERLINK("http://x")`. A sign that calls nothing ("@Home Imprimerie", "+33 1 23 45 67 89")
 * stays the data as typed: the .xlsx writes every cell as text, in the Text format.
 */
export function neutralizeCell(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The rows of a list, or of a grouped list: its group headers among its rows. */
export type ListItems<T> = readonly (T | GroupHeader)[];

/**
 * The header row and one row of cells per row, every cell neutralised. With `groupHeader`, the
 * rows of a grouped list get a first column of that header naming their group.
 */
export function exportTable<T>(items: ListItems<T>, columns: readonly ExportColumn<T>[], {groupHeader}: {groupHeader?: string} = {}): ExportTable {
  const header = columns.map((column) => column.header);
  const table: ExportTable = [(groupHeader === undefined ? header : [groupHeader, ...header]).map(neutralizeCell)];
  let group = '';
  for (const item of items) {
    if (isGroupHeader(item)) {
      group = item.label;
      continue;
    }
    const cells = columns.map((column) => neutralizeCell(String(column.value(item) ?? '')));
    table.push(groupHeader === undefined ? cells : [neutralizeCell(group), ...cells]);
  }
  return table;
}

/** A table to print: its header, then rows and the headings of their groups. */
export interface PrintTable {
  header: string[];
  body: Array<string[] | {group: string}>;
}

/** What a print shows (as on screen: nothing neutralised), `groupTitle` heading each group. */
export function printTable<T>(items: ListItems<T>, columns: readonly ExportColumn<T>[], groupTitle: (group: GroupHeader) => string): PrintTable {
  return {
    header: columns.map((column) => column.header),
    body: items.map((item) => (isGroupHeader(item) ? {group: groupTitle(item)} : columns.map((column) => String(column.value(item) ?? '')))),
  };
}

/** The file name of an export made on `date` (local date): `clients-YYYY-MM-DD.xlsx`. */
export function exportFileName(date: Date, base = 'clients', extension = 'xlsx'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${base}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}

/** `A`, `B`, … `Z`, `AA`…: a spreadsheet column's letters (0-based index). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The range an autofilter covers: the whole table, header row included (e.g. `A1:E50`). */
export function tableRange(table: ExportTable): string {
  const width = Math.max(1, table[0]?.length ?? 1);
  return `A1:${columnLetters(width - 1)}${Math.max(1, table.length)}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

export interface PrintOptions {
  title: string;
  /** E.g. "49 fiches sur 52". */
  count: string;
  /** E.g. "2025-01-31" or a long date, as the host formats it. */
  date: string;
  lang: string;
}

/**
 * A print-friendly HTML page of a table (not neutralised: a page never runs formulas): the
 * title, the count and the date, then a plain table whose header repeats on every page.
 */
export function printDocument(table: PrintTable, options: PrintOptions): string {
  const width = Math.max(1, table.header.length);
  const row = (cells: string[] | {group: string}) =>
    Array.isArray(cells)
      ? `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`
      : `<tr class="group"><th scope="colgroup" colspan="${width}">${escapeHtml(cells.group)}</th></tr>`;
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>
<style>
  @page { margin: 12mm; }
  body { font: 10pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #000; margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 2pt; }
  .meta { margin: 0 0 8pt; color: #333; }
  table { border-collapse: collapse; width: 100%; }
  thead { display: table-header-group; }
  th, td { text-align: left; padding: 3pt 6pt; border-bottom: 0.5pt solid #999; vertical-align: top; }
  th { border-bottom: 1pt solid #000; }
  .group th { padding-top: 8pt; background: #eee; break-after: avoid; }
  tr { break-inside: avoid; }
</style></head>
<body>
<h1>${escapeHtml(options.title)}</h1>
<p class="meta"><span class="count">${escapeHtml(options.count)}</span> · <time>${escapeHtml(options.date)}</time></p>
<table>
<thead><tr>${table.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>
<tbody>
${table.body.map(row).join('\n')}
</tbody>
</table>
</body></html>`;
}
