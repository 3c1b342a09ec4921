/**
 * Builds the demo's seed bundle (DESIGN.md "Seed bundle") from the real data files in data/:
 * every FINTRAC business and every Québec school becomes a client, cleaned with the product's
 * normalisers; contacts, extra shipping addresses, notes and documents are added on top,
 * synthetic and marked so. Deterministic: seeded random numbers and a fixed "today"
 * (2026-12-01), so every run gives the same bytes.
 *
 * No I/O here: scripts/build-seed.mjs reads the files, calls `buildSeed` and writes the result.
 */
import type {
  AccountingInfo,
  AccountingSync,
  Client,
  ClientDocument,
  Contact,
  DocumentKind,
  Language,
  Note,
  NoteCategory,
  SalesSummary,
  SeedBundle,
  ShippingAddress,
} from '../../src/model/types.js';
import {NOTE_CATEGORIES} from '../../src/model/types.js';
import {computeAnnualSales} from '../../src/model/sales.js';
import {clientStatus, type ClientStatus} from '../../src/model/status.js';
import {TODAY, NOW, isoDate, isoInstant, workingDay} from './dates.js';
import {validateJsonSchema, type JsonSchema} from './json-schema-lite.js';
import {Random, hashString} from './random.js';
import {currencyOf, referenceData, territoryOf, taxCodeOf, USERS} from './reference.js';
import {SeedReport} from './report.js';
import {readSources, type RealClient, type SourceTexts} from './sources.js';
import {
  areaCodeFor,
  companyDomain,
  deliveryNote,
  emailFor,
  extension,
  fictitiousPhone,
  jobDescription,
  jobTitle,
  nearbyPostalCode,
  noteText,
  personName,
  shippingCompanyName,
  shippingStreet,
} from './vocabulary.js';

export const ATTRIBUTION = [
  'Contains information licensed under the Open Government Licence – Canada.',
  'Gouvernement du Québec, ministère de l\'Éducation.',
  'Contacts, adresses supplémentaires, notes et documents : données synthétiques générées pour la démonstration.',
];

/** How many of the first client codes get a rich history, so that the demo's first screen looks full. */
export const SHOWCASE_COUNT = 20;
const SHOWCASE_PATTERN = ['pri', 'pub', 'msb', 'pub', 'pri', 'pub', 'msb', 'pri', 'pub', 'pub', 'msb', 'pri', 'pub', 'msb', 'pub', 'pri', 'pub', 'msb', 'pub', 'pri'] as const;
/** Status of the showcase clients that are not plain "Actif" (index → status). */
const SHOWCASE_STATUS: Record<number, ClientStatus> = {8: 'new', 15: 'prospect'};

const FIRST_CLIENT_DAY = Date.UTC(2008, 2, 3) / 86_400_000;
/** Documents cover the last six years. */
const HISTORY_START = TODAY - 6 * 365;

export interface SeedInputs extends SourceTexts {
  /** schemas/seed.schema.json, to check the bundle against. */
  schema?: JsonSchema;
}

