/**
 * Writes an export table to an .xlsx Blob with write-excel-file. This module is loaded on
 * demand (dynamic `import()` in the list): the list does not pay for the library until
 * "Exporter en Excel" is used.
 */
import writeExcelFile, {type Feature, type SheetData} from 'write-excel-file/universal';
import {getOrderOfSiblings, getSelfClosingTagMarkup, insertElementMarkupAccordingToOrderOfSiblings} from 'write-excel-file/utility';
import {tableRange, type ExportTable} from '../../src/model/list-export.js';

const SHEET_XML = 'xl/worksheets/sheet{id}.xml';
/** Excel's Text number format: what is typed into such a cell stays text, never a formula. */
const TEXT_FORMAT = '@';

/**
 * An autofilter (the arrows Excel shows to sort and filter) on the header row over `range`.
 * write-excel-file has no option for it; its "features" hook adds `<autoFilter ref="…"/>` to
 * the sheet at the place the format requires.
 */
function autoFilter(range: string): Feature<Blob> {
  return {
    files: {
      transform: {
        [SHEET_XML]: {
          transform: (xml: string) => {
            if (xml.includes('<autoFilter')) return xml;
            const order = getOrderOfSiblings(SHEET_XML, 'worksheet') ?? ['sheetData', 'autoFilter'];
            return insertElementMarkupAccordingToOrderOfSiblings(xml, getSelfClosingTagMarkup('autoFilter', {ref: range}), order, 'worksheet');
          },
        },
      },
    },
  } as Feature<Blob>;
}

/**
 * The .xlsx of `table` (its first row is the header, in bold, frozen, with an autofilter). Every
 * cell is a string (a shared string, never a formula) in the Text format, so that editing it in
 * a spreadsheet keeps it text; accents are kept (UTF-8 XML).
 */
export async function tableToXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const widths = (table[0] ?? []).map((_, column) =>
    Math.min(60, Math.max(8, ...table.slice(0, 500).map((row) => (row[column] ?? '').length + 2))),
  );
  const data: SheetData = table.map((row, index) =>
    row.map((value) => ({type: String, value, format: TEXT_FORMAT, ...(index === 0 ? {fontWeight: 'bold' as const} : {})})),
  );
  return writeExcelFile(
    data,
    {sheet: sheetName.slice(0, 31), columns: widths.map((width) => ({width})), stickyRowsCount: 1},
    {features: [autoFilter(tableRange(table))]},
  ).toBlob();
}
