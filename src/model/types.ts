/**
 * The records of the Clients module. Field names here are the contract of the seed bundle
 * (schemas/seed.schema.json) and of the REST API: extend, never rename.
 *
 * Dates are ISO 8601 strings: `YYYY-MM-DD` for calendar dates, full timestamps for instants.
 */

/** UI and correspondence languages. */
export type Language = 'fr' | 'en';

/** A postal address as entered in the client and shipping-address editors. */
export interface PostalAddress {
  /** "No. civique", e.g. `1020` or `407-357` as written. */
  civicNumber: string;
  /** "Nom de la rue", e.g. `avenue St-Jean-de-la-Lande`. */
  street: string;
  /** "Bureau / appartement / local / unité / étage". */
  unit?: string;
  city: string;
  /** Subdivision code without the country prefix (`QC`, `ON`, `NY`), empty when the country has none. */
  province?: string;
  /** Normalised postal code (`G5Z 0M2`, `12345-6789`). */
  postalCode: string;
  /** ISO 3166-1 alpha-2 country code, `CA` by default. */
  country: string;
  /** "Adresse résidentielle". */
  residential?: boolean;
}

/** How the shipper is identified on shipping slips and labels. */
export type ShipperIdentification = 'standard' | 'client' | 'none';

/** State of the client in the connected accounting system. */
export interface AccountingSync {
  state: 'never' | 'pending' | 'synced' | 'error';
  /** Identifier given by the accounting system once synchronised. */
  accountingId?: string;
  syncedAt?: string;
  /** Reason of the last refusal, in the gateway's words. */
  error?: string;
}

/** Accounting fields ("Comptabilité" tab); what is used depends on the accounting system. */
export interface AccountingInfo {
  sortKey?: string;
  receivableAccount?: string;
  territory?: string;
  paymentTerms?: string;
  currency: string;
  taxCode?: string;
  markupPercent?: number;
  discountPercent?: number;
  jobOpeningFee?: number;
  statementOfAccount?: boolean;
  poRequired?: boolean;
  billing?: string;
  orderAllowed?: boolean;
  comment?: string;
  creditType?: string;
  creditLimit?: number;
  /** Last balance read from the accounting system ("Solde actuel"). */
  balance?: number;
  balanceReadAt?: string;
  accountAgeDays?: number;
  allowedAgeDays?: number;
  lastPurchaseOn?: string;
}

/** Fields every stored record carries for sync and concurrency. */
export interface Versioned {
  id: string;
  /** Last change, ISO timestamp. */
  updatedAt: string;
  /** Incremented by the backend at each accepted change (ETag). */
  version: number;
  /** True for records invented by the demo seed (never real data). */
  synthetic?: boolean;
}

export interface Client extends Versioned {
  /** Client code, unique, e.g. `C-0005`. */
  code: string;
  /** Previous codes, most recent last. */
  previousCodes?: string[];
  /** "Nom de l'entreprise". */
  name: string;
  phone?: string;
  fax?: string;
  website?: string;
  /** Main address; a prospect may have none. */
  address: PostalAddress | null;
  createdAt: string;
  /** "Date ouverture du compte". */
  accountOpenedOn?: string;
  language: Language;
  /** Reference id of the business sector ("Secteur d'activité"). */
  sectorId?: string;
  /** Reference id of the sales representative ("Représentant"). */
  repId?: string;
  active: boolean;
  prospect: boolean;
  /** Date of the first invoice; a client without one is a "Nouveau client". */
  firstInvoicedOn?: string | null;
  shipperIdentification: ShipperIdentification;
  /** Attachment id of the client's logo, when shipperIdentification is `client`. */
  logoId?: string;
  businessEntityId?: string;
  /** Free notes of the "Informations additionnelles" tab. */
  comments?: string;
  /** "Facturer à une autre entité": the client billed instead of this one. */
  billToClientId?: string | null;
  accounting: AccountingInfo;
  accountingSync: AccountingSync;
  /** Where the record comes from (seed provenance). */
  source?: string;
}

export type Gender = 'female' | 'male' | 'other' | '';
export type PhoneType = 'mobile' | 'home' | 'work' | 'other' | '';

export interface CrmSync {
  state: 'never' | 'pending' | 'synced' | 'error';
  syncedAt?: string;
  error?: string;
}

