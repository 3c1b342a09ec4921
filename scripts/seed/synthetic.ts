/**
 * Synthetic records of one client (contacts, shipping addresses, notes, documents), on top of the
 * real client. Deterministic: every value comes from the client's seeded random numbers.
 */
import type {Contact, DocumentKind, Language, Note, NoteCategory, ShippingAddress} from '../../src/model/types.js';
import {NOTE_CATEGORIES} from '../../src/model/types.js';
import {type ClientStatus} from '../../src/model/status.js';
import {TODAY, isoInstant, workingDay} from './dates.js';
import {Random} from './random.js';
import {USERS} from './reference.js';
import {type RealClient} from './sources.js';
import {deliveryNote, emailFor, extension, fictitiousPhone, jobDescription, jobTitle, nearbyPostalCode, noteText, personName, shippingCompanyName, shippingStreet} from './vocabulary.js';

/** Documents cover the last six years. */
export const HISTORY_START = TODAY - 6 * 365;

export const round2 = (value: number) => Math.round(value * 100) / 100;
export const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Clamps a day into [min, max] and onto a working day not after max. */
export function businessDay(day: number, min: number, max: number): number {
  let d = workingDay(Math.max(min, Math.min(max, day)));
  while (d > max) d -= 1;
  while (new Date(d * 86_400_000).getUTCDay() % 6 === 0 && d > min) d -= 1;
  return d;
}

export interface ClientPlan {
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

export interface PendingDocument {
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

export const SERIES_WIDTH: Record<PendingDocument['series'], number> = {S: 5, D: 4, BL: 5, F: 5, PF: 4};
export const KIND_ORDER: Record<DocumentKind, number> = {quote: 0, job: 1, shipment: 2, invoice: 3};

export function makeContacts(plan: ClientPlan, nextId: () => string): Contact[] {
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

export function makeAddresses(plan: ClientPlan, contacts: Contact[], nextId: () => string): ShippingAddress[] {
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

export function makeNotes(plan: ClientPlan, nextId: () => string): Note[] {
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
export function makeHistory(plan: ClientPlan, contacts: Contact[], addresses: ShippingAddress[]): PendingDocument[] {
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
