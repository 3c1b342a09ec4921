/**
 * The rules of a client record (SPEC §4): the draft the editor fills, its normalisation and
 * validation, bill-to loops, what accounting needs, and what prevents a deletion. Pure: the
 * editor, the store and every adapter use the same functions.
 */
import {websiteHref} from './address.js';
import {clientCodeProblem} from './client-code.js';
import {countryHasPostalCode, countryHasSubdivisions, DEFAULT_COUNTRY, DEFAULT_PROVINCE, findSubdivision, isKnownCountry} from './geo.js';
import {normalizeCivicNumber, normalizeWebsite, tidy} from './normalize.js';
import {formatPhone} from './phone.js';
import {normalizePostalCode} from './postal-code.js';
import {
  DOCUMENT_KINDS,
  type AccountingInfo,
  type AccountingSync,
  type Client,
  type ClientDocument,
  type Contact,
  type PostalAddress,
  type ReferenceData,
  type ShippingAddress,
} from './types.js';
import {
  addIssue,
  lengthProblem,
  numberProblem,
  phoneProblem,
  postalCodeProblem,
  requiredProblem,
  websiteProblem,
  type FieldErrors,
  type FieldIssue,
} from './validation.js';

/** A client as the editor fills it: no id or code yet when creating. */
export type ClientDraft = Omit<Client, 'id' | 'code' | 'updatedAt' | 'version' | 'createdAt'> & {id?: string; code?: string};

/** Longest accepted values (characters), for the editor's `maxlength` too. */
export const CLIENT_LIMITS = {
  name: 120,
  phone: 40,
  website: 200,
  civicNumber: 20,
  street: 120,
  unit: 40,
  city: 80,
  postalCode: 20,
  comments: 4000,
} as const;

/** Largest accepted percentages and amounts of the "Comptabilité" tab. */
const NUMBER_RULES = {
  markupPercent: {max: 1000},
  discountPercent: {max: 100},
  jobOpeningFee: {max: 1_000_000},
  creditLimit: {max: 100_000_000},
  allowedAgeDays: {max: 3650, integer: true},
} as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar date of `now` where the user is (`YYYY-MM-DD`, local time). */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An empty address in Canada / Québec. */
export function emptyAddress(): PostalAddress {
  return {civicNumber: '', street: '', unit: '', city: '', province: DEFAULT_PROVINCE, postalCode: '', country: DEFAULT_COUNTRY, residential: false};
}

/**
 * The draft of a new client: Canada / Québec, French, active, prospect when the settings say so,
 * the default currency and business entity, standard shipper identification, account opened today.
 */
export function newClientDraft(reference: ReferenceData, now: Date): ClientDraft {
  const settings = reference.settings;
  return {
    name: '',
    phone: '',
    fax: '',
    website: '',
    address: emptyAddress(),
    accountOpenedOn: localDate(now),
    language: 'fr',
    active: true,
    prospect: Boolean(settings.newClientsAreProspects),
    firstInvoicedOn: null,
    shipperIdentification: 'standard',
    businessEntityId: settings.defaultBusinessEntityId,
    comments: '',
    billToClientId: null,
    accounting: {currency: settings.defaultCurrency || reference.currencies[0] || 'CAD'},
    accountingSync: {state: 'never'},
  };
}

/** True when no part of the address that people type is filled (country and province do not count). */
export function isAddressEmpty(address: Partial<PostalAddress> | null | undefined): boolean {
  if (!address) return true;
  return [address.civicNumber, address.street, address.unit, address.city, address.postalCode].every((part) => !tidy(part));
}

function normalizePhoneField(value: string | undefined): string {
  const text = tidy(value);
  return text && !phoneProblem(text) ? formatPhone(text) : text;
}

/**
 * Tidies a postal address (the client's, or a shipping address with its other fields kept): the
 * postal code normalised for its country (`g5z0m2` → `G5Z 0M2`), the province given by name
 * matched to its code and cleared for a country without provinces, whitespace collapsed.
 */
export function normalizePostalAddress<T extends PostalAddress>(address: T): T {
  const country = tidy(address.country).toUpperCase() || DEFAULT_COUNTRY;
  const postal = tidy(address.postalCode);
  const normalized = postal ? normalizePostalCode(postal, country) : {value: '', valid: true};
  let province = '';
  if (countryHasSubdivisions(country)) province = findSubdivision(country, address.province) || tidy(address.province);
  return {
    ...address,
    civicNumber: normalizeCivicNumber(address.civicNumber),
    street: tidy(address.street),
    unit: tidy(address.unit),
    city: tidy(address.city),
    province,
    postalCode: normalized.valid ? normalized.value : postal.toUpperCase(),
    country,
    residential: Boolean(address.residential),
  };
}