export interface Contact extends Versioned {
  clientId: string;
  /** "Courriel"; empty only when `noEmail`. */
  email: string;
  /** "Contact sans courriel". */
  noEmail?: boolean;
  gender?: Gender;
  firstName: string;
  lastName: string;
  /** "Fonction". */
  jobTitle?: string;
  language: Language;
  phone1?: string;
  phone1Ext?: string;
  phone2?: string;
  phone2Ext?: string;
  phone2Type?: PhoneType;
  active: boolean;
  /** "Contact par défaut" (at most one per client). */
  isDefault: boolean;
  /** "Facturation - Responsable" (at most one per client). */
  isBillingResponsible: boolean;
  /** "Facturation - Envoi courriel" (any number, like CC). */
  billingCc: boolean;
  crmSync: CrmSync;
}

export interface ShippingAddress extends Versioned, PostalAddress {
  clientId: string;
  /** "Nom de l'entreprise (si différente)". */
  companyName?: string;
  /** "Principale" (at most one per client). */
  principal: boolean;
  /** "Aux soins de". */
  careOf?: string;
  phone?: string;
  phoneExt?: string;
  email?: string;
  /** "Notes concernant la livraison à cette adresse". */
  deliveryNotes?: string;
}

/** The module a note serves. */
export type NoteCategory = 'quotes' | 'jobs' | 'shipping' | 'invoicing';
export const NOTE_CATEGORIES: readonly NoteCategory[] = ['quotes', 'jobs', 'shipping', 'invoicing'];

/** A file attached to a note (metadata; the bytes live apart). */
export interface Attachment {
  id: string;
  name: string;
  size: number;
  type: string;
  /** False when the bytes could not be stored (e.g. storage full). */
  stored: boolean;
  addedAt: string;
}

export interface Note extends Versioned {
  clientId: string;
  category: NoteCategory;
  text: string;
  createdBy: string;
  createdAt: string;
  attachments: Attachment[];
}

export type DocumentKind = 'quote' | 'job' | 'shipment' | 'invoice';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['quote', 'job', 'shipment', 'invoice'];

/** A business document of the client's history (quote, production job, shipping slip, invoice). */
export interface ClientDocument extends Versioned {
  clientId: string;
  kind: DocumentKind;
  /** Document number as shown, e.g. `PF-0013`, `D-0006`. */
  number: string;
  /** Calendar date `YYYY-MM-DD`. */
  date: string;
  /** Linked production job numbers ("Dossier #"). */
  jobNumbers: string[];
  /** Total before taxes, in `currency` (quotes and invoices). */
  total?: number;
  currency?: string;
  description?: string;
  /** The contact the document is addressed to (blocks deleting that contact). */
  contactId?: string;
  /** The shipping address used (blocks deleting that address). */
  addressId?: string;
}

/** Sales of one calendar year. */
export interface SalesYear {
  year: number;
  total: number;
}

/** Annual sales of a client, as last computed ("Ventes annuelles"). */
export interface SalesSummary {
  clientId: string;
  currency: string;
  /** When the totals were computed; they are never recomputed silently. */
  computedAt: string;
  years: SalesYear[];
}

/** A value of a pick list, named in both languages. */
export interface ReferenceItem {
  id: string;
  fr: string;
  en: string;
  active?: boolean;
}

export interface SalesRep {
  id: string;
  name: string;
  active?: boolean;
}

export interface ModuleSettings {
  /** Numbering pattern of client codes, `#` standing for digits (`C-####`). */
  clientCodePattern: string;
  /** "Nouveaux clients prospects par défaut". */
  newClientsAreProspects: boolean;
  defaultBusinessEntityId?: string;
  defaultCurrency: string;
}

/** Pick lists and settings the module needs. */
export interface ReferenceData {
  sectors: ReferenceItem[];
  reps: SalesRep[];
  paymentTerms: ReferenceItem[];
  currencies: string[];
  taxCodes: ReferenceItem[];
  territories: ReferenceItem[];
  businessEntities: ReferenceItem[];
  settings: ModuleSettings;
}

/** A user's favourite client (favourites are per user). */
export interface Favourite {
  userId: string;
  clientId: string;
  addedAt: string;
}

/** The seed bundle loaded by the local adapter into an empty database. */
export interface SeedBundle {
  clients: Client[];
  contacts: Contact[];
  addresses: ShippingAddress[];
  notes: Note[];
  documents: ClientDocument[];
  sales?: SalesSummary[];
  reference: ReferenceData;
  /** Free text shown in the demo's "about" box: sources and licences. */
  attribution?: string[];
}

export const EMPTY_REFERENCE: ReferenceData = {
  sectors: [],
  reps: [],
  paymentTerms: [],
  currencies: ['CAD'],
  taxCodes: [],
  territories: [],
  businessEntities: [],
  settings: {clientCodePattern: 'C-####', newClientsAreProspects: false, defaultCurrency: 'CAD'},
};