export interface SeedResult {
  bundle: SeedBundle;
  report: SeedReport;
  /** The report as text lines (without size and timing, which the caller knows). */
  lines: string[];
  /** Problems that make the bundle unusable (schema errors, broken invariants). */
  errors: string[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Clamps a day into [min, max] and onto a working day not after max. */
function businessDay(day: number, min: number, max: number): number {
  let d = workingDay(Math.max(min, Math.min(max, day)));
  while (d > max) d -= 1;
  while (new Date(d * 86_400_000).getUTCDay() % 6 === 0 && d > min) d -= 1;
  return d;
}

// ---------------------------------------------------------------------------------------------
// Order of the clients and their codes

function orderClients(real: RealClient[]): RealClient[] {
  const byHash = real
    .map((client) => ({client, key: hashString(`order:${client.id}`)}))
    .sort((a, b) => a.key - b.key || (a.client.id < b.client.id ? -1 : 1))
    .map((entry) => entry.client);
  const pools: Record<string, RealClient[]> = {msb: [], pub: [], pri: []};
  for (const client of byHash) if (client.showcase) pools[client.kind].push(client);
  const first: RealClient[] = [];
  for (const kind of SHOWCASE_PATTERN) {
    const next = pools[kind].shift();
    if (next) first.push(next);
  }
  const chosen = new Set(first);
  return [...first, ...byHash.filter((client) => !chosen.has(client))];
}

// ---------------------------------------------------------------------------------------------
// Synthetic records of one client

interface ClientPlan {
  index: number;
  real: RealClient;
  rng: Random;
  id: string;
  code: string;
  createdDay: number;
  status: ClientStatus;
  showcase: boolean;
  currency: string;
  repId?: string;
  domain: string;
  areaCode: string;
}

interface PendingDocument {
  plan: ClientPlan;
  seq: number;
  kind: DocumentKind;
  series: 'S' | 'D' | 'BL' | 'F' | 'PF';
  day: number;
  minute: number;
  jobs: PendingDocument[];
  total?: number;
  description?: string;
  contactId?: string;
  addressId?: string;
  number?: string;
}

const SERIES_WIDTH: Record<PendingDocument['series'], number> = {S: 5, D: 4, BL: 5, F: 5, PF: 4};
const KIND_ORDER: Record<DocumentKind, number> = {quote: 0, job: 1, shipment: 2, invoice: 3};

function makeContacts(plan: ClientPlan, nextId: () => string): Contact[] {
  const {rng, real, status, showcase} = plan;
  const count = showcase
    ? rng.int(3, 4)
    : status === 'prospect'
      ? rng.weighted([[0, 40], [1, 40], [2, 20]])
      : rng.weighted([[0, 12], [1, 30], [2, 30], [3, 18], [4, 10]]);
  const contacts: Contact[] = [];
  const emails = new Set<string>();
  const billingIndex = count >= 2 ? rng.int(1, count - 1) : count === 1 && rng.chance(0.5) ? 0 : -1;
  const hasDefault = rng.chance(showcase ? 1 : 0.85);
  for (let i = 0; i < count; i++) {
    const language: Language = rng.chance(0.9) ? real.language : real.language === 'fr' ? 'en' : 'fr';
    const person = personName(rng, real.language);
    const role = i === billingIndex ? 'billing' : i === 0 ? rng.pick(['buyer', 'head'] as const) : rng.pick(['staff', 'buyer', 'head'] as const);
    const flagged = (i === 0 && hasDefault) || (i === billingIndex && billingIndex >= 0);
    const active = flagged || rng.chance(0.9);
    const noEmail = !flagged && rng.chance(0.03);
    let email = '';
    if (!noEmail) {
      email = emailFor(rng, person.firstName, person.lastName, plan.domain, role === 'billing');
      for (let n = 2; emails.has(email); n++) email = email.replace(/^([^@+]*?)(\d*)([+@])/, `$1${n}$3`);
      emails.add(email);
    }
    const useMain = Boolean(real.phone && /^\d{3} \d{3}-\d{4}$/.test(real.phone)) && rng.chance(0.7);
    const phone1 = useMain ? real.phone! : fictitiousPhone(rng, plan.areaCode);
    const phone1Ext = useMain && rng.chance(0.6) ? extension(rng) : rng.chance(0.1) ? extension(rng) : '';
    const mobile = rng.chance(0.35) ? fictitiousPhone(rng, plan.areaCode) : '';
    const crm = noEmail ? 'never' : rng.weighted([['synced', 50], ['never', 38], ['pending', 7], ['error', 5]] as const);
    const syncedDay = plan.createdDay + rng.int(0, Math.max(0, TODAY - plan.createdDay));
    contacts.push({
      id: nextId(),
      clientId: plan.id,
      email,
      ...(noEmail ? {noEmail: true} : {}),
      gender: person.gender,
      firstName: person.firstName,
      lastName: person.lastName,
      jobTitle: jobTitle(rng, real.kind, role, person.gender, language),
      language,
      phone1,
      ...(phone1Ext ? {phone1Ext} : {}),
      ...(mobile ? {phone2: mobile, phone2Type: 'mobile' as const} : {}),
      active,
      isDefault: i === 0 && hasDefault,
      isBillingResponsible: i === billingIndex,
      billingCc: i !== billingIndex && active && !noEmail && rng.chance(0.2),
      crmSync:
        crm === 'synced'
          ? {state: 'synced', syncedAt: isoInstant(syncedDay, rng.int(0, 540))}
          : crm === 'error'
            ? {state: 'error', error: rng.pick(['Adresse courriel refusée par HubSpot.', 'Contact en double dans HubSpot.'])}
            : {state: crm},
      updatedAt: isoInstant(syncedDay, rng.int(0, 540)),
      version: 1,
      synthetic: true,
    });
  }
  return contacts;
}

function makeAddresses(plan: ClientPlan, contacts: Contact[], nextId: () => string): ShippingAddress[] {
  const {rng, real, showcase, status} = plan;
  const own = real.address;
  if (!own || !real.addressComplete || status === 'prospect') return [];
  const count = showcase ? rng.int(2, 4) : rng.weighted([[0, 40], [1, 35], [2, 15], [3, 7], [4, 3]]);
  const addresses: ShippingAddress[] = [];
  const careOf = () => {
    const contact = contacts.length && rng.chance(0.5) ? rng.pick(contacts) : undefined;
    return contact ? `${contact.firstName} ${contact.lastName}` : '';
  };
  for (let i = 0; i < count; i++) {
    const updatedAt = isoInstant(plan.createdDay + rng.int(0, Math.max(0, TODAY - plan.createdDay)), rng.int(0, 540));
    if (i === 0) {
      const care = careOf();
      const notes = rng.chance(0.3) ? deliveryNote(rng) : '';
      addresses.push({
        id: nextId(),
        clientId: plan.id,
        principal: true,
        ...own,
        ...(care ? {careOf: care} : {}),
        ...(notes ? {deliveryNotes: notes} : {}),
        updatedAt,
        version: 1,
        synthetic: true,
      });
      continue;
    }
    const companyName = rng.chance(0.6) ? shippingCompanyName(rng, real.kind) : '';
    const unit = rng.chance(0.2) ? `${rng.pick(['Quai', 'Porte', 'Local'])} ${rng.int(1, 12)}` : '';
    const care = careOf();
    const phone = rng.chance(0.5) ? fictitiousPhone(rng, plan.areaCode) : '';
    const phoneExt = phone && rng.chance(0.2) ? extension(rng) : '';
    const email = rng.chance(0.2) ? `reception@${plan.domain}` : '';
    const notes = rng.chance(0.4) ? deliveryNote(rng) : '';
    addresses.push({
      id: nextId(),
      clientId: plan.id,
      ...(companyName ? {companyName} : {}),
      principal: false,
      civicNumber: String(rng.int(10, 9800)),
      street: shippingStreet(rng, own.country === 'CA' && own.province === 'QC' ? real.language : 'en'),
      ...(unit ? {unit} : {}),
      city: own.city,
      province: own.province ?? '',
      postalCode: own.country === 'CA' ? nearbyPostalCode(rng, own.postalCode) : own.postalCode,
      country: own.country,
      ...(rng.chance(0.03) ? {residential: true} : {}),
      ...(care ? {careOf: care} : {}),
      ...(phone ? {phone} : {}),
      ...(phoneExt ? {phoneExt} : {}),
      ...(email ? {email} : {}),
      ...(notes ? {deliveryNotes: notes} : {}),
      updatedAt,
      version: 1,
      synthetic: true,
    });
  }
  return addresses;
}

function makeNotes(plan: ClientPlan, nextId: () => string): Note[] {
  const {rng, showcase, status} = plan;
  const count = showcase ? 3 : status === 'prospect' ? rng.weighted([[0, 70], [1, 30]]) : rng.weighted([[0, 50], [1, 28], [2, 15], [3, 7]]);
  const categories: NoteCategory[] = status === 'prospect' ? ['quotes'] : rng.shuffle(NOTE_CATEGORIES);
  const notes: Note[] = [];
  for (let i = 0; i < count && i < categories.length; i++) {
    const category = categories[i];
    const day = plan.createdDay + rng.int(0, Math.max(0, TODAY - plan.createdDay));
    const createdAt = isoInstant(businessDay(day, plan.createdDay, TODAY), rng.int(0, 540));
    const author = plan.repId && rng.chance(0.5) ? plan.repId : rng.pick(USERS);
    notes.push({
      id: nextId(),
      clientId: plan.id,
      category,
      text: noteText(rng, category),
      createdBy: author,
      createdAt,
      attachments: [],
      updatedAt: createdAt,
      version: 1,
      synthetic: true,
    });
  }
  return notes;
}

/** Quotes, jobs, shipping slips and invoices of one client (numbered later, in date order). */
function makeHistory(plan: ClientPlan, contacts: Contact[], addresses: ShippingAddress[]): PendingDocument[] {
  const {rng, real, status, showcase} = plan;
  const docs: PendingDocument[] = [];
  let seq = 0;
  const add = (doc: Omit<PendingDocument, 'plan' | 'seq' | 'minute' | 'jobs'> & {jobs?: PendingDocument[]}): PendingDocument => {
    const full: PendingDocument = {plan, seq: seq++, minute: rng.int(0, 540), jobs: [], ...doc};
    docs.push(full);
    return full;
  };
  const activeContacts = contacts.filter((c) => c.active);
  const someContact = (probability: number) => (activeContacts.length && rng.chance(probability) ? rng.pick(activeContacts).id : undefined);
  const billingContact = contacts.find((c) => c.isBillingResponsible)?.id ?? contacts.find((c) => c.isDefault)?.id;
  const principal = addresses.find((a) => a.principal);
  const scale = showcase ? rng.pick([2200, 5500]) : rng.weighted([[350, 25], [900, 30], [2200, 25], [5500, 15], [14000, 5]]);
  const amount = () => round2(scale * (0.3 + rng.float() * 1.9));
  const start = Math.max(HISTORY_START, plan.createdDay + 3);

  const quote = (day: number, total: number, description: string, job?: PendingDocument) =>
    add({kind: 'quote', series: 'S', day, total, description, contactId: someContact(0.6), ...(job ? {jobs: [job]} : {})});

  if (status === 'prospect') {
    const from = Math.max(start, TODAY - 730);
    const count = showcase ? 3 : rng.weighted([[0, 40], [1, 40], [2, 20]]);
    for (let i = 0; i < count && from < TODAY; i++) quote(businessDay(rng.int(from, TODAY), from, TODAY), amount(), jobDescription(rng, real.kind));
    return docs;
  }
  if (status === 'new') {
    const from = Math.max(start, TODAY - 120);
    const count = showcase ? 3 : rng.int(1, 3);
    for (let i = 0; i < count; i++) quote(businessDay(rng.int(from, TODAY), from, TODAY), amount(), jobDescription(rng, real.kind));
    if (showcase || rng.chance(0.5)) {
      const day = businessDay(rng.int(Math.max(from, TODAY - 30), TODAY), from, TODAY);
      const description = jobDescription(rng, real.kind);
      const job = add({kind: 'job', series: 'D', day, description, contactId: someContact(0.5)});
      quote(businessDay(day - rng.int(3, 20), from, day), amount(), description, job);
    }
    return docs;
  }

  // Active or inactive clients with a history.
  let end = TODAY;
  if (status === 'inactive') {
    const lastPossible = TODAY - 300;
    end = lastPossible > start + 60 ? rng.int(Math.max(start + 60, TODAY - 5 * 365), lastPossible) : start + Math.floor((TODAY - start) / 2);
  }
  if (end - start < 20) return docs;
  let jobCount = showcase
    ? rng.int(14, 22)
    : status === 'inactive'
      ? rng.weighted([[0, 30], [1, 35], [2, 20], [3, 15]])
      : rng.weighted([[1, 40], [2, 27], [3, 13], [4, 8], [rng.int(5, 7), 8], [rng.int(8, 12), 4]]);
  if (!showcase && status === 'active') jobCount = Math.max(1, Math.round(jobCount * Math.min(1, (end - start) / 730)));
  const jobDays = Array.from({length: jobCount}, () => rng.int(start + 10, end)).sort((a, b) => a - b);
  if (status === 'active' && jobDays.length && jobDays[0] > TODAY - 45 && start + 10 < TODAY - 45) jobDays[0] = rng.int(start + 10, TODAY - 45);
  jobDays.sort((a, b) => a - b);

  let carried: {job: PendingDocument; total: number} | null = null;
  jobDays.forEach((rawDay, index) => {
    const day = businessDay(rawDay, start, end);
    const description = jobDescription(rng, real.kind);
    const total = amount();
    const job = add({kind: 'job', series: 'D', day, description, contactId: someContact(0.5)});
    if (rng.chance(0.6)) quote(businessDay(day - rng.int(3, 30), Math.max(plan.createdDay, HISTORY_START), day), total, description, job);
    const done = day + 7 <= end;
    if (!done) return;
    let lastShipped = day;
    if (rng.chance(0.88)) {
      const slips = rng.chance(0.1) ? 2 : 1;
      for (let s = 0; s < slips; s++) {
        const shipDay = businessDay(lastShipped + rng.int(3, 15), lastShipped, end);
        if (shipDay > end || shipDay < lastShipped) break;
        lastShipped = shipDay;
        const address = addresses.length ? (rng.chance(0.7) && principal ? principal : rng.pick(addresses)) : undefined;
        const boxes = rng.int(1, 12);
        add({
          kind: 'shipment',
          series: 'BL',
          day: shipDay,
          jobs: [job],
          description: `${boxes} boîte${boxes > 1 ? 's' : ''} — ${rng.pick(['Purolator', 'Postes Canada', 'Livraison locale', 'Dicom', 'Ramassage au comptoir'])}`,
          contactId: someContact(0.3),
          addressId: address?.id,
        });
      }
    }
    const invoiceDay = businessDay(lastShipped + rng.int(0, 5), lastShipped, end);
    if (invoiceDay > end) return;
    // Now and then one invoice covers this job and the next one, when the next follows closely.
    const nextSoon = index < jobDays.length - 1 && jobDays[index + 1] - rawDay <= 30 && jobDays[index + 1] + 7 <= end;
    if (!carried && nextSoon && rng.chance(0.3)) {
      carried = {job, total};
      return;
    }
    const jobs = carried ? [carried.job, job] : [job];
    const sum = round2((carried?.total ?? 0) + total * (0.97 + rng.float() * 0.11));
    carried = null;
    add({
      kind: 'invoice',
      series: rng.chance(0.05) ? 'PF' : 'F',
      day: invoiceDay,
      jobs,
      total: sum,
      description: jobs.length > 1 ? `${description} (et dossier précédent)` : description,
      contactId: billingContact,
    });
  });
  if (carried) {
    const {job, total} = carried as {job: PendingDocument; total: number};
    add({kind: 'invoice', series: 'F', day: businessDay(job.day + 14, job.day, end), jobs: [job], total, description: job.description, contactId: billingContact});
  }
  const lostQuotes = showcase ? rng.int(3, 6) : rng.weighted([[0, 65], [1, 25], [2, 8], [3, 2]]);
  for (let i = 0; i < lostQuotes; i++) quote(businessDay(rng.int(start, end), start, end), amount(), jobDescription(rng, real.kind));
  return docs;
}

// ---------------------------------------------------------------------------------------------

function repFor(rng: Random, real: RealClient, status: ClientStatus): string | undefined {
  if (rng.chance(0.04)) return undefined;
  if (status === 'inactive' && rng.chance(0.3)) return 'dmorin';
  const address = real.address;
  if (!address || address.country !== 'CA' || address.province !== 'QC') return 'kpatel';
  const letter = address.postalCode.charAt(0);
  if (letter === 'H') return rng.pick(['slavoie', 'pcote']);
  if (letter === 'G') return rng.pick(['jtremblay', 'mgagnon']);
  return rng.pick(['egilbert', 'nbouchard']);
}

function planStatus(rng: Random, real: RealClient, index: number, createdDay: number): ClientStatus {
  if (!real.address) return 'prospect';
  let status: ClientStatus;
  if (index < SHOWCASE_COUNT) status = SHOWCASE_STATUS[index] ?? 'active';
  else status = rng.weighted([['prospect', 8], ['inactive', 10], ['new', 12], ['active', 70]] as const);
  if (status === 'active' && TODAY - createdDay < 75) status = 'new';
  return status;
}

export function buildSeed(inputs: SeedInputs): SeedResult {
  const report = new SeedReport();
  const real = readSources(inputs, report);
  const ordered = orderClients(real);
  const total = ordered.length;

  const counters = {contact: 0, address: 0, note: 0};
  const nextContactId = () => `ct-${pad(++counters.contact, 6)}`;
  const nextAddressId = () => `ad-${pad(++counters.address, 6)}`;
  const nextNoteId = () => `nt-${pad(++counters.note, 6)}`;

  const plans: ClientPlan[] = [];
  const contacts: Contact[] = [];
  const addresses: ShippingAddress[] = [];
  const notes: Note[] = [];
  const pending: PendingDocument[] = [];
  const contactsByClient = new Map<string, Contact[]>();

  ordered.forEach((client, index) => {
    const rng = new Random(`client:${client.id}`);
    const span = TODAY - 3 - FIRST_CLIENT_DAY;
    const createdDay = businessDay(FIRST_CLIENT_DAY + Math.floor((span * (index + rng.float() * 0.9)) / total), FIRST_CLIENT_DAY, TODAY - 3);
    const status = planStatus(rng, client, index, createdDay);
    const country = client.address?.country ?? 'CA';
    const plan: ClientPlan = {
      index,
      real: client,
      rng,
      id: client.id,
      code: `C-${pad(index + 1, 4)}`,
      createdDay,
      status,
      showcase: index < SHOWCASE_COUNT,
      currency: currencyOf(country),
      repId: repFor(rng, client, status),
      domain: companyDomain(rng, client.name, country, client.kind, client.unnamed),
      areaCode: areaCodeFor(rng, client.phone, client.address?.postalCode ?? ''),
    };
    plans.push(plan);
    const clientContacts = makeContacts(plan, nextContactId);
    const clientAddresses = makeAddresses(plan, clientContacts, nextAddressId);
    contacts.push(...clientContacts);
    contactsByClient.set(plan.id, clientContacts);
    addresses.push(...clientAddresses);
    notes.push(...makeNotes(plan, nextNoteId));
    pending.push(...makeHistory(plan, clientContacts, clientAddresses));
  });

  // Number the documents in date order, one sequence per series, then resolve job links.
  pending.sort((a, b) => a.day - b.day || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.plan.index - b.plan.index || a.seq - b.seq);
  const sequences: Record<string, number> = {S: 0, D: 0, BL: 0, F: 0, PF: 0};
  for (const doc of pending) doc.number = `${doc.series}-${pad(++sequences[doc.series], SERIES_WIDTH[doc.series])}`;
  const documents: ClientDocument[] = pending.map((doc) => ({
    id: `doc-${doc.number!.toLowerCase()}`,
    clientId: doc.plan.id,
    kind: doc.kind,
    number: doc.number!,
    date: isoDate(doc.day),
    jobNumbers: doc.jobs.map((job) => job.number!),
    ...(doc.total !== undefined ? {total: doc.total, currency: doc.plan.currency} : {}),
    ...(doc.description ? {description: doc.description} : {}),
    ...(doc.contactId ? {contactId: doc.contactId} : {}),
    ...(doc.addressId ? {addressId: doc.addressId} : {}),
    updatedAt: isoInstant(doc.day, doc.minute),
    version: 1,
    synthetic: true,
  }));
  const documentsByClient = new Map<string, ClientDocument[]>();
  for (const doc of documents) {
    let list = documentsByClient.get(doc.clientId);
    if (!list) documentsByClient.set(doc.clientId, (list = []));
    list.push(doc);
  }

  // Bill-to: a few public-school buildings are billed to the first building of their board.
  const boardHead = new Map<string, ClientPlan>();
  for (const plan of plans) {
    const group = plan.real.group;
    if (group && plan.status !== 'prospect' && plan.status !== 'inactive' && !boardHead.has(group)) boardHead.set(group, plan);
  }

  const clients: Client[] = [];
  const sales: SalesSummary[] = [];
  for (const plan of plans) {
    const {rng, real, status} = plan;
    const docs = documentsByClient.get(plan.id) ?? [];
    const invoices = docs.filter((doc) => doc.kind === 'invoice');
    const prospect = status === 'prospect';
    const active = status !== 'inactive';
    let firstInvoicedOn: string | null = null;
    if (status === 'active' || status === 'inactive') {
      if (plan.createdDay < HISTORY_START - 30) firstInvoicedOn = isoDate(businessDay(plan.createdDay + rng.int(10, 90), plan.createdDay, HISTORY_START - 1));
      else if (invoices.length) firstInvoicedOn = invoices[0].date;
    }
    const createdAt = isoInstant(plan.createdDay, rng.int(0, 540));
    const address = real.address;
    const country = address?.country ?? 'CA';
    const province = address?.province ?? '';
    const territory = territoryOf(country, province, address?.postalCode ?? '');
    const lastInvoice = invoices[invoices.length - 1];
    const recentUnpaid = invoices.filter((doc) => doc.date >= isoDate(TODAY - 45)).reduce((sum, doc) => sum + (doc.total ?? 0), 0);
    const accounting: AccountingInfo = {
      currency: plan.currency,
      ...(prospect
        ? {}
        : {
            paymentTerms: rng.weighted([['net30', 70], ['net45', 8], ['net15', 6], ['net60', 4], ['2-10-net30', 4], ['receipt', 4], ['prepaid', 4]] as const),
          }),
      ...(territory ? {territory} : {}),
      taxCode: taxCodeOf(country, province),
      statementOfAccount: rng.chance(0.7),
      poRequired: rng.chance(real.kind === 'msb' ? 0.15 : 0.6),
      orderAllowed: active || rng.chance(0.5),
      ...(!prospect && rng.chance(0.3) ? {creditType: 'limit', creditLimit: rng.pick([2500, 5000, 10000, 25000, 50000])} : {}),
      ...(lastInvoice ? {lastPurchaseOn: lastInvoice.date} : {}),
    };
    let accountingSync: AccountingSync;
    if (prospect) accountingSync = {state: 'never'};
    else if (!real.addressComplete) {
      accountingSync = {
        state: 'error',
        error: !real.postalValid ? 'Adresse incomplète : le code postal est obligatoire dans Acomba.' : 'Adresse incomplète : numéro civique ou rue manquant.',
      };
    } else {
      const state = rng.weighted([['synced', 94], ['pending', 4], ['error', 2]] as const);
      const syncedAt = isoInstant(businessDay(rng.int(Math.max(plan.createdDay, TODAY - 400), TODAY), plan.createdDay, TODAY), rng.int(0, 540));
      accountingSync =
        state === 'synced'
          ? {state, accountingId: plan.code.replace('-', ''), syncedAt}
          : state === 'pending'
            ? {state}
            : {state, error: rng.pick(["Le terme de paiement n'existe pas dans Acomba.", 'Délai dépassé en communiquant avec Acomba; réessayer.'])};
      if (state === 'synced' && recentUnpaid > 0) {
        accounting.balance = round2(recentUnpaid * 1.14975);
        accounting.balanceReadAt = syncedAt;
      }
    }
    const head = real.group ? boardHead.get(real.group) : undefined;
    const billTo = head && head !== plan && !prospect && rng.chance(0.05) ? head.id : undefined;
    const updatedDay = plan.createdDay + rng.int(0, Math.max(0, TODAY - plan.createdDay));
    const client: Client = {
      id: plan.id,
      code: plan.code,
      name: real.name,
      ...(real.phone ? {phone: real.phone} : {}),
      ...(real.website ? {website: real.website} : {}),
      address,
      createdAt,
      ...(prospect ? {} : {accountOpenedOn: isoDate(plan.createdDay)}),
      language: real.language,
      sectorId: real.sectorId,
      ...(plan.repId ? {repId: plan.repId} : {}),
      active,
      prospect,
      firstInvoicedOn,
      shipperIdentification: 'standard',
      businessEntityId: rng.chance(0.08) ? 'wide' : 'print',
      ...(real.comments ? {comments: real.comments} : {}),
      ...(billTo ? {billToClientId: billTo} : {}),
      accounting,
      accountingSync,
      source: real.source,
      updatedAt: isoInstant(updatedDay, rng.int(0, 540)),
      version: 1,
      synthetic: false,
    };
    clients.push(client);
    if (invoices.length) sales.push(computeAnnualSales(plan.id, invoices, NOW, plan.currency));
  }

  const bundle: SeedBundle = {
    clients,
    contacts,
    addresses,
    notes,
    documents,
    sales,
    reference: referenceData(),
    attribution: ATTRIBUTION,
  };
  const errors = [...checkInvariants(bundle, contactsByClient), ...checkSchema(bundle, inputs.schema)];
  return {bundle, report, lines: describe(bundle, report, errors, Boolean(inputs.schema)), errors};
}

// ---------------------------------------------------------------------------------------------
// Checks

function checkInvariants(bundle: SeedBundle, contactsByClient: Map<string, Contact[]>): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const codes = new Set<string>();
  for (const client of bundle.clients) {
    if (ids.has(client.id)) errors.push(`duplicate client id ${client.id}`);
    if (codes.has(client.code)) errors.push(`duplicate client code ${client.code}`);
    ids.add(client.id);
    codes.add(client.code);
    const contacts = contactsByClient.get(client.id) ?? [];
    if (contacts.filter((c) => c.isDefault).length > 1) errors.push(`${client.id}: more than one default contact`);
    if (contacts.filter((c) => c.isBillingResponsible).length > 1) errors.push(`${client.id}: more than one billing responsible`);
    if (client.billToClientId === client.id) errors.push(`${client.id}: billed to itself`);
  }
  const principals = new Map<string, number>();
  for (const address of bundle.addresses) if (address.principal) principals.set(address.clientId, (principals.get(address.clientId) ?? 0) + 1);
  for (const [clientId, count] of principals) if (count !== 1) errors.push(`${clientId}: ${count} principal addresses`);
  const numbers = new Set<string>();
  const jobs = new Set(bundle.documents.filter((d) => d.kind === 'job').map((d) => d.number));
  for (const doc of bundle.documents) {
    if (numbers.has(doc.number)) errors.push(`duplicate document number ${doc.number}`);
    numbers.add(doc.number);
    for (const job of doc.jobNumbers) if (!jobs.has(job)) errors.push(`${doc.number}: unknown job ${job}`);
    if (doc.date > isoDate(TODAY)) errors.push(`${doc.number}: dated after today`);
  }
  return errors.slice(0, 50);
}

function declaredKeys(schema: JsonSchema, def: string): Set<string> {
  const node = (schema as {$defs: Record<string, {properties?: Record<string, unknown>}>}).$defs[def];
  return new Set(Object.keys(node?.properties ?? {}));
}

/** The bundle against schemas/seed.schema.json, plus: no record carries a field the schema does not declare. */
function checkSchema(bundle: SeedBundle, schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const errors = validateJsonSchema(schema, bundle, 20).map((error) => `schema: ${error.path || '/'} ${error.message}`);
  const tables: Array<[keyof SeedBundle, string]> = [
    ['clients', 'Client'],
    ['contacts', 'Contact'],
    ['addresses', 'ShippingAddress'],
    ['notes', 'Note'],
    ['documents', 'ClientDocument'],
    ['sales', 'SalesSummary'],
  ];
  for (const [table, def] of tables) {
    const keys = declaredKeys(schema, def);
    const undeclared = new Set<string>();
    for (const record of (bundle[table] as unknown as Array<Record<string, unknown>>) ?? []) {
      for (const key of Object.keys(record)) if (!keys.has(key)) undeclared.add(key);
    }
    if (undeclared.size) errors.push(`schema: ${table} carry undeclared fields ${[...undeclared].join(', ')}`);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// The report

const FIX_ORDER = [
  'shifted FINTRAC rows repaired',
  'postal codes reformatted',
  'city names recased',
  'city names tidied',
  'phones formatted',
  'company names reordered',
  'company names tidied',
  'address lines split',
  'websites normalised',
  'FINTRAC',
];

function fixRank(what: string): number {
  const index = FIX_ORDER.findIndex((prefix) => what.startsWith(prefix));
  return index < 0 ? FIX_ORDER.length : index;
}

function describe(bundle: SeedBundle, report: SeedReport, errors: string[], schemaChecked: boolean): string[] {
  const lines: string[] = [];
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  const clients = bundle.clients;
  const statuses = new Map<ClientStatus, number>();
  for (const client of clients) statuses.set(clientStatus(client), (statuses.get(clientStatus(client)) ?? 0) + 1);
  const kinds = (kind: string) => count(clients, (c) => c.id.startsWith(`${kind}-`));
  lines.push(`Today is fixed at ${isoDate(TODAY)}; synthetic documents dated ${isoDate(HISTORY_START)} to ${isoDate(TODAY)}.`);
  lines.push('');
  lines.push('Counts');
  lines.push(`  clients     ${clients.length}  (FINTRAC ${kinds('msb')}, public schools ${kinds('pub')}, private schools ${kinds('pri')}; all real, none dropped)`);
  lines.push(
    `              Actif ${statuses.get('active') ?? 0}, Nouveau client ${statuses.get('new') ?? 0}, Prospect ${statuses.get('prospect') ?? 0}, ` +
      `Inactif ${statuses.get('inactive') ?? 0}; accounting not synchronised ${count(clients, (c) => !c.prospect && c.accountingSync.state !== 'synced')}`,
  );
  lines.push(`  contacts    ${bundle.contacts.length}  (synthetic)`);
  lines.push(`  addresses   ${bundle.addresses.length}  (synthetic; ${count(bundle.addresses, (a) => a.principal)} principal)`);
  lines.push(`  notes       ${bundle.notes.length}  (synthetic)`);
  const docs = bundle.documents;
  lines.push(
    `  documents   ${docs.length}  (synthetic: quotes ${count(docs, (d) => d.kind === 'quote')}, jobs ${count(docs, (d) => d.kind === 'job')}, ` +
      `shipments ${count(docs, (d) => d.kind === 'shipment')}, invoices ${count(docs, (d) => d.kind === 'invoice')})`,
  );
  lines.push(`  sales       ${bundle.sales?.length ?? 0}  (clients with invoices, computed at ${NOW.toISOString()})`);
  lines.push(
    `  reference   ${bundle.reference.sectors.length} sectors, ${bundle.reference.reps.length} reps, ${bundle.reference.paymentTerms.length} payment terms, ` +
      `${bundle.reference.taxCodes.length} tax codes, ${bundle.reference.territories.length} territories`,
  );
  lines.push('');
  lines.push('Fixed');
  const fixes = [...report.fixes].sort(([a], [b]) => fixRank(a) - fixRank(b));
  for (const [what, n] of fixes) lines.push(`  ${what}: ${n}`);
  if (report.repairs.length) {
    lines.push('');
    lines.push(`Shifted FINTRAC rows repaired (${report.repairs.length}; check them)`);
    for (const repair of report.repairs) lines.push(`  ${repair}`);
  }
  lines.push('');
  lines.push(`Could not fully clean: ${report.rowsWithIssues} rows kept as cleaned as possible (${report.issueCount} issues), none dropped`);
  for (const [reason, issues] of report.issues) {
    lines.push(`  ${reason} (${issues.length})`);
    for (const issue of issues) lines.push(`    ${issue.ref}${issue.detail ? `: ${issue.detail}` : ''}`);
  }
  lines.push('');
  if (schemaChecked) lines.push(errors.length ? `Checks FAILED (${errors.length})` : 'Checks: schemas/seed.schema.json valid, invariants hold (unique ids, codes and numbers; one default contact, billing responsible and principal address at most; job links resolve)');
  else lines.push(errors.length ? `Checks FAILED (${errors.length})` : 'Checks: invariants hold (schema not checked)');
  for (const error of errors) lines.push(`  ${error}`);
  return lines;
}
