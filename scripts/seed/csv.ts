/**
 * A small CSV reader for the real data files: RFC 4180 quoting (a field that starts with `"`),
 * any delimiter, CRLF or LF line endings, a UTF-8 BOM. Quotes inside an unquoted field are
 * kept as text (`Rue "G"`).
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let atFieldStart = true;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (atFieldStart && c === '"') {
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows of a CSV with a header line, as records keyed by column name, with their line numbers. */
export function parseCsvRecords(text: string, delimiter: string): Array<{line: number; values: Record<string, string>}> {
  const [header, ...rows] = parseCsv(text, delimiter);
  return rows
    .map((cells, index) => ({
      line: index + 2,
      values: Object.fromEntries(header.map((name, column) => [name.trim(), cells[column] ?? ''])),
    }))
    .filter((_, index) => rows[index].some((cell) => cell !== ''));
}
