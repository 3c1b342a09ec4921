import type {Client, ClientDocument, Contact, SeedBundle, ShippingAddress} from '../../src/model/types.js';
import {EMPTY_REFERENCE} from '../../src/model/types.js';

let counter = 0;
/** A database name no other test uses. */
export function uniqueDbName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function makeClient(overrides: Partial<Client> & {id: string; code: string; name: string}): Client {
  return {
    address: {civicNumber: '1020', street: 'avenue St-Jean-de-la-Lande', city: 'Saint-Georges', province: 'QC', postalCode: 'G5Z 0M2', country: 'CA'},
    createdAt: '2024-01-16T10:00:00.000Z',
    language: 'fr',
    active: true,
    prospect: false,
    firstInvoicedOn: '2024-02-01',
    shipperIdentification: 'standard',
    accounting: {currency: 'CAD', paymentTerms: 'net30'},
    accountingSync: {state: 'synced'},
    updatedAt: '2024-01-16T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function makeContact(overrides: Partial<Contact> & {id: string; clientId: string}): Contact {
  return {
    email: 'pierre.veilleux@example.ca',
    firstName: 'Pierre',
    lastName: 'Veilleux',
    language: 'fr',
    active: true,
    isDefault: false,
    isBillingResponsible: false,
    billingCc: false,
    crmSync: {state: 'never'},
    updatedAt: '2024-01-16T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function makeAddress(overrides: Partial<ShippingAddress> & {id: string; clientId: string}): ShippingAddress {
  return {
    civicNumber: '1020',
    street: 'avenue St-Jean-de-la-Lande',
    city: 'Saint-Georges',
    province: 'QC',
    postalCode: 'G5Z 0M2',
    country: 'CA',
    principal: false,
    updatedAt: '2024-01-16T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function makeDocument(overrides: Partial<ClientDocument> & {id: string; clientId: string; kind: ClientDocument['kind']}): ClientDocument {
  return {number: overrides.id.toUpperCase(), date: '2025-01-24', jobNumbers: [], updatedAt: '2025-01-24T10:00:00.000Z', version: 1, ...overrides};
}

/** A small seed with the names of the sorting example, accents, inactive and prospect clients. */
export function smallSeed(): SeedBundle {
  const clients = [
    makeClient({id: 'c1', code: 'C-0001', name: 'Zinc Inc.', phone: '418 774-9801', sectorId: 'manu'}),
    makeClient({id: 'c2', code: 'C-0002', name: 'Épicerie Bédard', phone: '450 689-2204', sectorId: 'food',
      address: {civicNumber: '12', street: 'rue Principale', city: 'MONTRÉAL', province: 'QC', postalCode: 'H2X 1Y4', country: 'CA'}}),
    makeClient({id: 'c3', code: 'C-0003', name: 'École St-Jean', phone: '877 627-3633', sectorId: 'edu',
      address: {civicNumber: '5', street: 'rue des Écoles', city: 'MONTREAL', province: 'QC', postalCode: 'H3B 2Y5', country: 'CA'}}),
    makeClient({id: 'c4', code: 'C-0004', name: 'Entrepôt Lévis', phone: '418 387-4888', sectorId: 'manu', firstInvoicedOn: null}),
    makeClient({id: 'c5', code: 'C-0005', name: 'eau Claire', phone: '514 856-6224', sectorId: 'food'}),
    makeClient({id: 'c6', code: 'C-0006', name: 'Ancienne Imprimerie', active: false}),
    makeClient({id: 'c7', code: 'C-0007', name: 'Prospect Québec', prospect: true, address: null, accountingSync: {state: 'never'}}),
  ];
  return {
    clients,
    contacts: [
      makeContact({id: 'k1', clientId: 'c5', firstName: 'Pierre', lastName: 'Veilleux', isDefault: true, crmSync: {state: 'synced'}}),
      makeContact({id: 'k2', clientId: 'c5', firstName: 'Hélène', lastName: 'Côté', isBillingResponsible: true, active: false}),
    ],
    addresses: [makeAddress({id: 'a1', clientId: 'c5', companyName: 'eau Claire', principal: true})],
    notes: [],
    documents: [
      makeDocument({id: 'i1', clientId: 'c5', kind: 'invoice', number: 'PF-0013', date: '2025-04-17', total: 40.62, jobNumbers: ['D-0006']}),
      makeDocument({id: 'i2', clientId: 'c5', kind: 'invoice', number: '00005', date: '2024-01-24', total: 2938, jobNumbers: ['D-0015', 'D-0016']}),
      makeDocument({id: 'q1', clientId: 'c5', kind: 'quote', number: 'S-0001', date: '2024-01-10', total: 3000}),
      makeDocument({id: 'j1', clientId: 'c5', kind: 'job', number: 'D-0006', date: '2024-01-12'}),
    ],
    sales: [],
    reference: {
      ...EMPTY_REFERENCE,
      sectors: [
        {id: 'manu', fr: 'Industrie manufacturière', en: 'Manufacturing'},
        {id: 'food', fr: 'Alimentation et grossiste', en: 'Food and wholesale'},
        {id: 'edu', fr: 'Éducation', en: 'Education'},
      ],
      reps: [{id: 'eg', name: 'Eric Gilbert'}],
    },
  };
}
