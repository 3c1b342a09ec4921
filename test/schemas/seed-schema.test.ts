import {expect} from '@open-wc/testing';
import {EMPTY_REFERENCE, type SeedBundle} from '../../src/model/types.js';
import {validateJsonSchema, type JsonSchema} from '../../scripts/seed/json-schema-lite.js';

/** The keys of T that are not optional. */
type RequiredKeys<T> = {[K in keyof T]-?: object extends Pick<T, K> ? never : K}[keyof T];

/**
 * The required and the optional keys of SeedBundle. These records are checked by the compiler
 * against the type (a missing or extra key does not compile); the tests check them against the
 * schema, so that the schema and the type cannot drift apart unnoticed.
 */
const REQUIRED: Record<RequiredKeys<SeedBundle>, true> = {
  clients: true,
  contacts: true,
  addresses: true,
  notes: true,
  documents: true,
  reference: true,
};
const OPTIONAL: Record<Exclude<keyof SeedBundle, RequiredKeys<SeedBundle>>, true> = {sales: true, attribution: true};

/** A tiny seed with one record of each kind, as the seed script writes them. */
function tinySeed(): SeedBundle {
  const updatedAt = '2026-12-01T13:00:00.000Z';
  return {
    clients: [
      {
        id: 'pub-712074',
        code: 'C-0001',
        name: 'La Rose-des-Vents',
        address: {civicNumber: '355', street: 'avenue de la Jeunesse', city: 'Rimouski', province: 'QC', postalCode: 'G5M 1J2', country: 'CA'},
        createdAt: '2008-03-03T14:48:00.000Z',
        accountOpenedOn: '2008-03-03',
        language: 'fr',
        sectorId: 'education',
        repId: 'jtremblay',
        active: true,
        prospect: false,
        firstInvoicedOn: '2008-04-28',
        shipperIdentification: 'standard',
        accounting: {currency: 'CAD', paymentTerms: 'net30'},
        accountingSync: {state: 'synced', accountingId: 'C0001', syncedAt: updatedAt},
        source: 'data/quebec-schools/PPS_Public_Immeuble.csv:2',
        updatedAt,
        version: 1,
        synthetic: false,
      },
      {
        id: 'msb-0010',
        code: 'C-0002',
        name: "LEE'S COINS & STAMPS LTD.",
        phone: '604 683-4241',
        address: null,
        createdAt: updatedAt,
        language: 'en',
        active: true,
        prospect: true,
        firstInvoicedOn: null,
        shipperIdentification: 'standard',
        accounting: {currency: 'CAD'},
        accountingSync: {state: 'never'},
        updatedAt,
        version: 1,
      },
    ],
    contacts: [
      {
        id: 'ct-000001',
        clientId: 'pub-712074',
        email: 'marie-eve.cote+factures@rosedesvents.qc.ca',
        gender: 'female',
        firstName: 'Marie-Ève',
        lastName: 'Côté',
        jobTitle: 'Secrétaire d’école',
        language: 'fr',
        phone1: '418 555-0123',
        phone1Ext: '23',
        active: true,
        isDefault: true,
        isBillingResponsible: true,
        billingCc: false,
        crmSync: {state: 'synced', syncedAt: updatedAt},
        updatedAt,
        version: 1,
        synthetic: true,
      },
    ],
    addresses: [
      {
        id: 'ad-000001',
        clientId: 'pub-712074',
        principal: true,
        civicNumber: '355',
        street: 'avenue de la Jeunesse',
        city: 'Rimouski',
        province: 'QC',
        postalCode: 'G5M 1J2',
        country: 'CA',
        deliveryNotes: 'Livrer à la réception, entrée principale.',
        updatedAt,
        version: 1,
        synthetic: true,
      },
    ],
    notes: [
      {
        id: 'nt-000001',
        clientId: 'pub-712074',
        category: 'invoicing',
        text: 'Inscrire le numéro de bon de commande sur chaque facture.',
        createdBy: 'mgagnon',
        createdAt: updatedAt,
        attachments: [],
        updatedAt,
        version: 1,
        synthetic: true,
      },
    ],
    documents: [
      {
        id: 'doc-f-00005',
        clientId: 'pub-712074',
        kind: 'invoice',
        number: 'F-00005',
        date: '2026-11-30',
        jobNumbers: ['D-0006'],
        total: 1234.5,
        currency: 'CAD',
        contactId: 'ct-000001',
        updatedAt,
        version: 1,
        synthetic: true,
      },
    ],
    sales: [{clientId: 'pub-712074', currency: 'CAD', computedAt: '2026-12-01T12:00:00.000Z', years: [{year: 2026, total: 1234.5}]}],
    reference: EMPTY_REFERENCE,
    attribution: ['Gouvernement du Québec, ministère de l’Éducation.'],
  };
}