const trimmed = (value: string | undefined): string | undefined => (value === undefined ? undefined : value.trim());

function normalizeAccounting(accounting: AccountingInfo | undefined): AccountingInfo {
  const info: AccountingInfo = {...(accounting ?? {currency: 'CAD'})};
  for (const key of ['sortKey', 'receivableAccount', 'territory', 'paymentTerms', 'taxCode', 'billing', 'comment', 'creditType'] as const) {
    if (info[key] !== undefined) info[key] = key === 'comment' ? trimmed(info[key]) : tidy(info[key]);
  }
  info.currency = tidy(info.currency).toUpperCase();
  return info;
}

/**
 * Tidies a draft before validation and saving: whitespace collapsed, North American phones
 * written `418 774-9801` (extension kept: `418 774-9801 #23`), the website completed
 * (`www.example.ca` → `https://www.example.ca`), the postal code normalised for its country
 * (`g5z0m2` → `G5Z 0M2`), the province given by name matched to its code and cleared for a
 * country without provinces (France). A prospect whose address is empty gets none. Values that
 * cannot be normalised are kept as typed, for validation to report them.
 */
export function normalizeClientDraft<T extends ClientDraft>(draft: T): T {
  const website = tidy(draft.website);
  const normalizedWebsite = website ? normalizeWebsite(website) : {value: '', valid: true};
  let address = draft.address ? normalizePostalAddress(draft.address) : null;
  if (draft.prospect && isAddressEmpty(address)) address = null;
  const result: T = {
    ...draft,
    name: tidy(draft.name),
    phone: normalizePhoneField(draft.phone),
    fax: normalizePhoneField(draft.fax),
    website: normalizedWebsite.valid && websiteHref(normalizedWebsite.value) ? normalizedWebsite.value : website,
    address,
    comments: trimmed(draft.comments),
    billToClientId: tidy(draft.billToClientId) || null,
    accounting: normalizeAccounting(draft.accounting),
  };
  if (draft.code !== undefined) result.code = tidy(draft.code);
  return result;
}

/** What validation needs to know beyond the draft. */
export interface ClientValidationContext {
  /** The other clients (ClientRow has these fields): codes must be unique, bill-to must not loop. */
  clients: ReadonlyArray<Pick<Client, 'id' | 'code' | 'name'> & {billToClientId?: string | null}>;
  /** The client has a production job: it can no longer be a prospect. */
  hasProductionJob: boolean;
}

/**
 * Why `billToClientId` cannot be chosen for the client `selfId`, or `null`: not itself, an
 * existing client, and no loop (A → B → A, A → B → C → A, or a chain that loops further on).
 */
