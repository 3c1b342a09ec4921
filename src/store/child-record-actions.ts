import {withFlagsCleared, type FlagMove} from '../model/child-records.js';
import type {ClientDocument, Versioned} from '../model/types.js';
import {hasErrors, type FieldErrors, type FieldIssue} from '../model/validation.js';
import type {ClientsDb} from './db.js';
import type {StoreOperation} from './operations.js';
import {getClient, readRecord, recordsOfClient} from './records.js';

/** What the contact and address actions need of the store. */
export interface ChildActionsHost {
  readonly db: ClientsDb;
  write(ops: StoreOperation[]): Promise<void>;
  whenReady(): Promise<void>;
}

/** A record of a client: a contact or a shipping address. */
export type ChildRecord = Versioned & {clientId: string};

/** The result of saving a contact or an address. */
export type ChildSaveResult<T> =
  | {ok: true; id: string; record: T; created: boolean; /** Other records of the client that gave up a flag. */ moved: T[]}
  | {ok: false; errors: FieldErrors};

export type ChildDeleteResult = {ok: true} | {ok: false; reasons: FieldIssue[]};

/** How one kind of record is checked and built (contacts, addresses). */
export interface ChildSpec<T extends ChildRecord, D extends {id?: string; clientId: string}> {
  table: 'contacts' | 'addresses';
  /** The document field that names such a record (a document naming it blocks its deletion). */
  usageField: 'contactId' | 'addressId';
  /** Message key of "this record no longer exists". */
  notFoundKey: string;
  normalize(draft: D): D;
  validate(draft: D): FieldErrors;
  /** The record to store, from the normalised draft, the stored one (edit) and the client's others. */
  build(draft: D, context: {id: string; before: T | undefined; siblings: readonly T[]; stamp: string}): T;
  /** The other records that give up a flag the saved one holds. */
  moves(siblings: readonly T[], saved: T): Array<FlagMove<T>>;
  blockers(documents: readonly ClientDocument[], id: string): FieldIssue[];
}

function newId(prefix: string): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` alone for one client's records of a table, in every tab of the page's origin (a Web
 * Lock; a queue in this page without Web Locks): what it reads of the other records is still
 * true when it writes, so two saves at once never leave two records with one flag.
 */
export function exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(name, work) as Promise<T>;
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return run;
}

/**
 * Saving and deleting a client's contacts or addresses: validated with the model's rules (the
 * same the editors and the local adapter use), written through the store's outbox. A flag that
 * only one record of a client holds moves in the same write as the record that takes it.
 */
export class ChildRecordActions<T extends ChildRecord, D extends {id?: string; clientId: string}> {
  constructor(
    private readonly host: ChildActionsHost,
    private readonly spec: ChildSpec<T, D>,
  ) {}

  /** Creates the record (draft without id) or saves the edited one. */
  async save(draft: D, now = new Date()): Promise<ChildSaveResult<T>> {
    await this.host.whenReady();
    const normalized = this.spec.normalize(draft);
    const errors = this.spec.validate(normalized);
    if (hasErrors(errors)) return {ok: false, errors};
    const before = normalized.id ? await readRecord<T>(this.host.db, this.spec.table, normalized.id) : undefined;
    if (normalized.id && !before) return {ok: false, errors: {form: {key: this.spec.notFoundKey}}};
    // A record stays with its client.
    const clientId = before?.clientId ?? normalized.clientId;
    if (!clientId || !(await getClient(this.host.db, clientId))) return {ok: false, errors: {form: {key: 'validation.notFound'}}};
    return exclusive(`interop-clients-${this.spec.table}:${this.host.db.name}:${clientId}`, async () => {
      const siblings = await recordsOfClient<T>(this.host.db, this.spec.table, clientId);
      const stored = before ? siblings.find((record) => record.id === before.id) : undefined;
      if (before && !stored) return {ok: false, errors: {form: {key: this.spec.notFoundKey}}};
      const stamp = now.toISOString();
      const id = stored?.id ?? newId(this.spec.table);
      const record = this.spec.build({...normalized, clientId}, {id, before: stored, siblings, stamp});
      const moves = this.spec.moves(siblings, record);
      const ops: StoreOperation[] = moves.map((move) => ({
        type: 'put',
        table: this.spec.table,
        key: move.record.id,
        record: {...withFlagsCleared(move), updatedAt: stamp},
        before: move.record,
      }));
      ops.push({type: 'put', table: this.spec.table, key: id, record, before: stored ?? null});
      await this.host.write(ops);
      return {ok: true, id, record, created: !stored, moved: moves.map((move) => move.record)};
    });
  }

  /** Why the record cannot be deleted (the documents naming it); empty when it can. */
  async deleteBlockers(id: string): Promise<FieldIssue[]> {
    await this.host.whenReady();
    const documents = await this.host.db.documents.where(this.spec.usageField).equals(id).toArray();
    return this.spec.blockers(documents, id);
  }

  /** Deletes the record unless a document names it. */
  async delete(id: string): Promise<ChildDeleteResult> {
    await this.host.whenReady();
    const before = await readRecord<T>(this.host.db, this.spec.table, id);
    if (!before) return {ok: false, reasons: [{key: this.spec.notFoundKey}]};
    const reasons = await this.deleteBlockers(id);
    if (reasons.length) return {ok: false, reasons};
    await this.host.write([{type: 'delete', table: this.spec.table, key: id, before}]);
    return {ok: true};
  }
}