type Schema = {required: string[]; properties: Record<string, unknown>; $defs: Record<string, {required?: string[]; properties?: Record<string, unknown>}>};

describe('seed bundle schema (schemas/seed.schema.json)', () => {
  let schema: Schema;

  before(async () => {
    const response = await fetch(new URL('../../schemas/seed.schema.json', import.meta.url));
    schema = (await response.json()) as Schema;
  });

  it('is a draft 2020-12 schema', () => {
    expect((schema as unknown as {$schema: string}).$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  it('requires exactly the required keys of SeedBundle', () => {
    expect([...schema.required].sort()).to.deep.equal(Object.keys(REQUIRED).sort());
  });

  it('declares every key of SeedBundle, and no other', () => {
    expect(Object.keys(schema.properties).sort()).to.deep.equal([...Object.keys(REQUIRED), ...Object.keys(OPTIONAL)].sort());
  });

  it('finds every required top-level key in a seed the script would write', () => {
    const seed = tinySeed();
    for (const key of schema.required) expect(seed, key).to.have.property(key);
  });

  it('accepts that seed, and declares every field its records carry', () => {
    const seed = tinySeed();
    expect(validateJsonSchema(schema as unknown as JsonSchema, seed)).to.deep.equal([]);
    const tables: Array<[keyof SeedBundle, string]> = [
      ['clients', 'Client'],
      ['contacts', 'Contact'],
      ['addresses', 'ShippingAddress'],
      ['notes', 'Note'],
      ['documents', 'ClientDocument'],
      ['sales', 'SalesSummary'],
    ];
    for (const [table, def] of tables) {
      const declared = Object.keys(schema.$defs[def].properties ?? {});
      for (const record of seed[table] as unknown as object[]) expect(declared, `${def} fields`).to.include.members(Object.keys(record));
    }
    expect(Object.keys(schema.$defs.ReferenceData.properties ?? {}).sort()).to.deep.equal(Object.keys(seed.reference).sort());
  });

  it('rejects a bundle that breaks it', () => {
    const seed = tinySeed() as unknown as {clients: Array<Record<string, unknown>>; documents: Array<Record<string, unknown>>};
    delete seed.clients[0].name;
    seed.documents[0].kind = 'estimate';
    (seed.clients[0].address as Record<string, unknown>).country = 'Canada';
    const errors = validateJsonSchema(schema as unknown as JsonSchema, seed).map((error) => `${error.path} ${error.message}`);
    expect(errors).to.have.length(3);
    expect(errors[0]).to.equal('/clients/0 missing required property "name"');
    expect(errors.some((error) => error.startsWith('/clients/0/address'))).to.be.true;
    expect(errors.some((error) => error.startsWith('/documents/0/kind'))).to.be.true;
    const withoutClients = tinySeed() as Partial<SeedBundle>;
    delete withoutClients.clients;
    expect(validateJsonSchema(schema as unknown as JsonSchema, withoutClients)[0].message).to.equal('missing required property "clients"');
  });
});