export function billToProblem(
  selfId: string | undefined,
  billToClientId: string | null | undefined,
  clients: ClientValidationContext['clients'],
  selfCode = '',
): FieldIssue | null {
  const target = billToClientId || '';
  if (!target) return null;
  if (selfId && target === selfId) return {key: 'validation.billTo.self'};
  const byId = new Map<string, (typeof clients)[number]>();
  for (const client of clients) byId.set(client.id, client);
  if (!byId.has(target)) return {key: 'validation.billTo.unknown'};
  const chain = [selfCode || '…'];
  const loop = (last: string): FieldIssue => ({key: 'validation.billTo.loop', params: {chain: [...chain, last].join(' → ')}});
  const seen = new Set<string>();
  for (let current: string | null | undefined = target; current; ) {
    if (current === selfId) return loop(chain[0]);
    const client = byId.get(current);
    if (seen.has(current)) return loop(client?.code ?? current); // a loop further along the chain
    seen.add(current);
    if (!client) break;
    chain.push(client.code);
    current = client.billToClientId;
  }
  return null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateProblem(value: string | null | undefined): FieldIssue | null {
  if (!value) return null;
  const match = DATE.exec(value);
  if (!match) return {key: 'validation.date'};
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? null : {key: 'validation.date'};
}

function validateAddress(draft: ClientDraft, errors: FieldErrors): void {
  const required = !draft.prospect;
  if (!required && isAddressEmpty(draft.address)) return;
  postalAddressErrors(draft.address, required, errors, 'address.');
}

/**
 * The problems of a postal address, added to `errors` under `prefix` + field name (`address.city`
 * for the client, `city` for a shipping address). Required (when `required`): civic number,
 * street, city, the postal code where the country has them, the province where it has provinces.
 * Always: lengths, Canadian and US postal codes, a known country and one of its provinces. The
 * same rules for the client editor and the shipping-address editor.
 */
export function postalAddressErrors(
  address: Partial<PostalAddress> | null | undefined,
  required: boolean,
  errors: FieldErrors,
  prefix = '',
): void {
  const country = (address?.country || DEFAULT_COUNTRY).toUpperCase();
  const field = (name: keyof PostalAddress, issue: FieldIssue | null) => addIssue(errors, `${prefix}${name}`, issue);
  if (required) {
    field('civicNumber', requiredProblem(address?.civicNumber));
    field('street', requiredProblem(address?.street));
    field('city', requiredProblem(address?.city));
    if (countryHasPostalCode(country)) field('postalCode', requiredProblem(address?.postalCode));
  }
  field('civicNumber', lengthProblem(address?.civicNumber, CLIENT_LIMITS.civicNumber));
  field('street', lengthProblem(address?.street, CLIENT_LIMITS.street));
  field('unit', lengthProblem(address?.unit, CLIENT_LIMITS.unit));
  field('city', lengthProblem(address?.city, CLIENT_LIMITS.city));
  field('postalCode', postalCodeProblem(address?.postalCode, country));
  if (!isKnownCountry(country)) field('country', {key: 'validation.country'});
  else if (countryHasSubdivisions(country)) {
    const province = tidy(address?.province);
    if (!province) field('province', required ? {key: 'validation.required'} : null);
    else if (!findSubdivision(country, province)) field('province', {key: 'validation.province'});
  }
}

/**
 * Checks a draft; returns the problems by field path, in the order of the editor's fields (the
 * first is where focus goes), or `{}`. Required: the name; the address (civic number, street,
 * city, postal code when the country has them, province when it has provinces) unless the client
 * is a prospect. Formats: Canadian and US postal codes, phones, website (http/https only),
 * amounts and percentages. Bill-to: not itself, existing, no loop. A client with a production
 * job cannot be a prospect; the shipper identification "Client" needs the client's logo.
 */
export function validateClient(draft: ClientDraft, context: ClientValidationContext): FieldErrors {
  const errors: FieldErrors = {};
  const name = tidy(draft.name);
  addIssue(errors, 'name', requiredProblem(name));
  addIssue(errors, 'name', lengthProblem(name, CLIENT_LIMITS.name));
  // A name that a spreadsheet would run as a formula ("=HYPERLINK(…)") is no company name.
  addIssue(errors, 'name', name.startsWith('=') ? {key: 'validation.name.formula'} : null);
  addIssue(errors, 'phone', phoneProblem(draft.phone) ?? lengthProblem(draft.phone, CLIENT_LIMITS.phone));
  addIssue(errors, 'fax', phoneProblem(draft.fax) ?? lengthProblem(draft.fax, CLIENT_LIMITS.phone));
  addIssue(errors, 'website', websiteProblem(draft.website) ?? lengthProblem(draft.website, CLIENT_LIMITS.website));
  validateAddress(draft, errors);
  addIssue(errors, 'accountOpenedOn', dateProblem(draft.accountOpenedOn));
  if (draft.shipperIdentification === 'client' && !draft.logoId) addIssue(errors, 'logoId', {key: 'validation.logo.required'});
  addIssue(errors, 'comments', lengthProblem(draft.comments, CLIENT_LIMITS.comments));
  if (draft.prospect && context.hasProductionJob) addIssue(errors, 'prospect', {key: 'validation.prospect.hasJob'});
  addIssue(errors, 'billToClientId', billToProblem(draft.id, draft.billToClientId, context.clients, draft.code));
  addIssue(errors, 'accounting.currency', requiredProblem(draft.accounting?.currency));
  for (const [key, rule] of Object.entries(NUMBER_RULES)) {
    addIssue(errors, `accounting.${key}`, numberProblem(draft.accounting?.[key as keyof typeof NUMBER_RULES], rule));
  }
  if (draft.code !== undefined) addIssue(errors, 'code', clientCodeProblem(draft.code, context.clients, draft.id));
  return errors;
}

/** The "Prospect" box is shown until the client has a production job. */
export function prospectBoxVisible(hasProductionJob: boolean): boolean {
  return !hasProductionJob;
}

/**
 * What the accounting system needs and the client lacks (`accounting.refused.*` keys), empty
 * when it can be sent: not a prospect, payment terms, currency, a complete address.
 */
export function accountingProblems(client: Pick<Client, 'prospect' | 'name' | 'address' | 'accounting'>): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (client.prospect) problems.push({key: 'accounting.refused.prospect'});
  if (!tidy(client.name)) problems.push({key: 'accounting.refused.name'});
  if (!tidy(client.accounting?.paymentTerms)) problems.push({key: 'accounting.refused.paymentTerms'});
  if (!tidy(client.accounting?.currency)) problems.push({key: 'accounting.refused.currency'});
  const address = client.address;
  const country = address?.country || DEFAULT_COUNTRY;
  if (
    !address ||
    !tidy(address.civicNumber) ||
    !tidy(address.street) ||
    !tidy(address.city) ||
    (countryHasPostalCode(country) && !tidy(address.postalCode)) ||
    (countryHasSubdivisions(country) && !tidy(address.province))
  ) {
    problems.push({key: 'accounting.refused.address'});
  }
  return problems;
}

