/**
 * The real records of the seed: FINTRAC money services businesses and Québec public and
 * private schools, mapped to client fields and cleaned with the product's normalisers. Every row
 * becomes a client; what could not be cleaned is reported, never dropped.
 */
import type {Language, PostalAddress} from '../../src/model/types.js';
import {
  cleanCompanyName,
  cleanPhone,
  cleanPostalCode,
  isCanadianProvince,
  normalizeCity,
  normalizeProvince,
  normalizeWebsite,
  splitAddressLine,
  tidy,
} from '../../src/model/normalize.js';
import {parseCsv, parseCsvRecords} from './csv.js';
import {readFintracRow} from './fintrac.js';
import type {SeedReport} from './report.js';

export type SourceKind = 'msb' | 'pub' | 'pri';

export const FINTRAC_FILE = 'fintrac-msb/MsbRegistryPublicDataFile.csv';
export const PUBLIC_SCHOOLS_FILE = 'quebec-schools/PPS_Public_Immeuble.csv';
export const PRIVATE_SCHOOLS_FILE = 'quebec-schools/PPS_Prive_Installation.csv';

/** A real record, cleaned, before synthetic fields are added. */
export interface RealClient {
  id: string;
  kind: SourceKind;
  /** `data/<file>:<line>` */
  source: string;
  name: string;
  /** The source has no name: `name` is a visible placeholder. */
  unnamed: boolean;
  phone?: string;
  website?: string;
  address: PostalAddress | null;
  /** The address has a valid postal code, a civic number and a street. */
  addressComplete: boolean;
  postalValid: boolean;
  language: Language;
  sectorId: string;
  comments?: string;
  /** Public schools: the school board (CD_CS), used to bill a building to another one. */
  group?: string;
  /** A plain, complete record fit for the first client codes of the demo. */
  showcase: boolean;
}

export interface SourceTexts {
  fintrac: string;
  publicSchools: string;
  privateSchools: string;
}

/** Cities abroad found in the registry with no province, and their country (ISO 3166-1). */
const FOREIGN_CITIES: Record<string, string> = {
  LONDON: 'GB',
  'CANARY WHARF': 'GB',
  BATH: 'GB',
  BELFAST: 'GB',
  BICESTER: 'GB',
  KINGSBURY: 'GB',
  DUBLIN: 'IE',
  KILKENNY: 'IE',
  AUCKLAND: 'NZ',
  'NGEEANN CITY': 'SG',
  'BURLEIGH HEADS': 'AU',
  DEAKIN: 'AU',
  TEHRAN: 'IR',
  SHANGHAI: 'CN',
  COPENHAGEN: 'DK',
  'SUTHEP, CHIANG MAI': 'TH',
};

/** First letter of Canadian postal codes by province (for a consistency check). */
const POSTAL_LETTERS: Record<string, string> = {
  NL: 'A', NS: 'B', PE: 'C', NB: 'E', QC: 'GHJ', ON: 'KLMNP', MB: 'R', SK: 'S', AB: 'T', BC: 'V', NT: 'X', NU: 'X', YT: 'Y',
};

