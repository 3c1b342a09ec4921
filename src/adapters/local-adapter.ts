import type {StoreOperation} from '../store/operations.js';
import type {ClientsDb} from '../store/db.js';
import {clientsWithCode, getClient} from '../store/records.js';
import {AdapterError, type AccountingBalance, type ClientsAdapter, type PullBatch, type PushResult} from './adapter.js';
import {parseSeedBundle, seedToBatch} from './seed.js';
import {startSeedImport} from './seed-import.js';
import {accountingProblems, validateClient, type ClientValidationContext} from '../model/client-rules.js';
import {validateContact} from '../model/contact-rules.js';
import {validateShippingAddress} from '../model/address-rules.js';
import type {FieldErrors} from '../model/validation.js';
import type {AccountingSync, Client, Contact, SeedBundle, ShippingAddress} from '../model/types.js';

/** The field each refusal of the local accounting gateway is about. */
const REFUSED_FIELDS: Record<string, string> = {
  'accounting.refused.prospect': 'prospect',
  'accounting.refused.name': 'name',
  'accounting.refused.paymentTerms': 'accounting.paymentTerms',
  'accounting.refused.currency': 'accounting.currency',
  'accounting.refused.address': 'address',
};

/** Invoices younger than this are taken as unpaid by the local gateway's balance. */
export const LOCAL_UNPAID_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A stable accounting id for a client (`ACB-` and six digits), as a real system would give. */
function accountingIdOf(client: Client): string {
  let hash = 0;
  for (const char of client.id) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `ACB-${String(hash % 1_000_000).padStart(6, '0')}`;
}

function refusal(keys: string[]): AdapterError {
  const fieldErrors: Record<string, string> = {};
  for (const key of keys) fieldErrors[REFUSED_FIELDS[key] ?? key] = key;
  return new AdapterError('validation', keys.join('\n'), fieldErrors);
}

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

  private db: ClientsDb | undefined;

  constructor(private readonly options: LocalAdapterOptions = {}) {}

  /** The store's cache is this adapter's database (balances are computed from its invoices). */
  attachCache(db: ClientsDb): void {
    this.db = db;
  }

  async pull(cursor: string | null, signal?: AbortSignal): Promise<PullBatch> {
    if (cursor !== null) return {cursor, hasMore: false};
    if (this.options.seedData) return seedToBatch(parseSeedBundle(this.options.seedData));
    if (!this.options.seed) return {cursor: 'empty', hasMore: false};
    // Off the main thread where a worker can run: it parses the bundle and writes the records.
    const imported = await startSeedImport(this.options.seed, signal);
    if (imported) return imported;
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
    if (op.table === 'clients') await this.checkClient(op.record as Client, op.before as Client | null);
    // Contacts and addresses: the model's rules, as a backend would check them. (That at most one
    // record holds a flag is the store's: it moves the flag in the same write.)
    if (op.table === 'contacts') refuseInvalid('contact', validateContact(op.record as Contact), op.record, op.before);
    if (op.table === 'addresses') refuseInvalid('address', validateShippingAddress(op.record as ShippingAddress), op.record, op.before);
    const record = op.record as {version?: number};
    const before = op.before as {version?: number} | null;
    return {record: {...op.record, version: (before?.version ?? record.version ?? 0) + 1}};
  }

  /**
   * Plays the accounting gateway: refuses a client that lacks what accounting needs (a prospect,
   * no payment terms, no currency, an incomplete address), with the reasons as message keys;
   * otherwise gives it an accounting id (kept once given) and the time.
   */
  async sendToAccounting(client: Client): Promise<AccountingSync> {
    const problems = accountingProblems(client);
    if (problems.length) throw refusal(problems.map((problem) => problem.key));
    return {state: 'synced', accountingId: client.accountingSync?.accountingId || accountingIdOf(client), syncedAt: new Date().toISOString()};
  }

  /**
   * Plays the accounting gateway's balance: the total of the client's invoices of the last
   * LOCAL_UNPAID_DAYS days, taken as unpaid. Refused for a client accounting does not know yet.
   */
  async readBalance(client: Client): Promise<AccountingBalance> {
    const sync = client.accountingSync;
    if (!sync || (sync.state !== 'synced' && !sync.accountingId)) throw refusal(['accounting.balance.notSynced']);
    const now = Date.now();
    const since = new Date(now - LOCAL_UNPAID_DAYS * DAY_MS).toISOString().slice(0, 10);
    const invoices = this.db ? await this.db.documents.where('[clientId+kind]').equals([client.id, 'invoice']).toArray() : [];
    const cents = invoices.filter((invoice) => invoice.date >= since).reduce((sum, invoice) => sum + Math.round((invoice.total ?? 0) * 100), 0);
    return {balance: cents / 100, readAt: new Date(now).toISOString()};
  }

  /**
   * Validates a client as a backend would, with the model's rules: what the change touches must be
   * valid (a record that was already imperfect, e.g. an old imported phone, can still be made
   * inactive). Refused with the fields' message keys.
   */
  private async checkClient(client: Client, before: Client | null): Promise<void> {
    const errors = validateClient(client, await this.validationContext(client));
    if (!this.db) for (const [field, issue] of Object.entries(errors)) if (issue.key === 'validation.billTo.unknown') delete errors[field];
    refuseInvalid(`client ${client.code}`, errors, client, before);
  }

  /** The clients of the bill-to chain and those with the same code, and whether it has a job. */
  private async validationContext(client: Client): Promise<ClientValidationContext> {
    const db = this.db;
    if (!db) return {clients: [], hasProductionJob: false};
    const related = new Map<string, Client>();
    for (const other of await clientsWithCode(db, client.code)) related.set(other.id, other);
    for (let id = client.billToClientId; id && id !== client.id && !related.has(id) && related.size < 100; ) {
      const next = await getClient(db, id);
      if (!next) break;
      related.set(id, next);
      id = next.billToClientId;
    }
    const hasProductionJob = client.prospect ? (await db.documents.where('[clientId+kind]').equals([client.id, 'job']).count()) > 0 : false;
    return {clients: [...related.values()], hasProductionJob};
  }
}

/**
 * Refuses a record whose changed fields are invalid, with the fields' message keys (an old
 * imperfect field that the change does not touch is let through).
 */
function refuseInvalid(what: string, errors: FieldErrors, record: object, before: object | null): void {
  const refused: Record<string, string> = {};
  for (const [field, issue] of Object.entries(errors)) {
    if (!before || changed(field, record, before)) refused[field] = issue.key;
  }
  if (Object.keys(refused).length) throw new AdapterError('validation', `${what}: ${Object.values(refused).join(', ')}`, refused);
}

/** True when the value at a field path (`address.postalCode`) differs between two records. */
function changed(field: string, a: object, b: object): boolean {
  const paths = field === 'logoId' ? ['logoId', 'shipperIdentification'] : [field];
  const at = (record: unknown, path: string) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], record);
  return paths.some((path) => JSON.stringify(at(a, path) ?? null) !== JSON.stringify(at(b, path) ?? null));
}