const MESSAGE_KEY = /^[a-z]+(?:\.[A-Za-z0-9]+)+$/;

/**
 * The reasons of an accounting refusal as message keys: the local gateway records catalogue keys
 * (one per line) in `accountingSync.error`; any other text (a remote system's own words) is
 * given as `accounting.error.gateway` with `{message}`.
 */
export function accountingSyncReasons(sync: AccountingSync | null | undefined): FieldIssue[] {
  const text = (sync?.error ?? '').trim();
  if (!text) return [];
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.every((line) => MESSAGE_KEY.test(line))) return lines.map((key) => ({key}));
  return [{key: 'accounting.error.gateway', params: {message: text}}];
}

/** What may refer to a client, gathered by the store. */
export interface DeleteCheck {
  /** The client itself; without it every document counts as one of the client's. */
  client?: Pick<Client, 'id'>;
  /** The client's documents, and any document naming one of its contacts or addresses. */
  documents: readonly ClientDocument[];
  contacts: readonly Pick<Contact, 'id' | 'firstName' | 'lastName'>[];
  addresses?: readonly Pick<ShippingAddress, 'id' | 'companyName' | 'civicNumber' | 'street' | 'city'>[];
  /** Other clients billed to this one ("Facturer à une autre entité"). */
  billedBy: ReadonlyArray<{id: string; code: string; name: string}>;
}

const LISTED = 3;

function listOf(values: string[]): string {
  const shown = values.slice(0, LISTED).join(', ');
  return values.length > LISTED ? `${shown}…` : shown;
}

/**
 * Why the client cannot be deleted (`delete.blocked.*` keys with a `count`, for plural forms),
 * empty when nothing refers to it: its quotes, jobs, shipping slips and invoices, its contacts or
 * addresses named on documents, and the clients billed to it. The advice to make the client
 * inactive instead is `delete.adviceInactive`.
 */
export function deleteBlockers(check: DeleteCheck): FieldIssue[] {
  const reasons: FieldIssue[] = [];
  const own = check.client ? check.documents.filter((doc) => doc.clientId === check.client!.id) : check.documents;
  for (const kind of DOCUMENT_KINDS) {
    const count = own.filter((doc) => doc.kind === kind).length;
    if (count) reasons.push({key: `delete.blocked.${kind}`, params: {count}});
  }
  const usedContacts = new Set(check.documents.map((doc) => doc.contactId).filter(Boolean));
  const contacts = check.contacts.filter((contact) => usedContacts.has(contact.id));
  if (contacts.length) {
    const names = contacts.map((c) => `${c.firstName} ${c.lastName}`.trim());
    reasons.push({key: 'delete.blocked.contacts', params: {count: contacts.length, names: listOf(names)}});
  }
  const usedAddresses = new Set(check.documents.map((doc) => doc.addressId).filter(Boolean));
  const addresses = (check.addresses ?? []).filter((address) => usedAddresses.has(address.id));
  if (addresses.length) {
    const names = addresses.map((a) => a.companyName || [a.civicNumber, a.street, a.city].filter(Boolean).join(' '));
    reasons.push({key: 'delete.blocked.addresses', params: {count: addresses.length, names: listOf(names)}});
  }
  if (check.billedBy.length) {
    const clients = check.billedBy.map((c) => `${c.code} ${c.name}`);
    reasons.push({key: 'delete.blocked.billedBy', params: {count: check.billedBy.length, clients: listOf(clients)}});
  }
  return reasons;
}
