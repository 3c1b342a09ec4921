import type {StoreOperation} from '../store/operations.js';
import {AdapterError, type ClientsAdapter, type PullBatch, type PushResult} from './adapter.js';
import {parseSeedBundle, seedToBatch} from './seed.js';
import type {SeedBundle} from '../model/types.js';

export interface LocalAdapterOptions {
  /** URL of a seed bundle, loaded only into an empty database. */
  seed?: string | URL;
  /** A seed bundle given in code (tests, hosts that embed their data). */
  seedData?: SeedBundle;
}

/**
 * The embedded backend: the IndexedDB cache is the database itself. It answers the first pull
 * with the seed bundle and accepts operations as a backend would (version incremented).
 */
export class LocalAdapter implements ClientsAdapter {
  readonly kind = 'local';

  constructor(private readonly options: LocalAdapterOptions = {}) {}

  async pull(cursor: string | null, signal?: AbortSignal): Promise<PullBatch> {
    if (cursor !== null) return {cursor, hasMore: false};
    if (this.options.seedData) return seedToBatch(parseSeedBundle(this.options.seedData));
    if (!this.options.seed) return {cursor: 'empty', hasMore: false};
    let response: Response;
    try {
      response = await fetch(this.options.seed, {signal});
    } catch (error) {
      throw new AdapterError('network', `${this.options.seed}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new AdapterError('not-found', `${this.options.seed}: HTTP ${response.status}`);
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      throw new AdapterError('validation', `${this.options.seed}: not valid JSON`);
    }
    try {
      return seedToBatch(parseSeedBundle(data));
    } catch (error) {
      throw new AdapterError('validation', `${this.options.seed}: ${(error as Error).message}`);
    }
  }

  async push(op: StoreOperation): Promise<PushResult> {
    if (op.type === 'delete') return {};
    const record = op.record as {version?: number};
    const before = op.before as {version?: number} | null;
    return {record: {...op.record, version: (before?.version ?? record.version ?? 0) + 1}};
  }
}
