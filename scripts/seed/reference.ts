/**
 * Reference data of the demo (pick lists and settings), in French and English. Sectors follow
 * today's interOP screens; the rest is what a Québec print shop on Acomba would have.
 */
import type {ReferenceData, ReferenceItem} from '../../src/model/types.js';

const item = (id: string, fr: string, en: string, active?: boolean): ReferenceItem =>
  active === undefined ? {id, fr, en} : {id, fr, en, active};

export const SECTORS: ReferenceItem[] = [
  item('auto', 'Commerces automobile', 'Automotive dealers'),
  item('retail', 'Commerces de détail', 'Retail trade'),
  item('agri', 'Agriculture, pêche et forêt', 'Agriculture, fishing and forestry'),
  item('hospitality', 'Hébergement et restauration', 'Accommodation and food services'),
  item('manufacturing', 'Industrie manufacturière', 'Manufacturing'),
  item('gov', 'Services gouv. et publics', 'Government and public services'),
  item('food', 'Alimentation et grossiste', 'Food and wholesale'),
  item('advertising', 'Agence publicité', 'Advertising agencies'),
  item('civic', 'Organisations civiques et amicales', 'Civic and social organizations'),
  item('entertainment', 'Divertissement et loisir', 'Arts, entertainment and recreation'),
  item('municipal', 'Villes et municipalités', 'Cities and municipalities'),
  item('education', 'Éducation', 'Education'),
  item('finance', 'Services financiers', 'Financial services'),
  item('health', 'Santé et services sociaux', 'Health care and social services'),
  item('construction', 'Construction', 'Construction'),
  item('professional', 'Services professionnels', 'Professional services'),
  item('transport', 'Transport et entreposage', 'Transportation and warehousing'),
  item('media', 'Édition et médias', 'Publishing and media', false),
];

/** Sales representatives; `dmorin` has left (kept on old clients). */
export const REPS = [
  {id: 'egilbert', name: 'Eric Gilbert'},
  {id: 'jtremblay', name: 'Julie Tremblay'},
  {id: 'mgagnon', name: 'Martin Gagnon'},
  {id: 'slavoie', name: 'Sophie Lavoie'},
  {id: 'pcote', name: 'Patrick Côté'},
  {id: 'nbouchard', name: 'Nathalie Bouchard'},
  {id: 'kpatel', name: 'Kevin Patel'},
  {id: 'dmorin', name: 'Denis Morin', active: false},
];

/** People who write notes: the reps, accounting, production and shipping. */
export const USERS = ['egilbert', 'jtremblay', 'mgagnon', 'slavoie', 'pcote', 'nbouchard', 'lroy', 'sboucher', 'gfortin'];

export const PAYMENT_TERMS: ReferenceItem[] = [
  item('net30', 'Net 30 jours', 'Net 30 days'),
  item('net15', 'Net 15 jours', 'Net 15 days'),
  item('net45', 'Net 45 jours', 'Net 45 days'),
  item('net60', 'Net 60 jours', 'Net 60 days'),
  item('2-10-net30', '2 % 10 jours, net 30 jours', '2% 10 days, net 30 days'),
  item('receipt', 'Payable sur réception', 'Due on receipt'),
  item('prepaid', "Paiement à l'avance", 'Prepaid'),
];

export const CURRENCIES = ['CAD', 'USD', 'EUR', 'GBP'];

export const TAX_CODES: ReferenceItem[] = [
  item('qc', 'TPS et TVQ', 'GST and QST'),
  item('hst13', 'TVH 13 %', 'HST 13%'),
  item('hst15', 'TVH 15 %', 'HST 15%'),
  item('gst-pst', 'TPS et TVP', 'GST and PST'),
  item('gst', 'TPS seulement', 'GST only'),
  item('exempt', 'Exonéré (hors Canada)', 'Exempt (outside Canada)'),
];

export const TERRITORIES: ReferenceItem[] = [
  item('mtl', 'Grand Montréal', 'Greater Montreal'),
  item('qc-east', 'Québec et Est-du-Québec', 'Québec City and Eastern Quebec'),
  item('qc-west', 'Ouest et Sud du Québec', 'Western and Southern Quebec'),
  item('on', 'Ontario', 'Ontario'),
  item('prairies', 'Prairies', 'Prairies'),
  item('bc', 'Colombie-Britannique', 'British Columbia'),
  item('atlantic', 'Atlantique', 'Atlantic'),
  item('north', 'Territoires du Nord', 'Northern territories'),
  item('us', 'États-Unis', 'United States'),
  item('intl', 'International', 'International'),
];

export const BUSINESS_ENTITIES: ReferenceItem[] = [
  item('print', 'Imprimerie Démo inc.', 'Demo Printing Inc.'),
  item('wide', 'Démo Grand format', 'Demo Wide Format'),
];

export function referenceData(): ReferenceData {
  return {
    sectors: SECTORS,
    reps: REPS,
    paymentTerms: PAYMENT_TERMS,
    currencies: CURRENCIES,
    taxCodes: TAX_CODES,
    territories: TERRITORIES,
    businessEntities: BUSINESS_ENTITIES,
    settings: {clientCodePattern: 'C-####', newClientsAreProspects: false, defaultBusinessEntityId: 'print', defaultCurrency: 'CAD'},
  };
}

/** Territory of an address: by the first letter of the Canadian postal code, else by province or country. */
export function territoryOf(country: string, province: string, postalCode: string): string | undefined {
  if (country === 'US') return 'us';
  if (country && country !== 'CA') return 'intl';
  const letter = postalCode.charAt(0);
  if (letter === 'H') return 'mtl';
  if (letter === 'G') return 'qc-east';
  if (letter === 'J') return 'qc-west';
  if ('KLMNP'.includes(letter) && letter) return 'on';
  if ('RST'.includes(letter) && letter) return 'prairies';
  if (letter === 'V') return 'bc';
  if ('ABCE'.includes(letter) && letter) return 'atlantic';
  if ('XY'.includes(letter) && letter) return 'north';
  const byProvince: Record<string, string> = {
    ON: 'on', MB: 'prairies', SK: 'prairies', AB: 'prairies', BC: 'bc', NS: 'atlantic', NB: 'atlantic', PE: 'atlantic', NL: 'atlantic',
    NT: 'north', NU: 'north', YT: 'north',
  };
  return byProvince[province];
}

/** Tax code of a client by where it is. */
export function taxCodeOf(country: string, province: string): string {
  if (country && country !== 'CA') return 'exempt';
  switch (province) {
    case 'QC':
      return 'qc';
    case 'ON':
      return 'hst13';
    case 'NS':
    case 'NB':
    case 'NL':
    case 'PE':
      return 'hst15';
    case 'BC':
    case 'MB':
    case 'SK':
      return 'gst-pst';
    case 'AB':
    case 'NT':
    case 'NU':
    case 'YT':
      return 'gst';
    default:
      return 'qc';
  }
}

/** Currency of a client by country. */
export function currencyOf(country: string): string {
  if (country === 'US') return 'USD';
  if (country === 'GB') return 'GBP';
  if (country === 'IE') return 'EUR';
  return 'CAD';
}
