/**
 * FINTRAC Money Services Business registry rows (data/fintrac-msb/): reading the eight columns
 * (name, civic number, street, unit, city, province, phone, postal code) and repairing the rows
 * whose address was split at its commas, which pushed the later columns to the right.
 */
import {normalizeCivicNumber, splitUnitFromStreet, stripCountrySuffix, tidy} from '../../src/model/normalize.js';

export const FINTRAC_COLUMNS = 8;

/** The eight fields of a row, tidied but not yet normalised. */
export interface FintracFields {
  name: string;
  civicNumber: string;
  street: string;
  unit: string;
  city: string;
  province: string;
  phone: string;
  postalCode: string;
}

export interface FintracRow {
  fields: FintracFields;
  /** The row had more than eight columns and was repaired. */
  shifted: boolean;
  /** Number of columns as read. */
  columns: number;
  /** Address pieces that were noise and were left out (`CANADA`, `■`, `=`). */
  dropped: string[];
  /** What the clean-up changed, for the report (`country suffix removed from street`, …). */
  changes: string[];
}

/** A piece that is a civic number (or a bare unit number): `3228`, `#3`, `# 2488`, `1-B`, `11-185`, `44/1`, `25H`, `M15`. */
const NUMBER_PIECE = /^#?\s*[A-Z]?\d+[A-Z]?(?:[-/][A-Z]?\d*[A-Z]?)*$/i;
/** A piece that starts like a unit: `UNIT 338`, `SUITE 301`, `#109`, `BAY JK`, `LPH`, `PH18`, `NUM20`, `UNIT5`, `C/O LABARGE`. */
const UNIT_PIECE = /^(?:#|C\/O\b|(?:SUITE|SUIT|STE|UNIT|UINT|UNITE|UNITÉ|BUREAU|APT|ROOM|BAY|LOCAL|NUM|PH|LPH|FLOOR)(?![A-Z]))/i;
/** "SUITE 180-2985": a unit and the civic number in the civic-number column. */
const UNIT_DASH_CIVIC = /^((?:SUITE|UNIT|STE|BUREAU|APT)\s*#?\s*[A-Z\d]+)\s*-\s*(\d+[A-Z]?)$/i;

function longestDigitRun(text: string): number {
  return Math.max(0, ...(text.match(/\d+/g) ?? []).map((run) => run.length));
}

/**
 * Reassembles the address of a shifted row from its pieces (the columns between the name and the
 * last four: city, province, phone, postal code). The civic number is the number piece with the
 * most digits — on a tie the first one, which sits in the civic-number column (the tie is said in
 * the changes, to be checked); the other number pieces and the unit-like pieces make the unit;
 * the rest is the street.
 */
function reassembleAddress(pieces: string[], changes: string[]): Pick<FintracFields, 'civicNumber' | 'street' | 'unit'> {
  const numbers: Array<{index: number; text: string}> = [];
  const units: Array<{index: number; text: string}> = [];
  const streets: string[] = [];
  pieces.forEach((piece, index) => {
    // The first piece sits in the civic-number column: "# 2488" there is a civic number.
    if (UNIT_PIECE.test(piece) && !(index === 0 && NUMBER_PIECE.test(piece))) units.push({index, text: piece});
    else if (NUMBER_PIECE.test(piece)) numbers.push({index, text: piece});
    else {
      const split = splitUnitFromStreet(piece);
      if (split.unit) units.push({index, text: split.unit});
      if (split.street !== piece && !split.unit) changes.push('dangling unit word dropped from street');
      if (split.street) streets.push(split.street);
    }
  });
  let civic: {index: number; text: string} | undefined;
  for (const candidate of numbers) {
    if (!civic || longestDigitRun(candidate.text) > longestDigitRun(civic.text)) civic = candidate;
  }
  const rivals = numbers.filter((n) => n !== civic && civic && longestDigitRun(n.text) === longestDigitRun(civic.text));
  if (civic && rivals.length) {
    changes.push(`ambiguous civic number: "${normalizeCivicNumber(civic.text)}" chosen over ${rivals.map((r) => `"${r.text}"`).join(', ')}`);
  }
  const unitParts = [...numbers.filter((n) => n !== civic), ...units]
    .sort((a, b) => a.index - b.index)
    .map((u) => u.text)
    .filter((text) => !/^(?:UNIT|SUITE|SUIT|UINT)$/i.test(text));
  return {
    civicNumber: civic ? normalizeCivicNumber(civic.text) : '',
    street: streets.join(', '),
    unit: unitParts.join(', '),
  };
}

/** Reads one registry row; rows with more than eight columns are repaired. */
export function readFintracRow(cells: readonly string[]): FintracRow {
  const changes: string[] = [];
  const dropped: string[] = [];
  const shifted = cells.length > FINTRAC_COLUMNS;
  let fields: FintracFields;
  if (!shifted) {
    const [name, civicNumber, street, unit, city, province, phone, postalCode] = Array.from({length: FINTRAC_COLUMNS}, (_, i) => cells[i] ?? '');
    fields = {
      name: tidy(name),
      civicNumber: tidy(civicNumber),
      street: tidy(street),
      unit: tidy(unit),
      city: tidy(city),
      province: tidy(province),
      phone: tidy(phone),
      postalCode: tidy(postalCode),
    };
  } else {
    const [city, province, phone, postalCode] = cells.slice(-4);
    const pieces: string[] = [];
    for (const raw of cells.slice(1, -4)) {
      const piece = tidy(raw);
      if (!piece) {
        if (raw.trim()) dropped.push(raw.trim());
        continue;
      }
      if (/^canada$/i.test(piece)) {
        dropped.push(piece);
        continue;
      }
      pieces.push(piece);
    }
    fields = {
      name: tidy(cells[0]),
      ...reassembleAddress(pieces, changes),
      city: tidy(city),
      province: tidy(province),
      phone: tidy(phone),
      postalCode: tidy(postalCode),
    };
  }
  return {fields: cleanAddressFields(fields, changes), shifted, columns: cells.length, dropped, changes};
}

const ORDINAL_START = /^\d+(?:ST|ND|RD|TH)\b/i;

/**
 * A civic number written at the start of the street when the civic-number column is empty:
 * "112-8TH AVENUE S.W." → `112` + `8TH AVENUE S.W.`, "1986WESTON ROAD" → `1986` + `WESTON ROAD`,
 * "#12-3620-29TH STREET NE" → `12-3620` + `29TH STREET NE`, "A5-4300 STEELES AVE EAST" →
 * `A5-4300` + `STEELES AVE EAST`. An ordinal street ("22ND STREET WEST") is left alone.
 */
export function leadingCivicNumber(street: string): {civicNumber: string; street: string} | null {
  const text = tidy(street);
  if (ORDINAL_START.test(text)) return null;
  const candidates = [
    /^#?\s*((?:[A-Z]?\d+[A-Z]?-)?\d+[A-Z]?)\s*-\s*(.+)$/i,
    /^#?\s*((?:[A-Z]?\d+[A-Z]?-)?\d+[A-Z]?)\s+(.+)$/i,
    /^(\d+)([A-Z]{3,}.*)$/i,
  ];
  for (const pattern of candidates) {
    const match = pattern.exec(text);
    if (match && (/^\p{L}/u.test(match[2]) || ORDINAL_START.test(match[2]))) return {civicNumber: match[1], street: match[2]};
  }
  return null;
}

/** The clean-up every row gets: civic number, street suffixes, units written in the street. */
function cleanAddressFields(fields: FintracFields, changes: string[]): FintracFields {
  let {civicNumber, street, unit} = fields;
  const unitDashCivic = UNIT_DASH_CIVIC.exec(civicNumber);
  if (unitDashCivic) {
    unit = unit ? `${unitDashCivic[1]}, ${unit}` : unitDashCivic[1];
    civicNumber = unitDashCivic[2];
    changes.push('unit moved out of the civic number');
  }
  const civic = normalizeCivicNumber(civicNumber);
  if (civic !== civicNumber) changes.push('civic number tidied');
  civicNumber = civic;
  if (!civicNumber) {
    const leading = leadingCivicNumber(street);
    if (leading) {
      civicNumber = leading.civicNumber;
      street = leading.street;
      changes.push('civic number taken from the start of the street');
    }
  }
  const withoutCountry = stripCountrySuffix(street);
  if (withoutCountry !== street) changes.push('country suffix removed from street');
  const split = splitUnitFromStreet(withoutCountry);
  if (split.unit) {
    unit = unit ? `${unit}, ${split.unit}` : split.unit;
    changes.push('unit moved out of the street');
  } else if (split.street !== withoutCountry) {
    changes.push('dangling unit word dropped from street');
  }
  street = split.street;
  if (/^(?:UNIT|SUITE|SUIT|UINT|STE|BUREAU|APT)\.?$/i.test(unit)) {
    changes.push('empty unit placeholder removed');
    unit = '';
  }
  return {...fields, civicNumber, street, unit};
}
