import {EMPTY_REFERENCE, type SeedBundle} from '../model/types.js';
import type {PullBatch} from './adapter.js';

const ARRAYS = ['clients', 'contacts', 'addresses', 'notes', 'documents'] as const;

/** Checks the shape of a seed bundle (schemas/seed.schema.json) enough to load it safely. */
export function parseSeedBundle(data: unknown): SeedBundle {
  if (!data || typeof data !== 'object') throw new Error('the seed bundle is not a JSON object');
  const bundle = data as Partial<SeedBundle>;
  for (const key of ARRAYS) {
    const value = bundle[key];
    if (value !== undefined && !Array.isArray(value)) throw new Error(`"${key}" must be an array`);
  }
  for (const client of bundle.clients ?? []) {
    if (!client || typeof client.id !== 'string' || typeof client.code !== 'string' || typeof client.name !== 'string') {
      throw new Error(`a client lacks id, code or name: ${JSON.stringify(client).slice(0, 120)}`);
    }
  }
  return {
    clients: bundle.clients ?? [],
    contacts: bundle.contacts ?? [],
    addresses: bundle.addresses ?? [],
    notes: bundle.notes ?? [],
    documents: bundle.documents ?? [],
    sales: bundle.sales ?? [],
    reference: {...EMPTY_REFERENCE, ...bundle.reference, settings: {...EMPTY_REFERENCE.settings, ...bundle.reference?.settings}},
    attribution: bundle.attribution ?? [],
  };
}

export function seedToBatch(seed: SeedBundle): PullBatch {
  return {
    clients: seed.clients,
    contacts: seed.contacts,
    addresses: seed.addresses,
    notes: seed.notes,
    documents: seed.documents,
    sales: seed.sales,
    reference: seed.reference,
    cursor: 'seed',
    hasMore: false,
  };
}