/** Names that read as a school on the first screen of the demo ("École …", "La Source"). */
const SCHOOL_LIKE_NAME = /^(?:École|Centre|Polyvalente|Académie|Collège|La |Le |Les |L')/;
const NOT_A_CUSTOMER_NAME = /terrain|entrep[oô]t|garage|stationnement|vacant|p[ée]nitencier|d[ée]tention|CISSS|CIUSSS|CHSLD|hospitalier|^CH |résidence|roulotte|bloc/i;

function recordPostal(report: SeedReport, ref: string, raw: string, country: string): {value: string; valid: boolean} {
  const postal = cleanPostalCode(raw, country);
  if (postal.blank) report.issue('blank postal code kept empty', ref);
  else if (!postal.valid) report.issue('invalid postal code kept as given', ref, JSON.stringify(raw));
  else if (postal.changed) report.fixed('postal codes reformatted');
  return postal;
}

function recordCity(report: SeedReport, raw: string): string {
  const city = normalizeCity(raw);
  const given = tidy(raw);
  if (city && city !== given) report.fixed(/\p{Ll}/u.test(given) ? 'city names tidied (punctuation, province suffix)' : 'city names recased');
  return city;
}

function recordName(report: SeedReport, raw: string): string {
  const name = cleanCompanyName(raw);
  if (name && name !== tidy(raw)) report.fixed('company names reordered (article put back in front)');
  else if (name && name !== raw) report.fixed('company names tidied (spaces)');
  return name;
}

// ---------------------------------------------------------------------------------------------

function readFintrac(text: string, report: SeedReport): RealClient[] {
  const rows = parseCsv(text, ',');
  return rows.map((cells, index) => {
    const line = index + 1;
    const id = `msb-${String(line).padStart(4, '0')}`;
    const ref = `${id} (MsbRegistryPublicDataFile.csv:${line})`;
    const row = readFintracRow(cells);
    const f = row.fields;
    if (row.shifted) {
      report.fixed('shifted FINTRAC rows repaired');
      report.repaired(
        `${ref}: ${row.columns} columns → civic "${f.civicNumber}", street "${f.street}", unit "${f.unit}", city "${f.city}", ` +
          `province "${f.province}"${row.dropped.length ? `; left out ${row.dropped.map((d) => JSON.stringify(d)).join(', ')}` : ''}`,
      );
    }
    for (const change of row.changes) {
      if (change.startsWith('ambiguous')) report.issue('shifted row with an ambiguous civic number (check it)', ref, change.replace(/^ambiguous civic number: /, ''));
      else report.fixed(`FINTRAC ${change}`);
    }

    let name = recordName(report, cells[0] ?? '');
    const unnamed = !name;
    if (unnamed) {
      name = `Sans nom (FINTRAC, ligne ${line})`;
      report.issue('no name in the registry: placeholder name used', ref, name);
    }

    // Province → country; cities abroad have no province.
    const province = normalizeProvince(f.province);
    let country = province?.country ?? '';
    if (f.province && !province) report.issue('unknown province kept out', ref, JSON.stringify(f.province));
    if (province?.province === 'CA') report.fixed('province "CA" read as California (US ZIP code)');
    if (!province && f.city) {
      country = FOREIGN_CITIES[f.city.toUpperCase()] ?? '';
      if (country) report.fixed('country of an address abroad taken from its city');
      else report.issue('country unknown', ref, f.city);
    }

    const hasAddress = Boolean(f.civicNumber || f.street || f.city || f.postalCode);
    let address: PostalAddress | null = null;
    let postalValid = false;
    if (hasAddress) {
      const postal = recordPostal(report, ref, f.postalCode, country || 'CA');
      postalValid = postal.valid;
      const city = recordCity(report, f.city);
      address = {
        civicNumber: f.civicNumber,
        street: f.street,
        ...(f.unit ? {unit: f.unit} : {}),
        city,
        province: province?.province ?? '',
        postalCode: postal.value,
        country,
      };
      if (!f.civicNumber) report.issue('no civic number', ref, [f.street, city].filter(Boolean).join(', '));
      if (!f.street) report.issue('no street', ref, [f.civicNumber, city].filter(Boolean).join(', '));
      if (!city) report.issue('no city', ref);
      if (postal.valid && country === 'CA' && province && isCanadianProvince(province.province)) {
        const letters = POSTAL_LETTERS[province.province];
        if (!letters.includes(postal.value[0])) {
          report.issue('postal code and province disagree (both kept)', ref, `${postal.value} / ${province.province}, ${city}`);
        }
      }
    } else {
      report.issue('no address in the registry: saved as a prospect without address', ref);
    }

    const phone = cleanPhone(f.phone);
    if (phone.placeholder) report.issue('placeholder phone dropped', ref, JSON.stringify(f.phone));
    else if (phone.value && phone.value !== f.phone) report.fixed('phones formatted');
    if (phone.value && !phone.nanp) {
      if (country === 'CA' || country === 'US') report.issue('phone is not a North American number: kept as given', ref, phone.value);
      else report.fixed('foreign phones kept as written');
    }

    const addressComplete = Boolean(address && address.civicNumber && address.street && address.city && postalValid);
    return {
      id,
      kind: 'msb' as const,
      source: `data/${FINTRAC_FILE}:${line}`,
      name,
      unnamed,
      ...(phone.value ? {phone: phone.value} : {}),
      address,
      addressComplete,
      postalValid,
      language: province?.province === 'QC' ? ('fr' as const) : ('en' as const),
      sectorId: 'finance',
      showcase: !unnamed && addressComplete && province?.province === 'QC' && phone.nanp && !/\d{4,}/.test(name),
    };
  });
}

// ---------------------------------------------------------------------------------------------

function schoolAddress(
  report: SeedReport,
  ref: string,
  values: Record<string, string>,
): {address: PostalAddress; postalValid: boolean; complete: boolean} {
  const line1 = values.ADRS_GEO_L1_GDUNO ?? '';
  const {civicNumber, street} = splitAddressLine(line1);
  if (civicNumber && street) report.fixed('address lines split into civic number and street');
  if (!civicNumber && !street) report.issue('no address line', ref, JSON.stringify(line1));
  else if (!civicNumber) report.issue('no civic number', ref, JSON.stringify(line1));
  else if (!street) report.issue('no street', ref, JSON.stringify(line1));
  const unit = tidy(values.ADRS_GEO_L2_GDUNO);
  const city = recordCity(report, values.NOM_MUNCP ?? '');
  if (!city) report.issue('no city', ref);
  const postal = recordPostal(report, ref, values.CD_POSTL_GDUNO ?? '', 'CA');
  const address: PostalAddress = {civicNumber, street, ...(unit ? {unit} : {}), city, province: 'QC', postalCode: postal.value, country: 'CA'};
  return {address, postalValid: postal.valid, complete: Boolean(civicNumber && street && city && postal.valid)};
}

function readPublicSchools(text: string, report: SeedReport): RealClient[] {
  return parseCsvRecords(text, ';').map(({line, values}) => {
    const code = tidy(values.CD_IMM);
    const id = `pub-${code || `line${line}`}`;
    const ref = `${id} (PPS_Public_Immeuble.csv:${line})`;
    let name = recordName(report, values.NOM_OFFCL ?? '');
    const unnamed = !name;
    if (unnamed) {
      name = `Sans nom (école publique, ligne ${line})`;
      report.issue('no name: placeholder name used', ref, name);
    }
    const {address, postalValid, complete} = schoolAddress(report, ref, values);
    const ownership = values.STAT_PROP_IMM ?? '';
    const sectorId = /détention|pénitencier/i.test(ownership) ? 'gov' : /MSSS/.test(ownership) ? 'health' : 'education';
    return {
      id,
      kind: 'pub' as const,
      source: `data/${PUBLIC_SCHOOLS_FILE}:${line}`,
      name,
      unnamed,
      address,
      addressComplete: complete,
      postalValid,
      language: values.TYPE_CS === 'Anglo' ? ('en' as const) : ('fr' as const),
      sectorId,
      group: tidy(values.CD_CS) || undefined,
      showcase:
        !unnamed &&
        complete &&
        sectorId === 'education' &&
        Boolean(tidy(values.ORDRE_ENS)) &&
        SCHOOL_LIKE_NAME.test(name) &&
        !NOT_A_CUSTOMER_NAME.test(name),
    };
  });
}

function readPrivateSchools(text: string, report: SeedReport): RealClient[] {
  return parseCsvRecords(text, ';').map(({line, values}) => {
    const code = tidy(values.CD_ORGNS);
    const id = `pri-${code || `line${line}`}`;
    const ref = `${id} (PPS_Prive_Installation.csv:${line})`;
    let name = recordName(report, values.NOM_OFFCL ?? '');
    const unnamed = !name;
    if (unnamed) {
      name = tidy(values.NOM_COURT) || `Sans nom (école privée, ligne ${line})`;
      report.issue('no official name: short name or placeholder used', ref, name);
    }
    const {address, postalValid, complete} = schoolAddress(report, ref, values);
    const site = normalizeWebsite(values.SITE_WEB);
    if (!site.valid) report.issue('website is not a web address: left out', ref, JSON.stringify(values.SITE_WEB));
    else if (site.value) report.fixed('websites normalised');
    const parent = cleanCompanyName(values.NOM_ORGNS_RESP);
    const english = /section anglaise|\b(?:School|Academy|College|Global)\b/.test(name);
    return {
      id,
      kind: 'pri' as const,
      source: `data/${PRIVATE_SCHOOLS_FILE}:${line}`,
      name,
      unnamed,
      ...(site.valid && site.value ? {website: site.value} : {}),
      address,
      addressComplete: complete,
      postalValid,
      language: english ? ('en' as const) : ('fr' as const),
      sectorId: 'education',
      ...(parent && parent !== name ? {comments: `Organisme responsable : ${parent}`} : {}),
      showcase: !unnamed && complete && site.valid && Boolean(site.value),
    };
  });
}

/** All real records, in file order: FINTRAC, public schools, private schools. */
export function readSources(texts: SourceTexts, report: SeedReport): RealClient[] {
  return [
    ...readFintrac(texts.fintrac, report),
    ...readPublicSchools(texts.publicSchools, report),
    ...readPrivateSchools(texts.privateSchools, report),
  ];
}
