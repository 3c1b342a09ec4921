/**
 * Builds the demo's seed bundle (DESIGN.md "Seed bundle") from the real data files in data/:
 * every FINTRAC business and every Québec school becomes a client, cleaned with the product's
 * normalisers; contacts, extra shipping addresses, notes and documents are added on top,
 * synthetic and marked so. Deterministic: seeded random numbers and a fixed "today"
 * (2026-12-01), so every run gives the same bytes.
 *
 * No I/O here: scripts/build-seed.mjs reads the files, calls `buildSeed` and writes the result.
 */
import type {AccountingInfo, AccountingSync, Client, ClientDocument, Contact, Note, SalesSummary, SeedBundle, ShippingAddress} from '../../src/model/types.js';
import {computeAnnualSales} from '../../src/model/sales.js';
import {type ClientStatus} from '../../src/model/status.js';
import {TODAY, NOW, isoDate, isoInstant} from './dates.js';
import {type JsonSchema} from './json-schema-lite.js';
import {Random, hashString} from './random.js';
import {currencyOf, referenceData, territoryOf, taxCodeOf} from './reference.js';
import {SeedReport} from './report.js';
import {readSources, type RealClient, type SourceTexts} from './sources.js';
import {HISTORY_START, businessDay, makeAddresses, makeContacts, makeHistory, makeNotes, pad, round2, KIND_ORDER, SERIES_WIDTH, type ClientPlan, type PendingDocument} from './synthetic.js';
import {checkInvariants, checkSchema, describe} from './checks.js';
import {areaCodeFor, companyDomain} from './vocabulary.js';

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
