import {AdapterError, type ClientsAdapter} from '../adapters/adapter.js';
import {clientCodeProblem, nextClientCode} from '../model/client-code.js';
import {deleteBlockers, normalizeClientDraft, validateClient, type ClientDraft} from '../model/client-rules.js';
import type {ClientRow} from '../model/client-row.js';
import type {AccountingSync, Client, ClientDocument, ReferenceData} from '../model/types.js';
import {hasErrors, type FieldErrors, type FieldIssue} from '../model/validation.js';
import {imageKindOf} from '../model/image-sniff.js';
import type {Permission} from './client-store.js';
import type {ClientsDb} from './db.js';
import type {StoreOperation} from './operations.js';
import {clientCodes, clientsWithCode, contactsOf, getClient, putRecord, writeScope} from './records.js';

export type SaveResult = {ok: true; clientId: string; client: Client} | {ok: false; errors: FieldErrors};
export type AccountingResult = {ok: true; sync: AccountingSync} | {ok: false; reason: FieldIssue[]};
export type BalanceResult = {ok: true; balance: number; readAt: string} | {ok: false; reason: FieldIssue[]};
export type DeleteResult = {ok: true} | {ok: false; reasons: FieldIssue[]};

/** A logo the store will not keep; `key` is a message key of the catalogues. */
export class LogoError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key === 'validation.logo.size' ? `the logo is larger than ${params.max} MB` : 'the logo is not an image');
    this.name = 'LogoError';
  }
}

/** Largest logo kept, in MB. */
export const LOGO_MAX_MB = 2;

/** What the actions need of the store. */
export interface ActionsHost {
  readonly db: ClientsDb;
  readonly adapter: ClientsAdapter;
  readonly reference: ReferenceData;
  readonly rows: readonly ClientRow[];
  can(permission: Permission): boolean;
  write(ops: StoreOperation[]): Promise<void>;
  whenReady(): Promise<void>;
  whenClientsLoaded(): Promise<void>;
}

const FORBIDDEN: FieldIssue = {key: 'validation.forbidden'};
const NOT_FOUND: FieldIssue = {key: 'validation.notFound'};

function newId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** JSON with sorted keys, empty values left out: two records that say the same give the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && x !== null && x !== '' && x !== false);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** What the accounting system holds of a client (the balance and what it computes excluded). */
function accountingView(client: Client): string {
  const {balance: _b, balanceReadAt: _r, lastPurchaseOn: _l, accountAgeDays: _a, ...accounting} = client.accounting ?? {currency: ''};
  const {code, name, phone, fax, address, language, active, prospect, billToClientId} = client;
  return stableJson({code, name, phone, fax, address, language, active, prospect, billToClientId, accounting});
}

/**
 * A synchronised client whose accounting data changed has changes accounting has not received:
 * its state becomes `pending` (the list's "Non synchronisé" filter shows it) until sent again.
 */
function withAccountingState(before: Client, after: Client): Client {
  if (before.accountingSync?.state !== 'synced' || accountingView(before) === accountingView(after)) return after;
  return {...after, accountingSync: {...before.accountingSync, state: 'pending'}};
}

function reasonsOf(error: unknown): FieldIssue[] {
  if (error instanceof AdapterError) {
    if (error.retryable) return [{key: 'accounting.error.network'}];
    const keys = Object.values(error.fieldErrors);
    if (keys.length) return keys.map((key) => (/^[a-z]+(?:\.[A-Za-z0-9]+)+$/.test(key) ? {key} : {key: 'accounting.error.gateway', params: {message: key}}));
    return [{key: 'accounting.error.gateway', params: {message: error.message}}];
  }
  return [{key: 'accounting.error.network'}];
}

/**
 * The client actions of the editor and of the file's Actions menu: create, edit, change the code,
 * make active or inactive, send to accounting, read the balance, delete, and the logo. Edits go
 * through the store's outbox; the accounting gateway's answers are written to the cache as the
 * backend's.
 */
export class ClientActions {
  private readonly logoUrls = new Map<string, string>();

  constructor(private readonly host: ActionsHost) {}

  async create(draft: ClientDraft, now = new Date()): Promise<SaveResult> {
    // A new client needs only the other clients (code, duplicates, bill-to), not their history.
    await this.host.whenClientsLoaded();
    const normalized = normalizeClientDraft({...draft, id: undefined, code: draft.code?.trim() || undefined});
    const errors = validateClient(normalized, {clients: this.host.rows, hasProductionJob: false});
    if (draft.code?.trim()) Object.assign(errors, await this.codeErrors(normalized.code!, undefined, errors));
    if (hasErrors(errors)) return {ok: false, errors};
    const {id: _id, code: givenCode, ...fields} = normalized;
    const stamp = now.toISOString();
    for (let attempt = 0; ; attempt++) {
      const code = givenCode || nextClientCode(this.host.reference.settings.clientCodePattern, await clientCodes(this.host.db));
      const client: Client = {
        ...fields,
        id: newId(),
        code,
        previousCodes: [],
        firstInvoicedOn: null,
        accountingSync: {state: 'never'},
        createdAt: stamp,
        updatedAt: stamp,
        version: 0,
      };
      try {
        await this.host.write([{type: 'put', table: 'clients', key: client.id, record: client, before: null}]);
        return {ok: true, clientId: client.id, client};
      } catch (error) {
        // Another tab took the same code meanwhile: the unique index refused it.
        if ((error as Error)?.name !== 'ConstraintError' || attempt >= 3) throw error;
        if (givenCode) return {ok: false, errors: {code: {key: 'validation.code.taken', params: {code}}}};
      }
    }
  }

  async update(draft: ClientDraft & {id: string}, now = new Date()): Promise<SaveResult> {
    await this.host.whenReady();
    const before = await getClient(this.host.db, draft.id);
    if (!before) return {ok: false, errors: {form: NOT_FOUND}};
    const hasProductionJob = await this.hasProductionJob(draft.id);
    // The code changes only through changeCode (its own right and history).
    const normalized = normalizeClientDraft({...draft, code: before.code});
    const errors = validateClient(normalized, {clients: this.host.rows, hasProductionJob});
    if (!this.host.can('client.edit-accounting') && changesAccounting(before, normalized)) errors.accounting = FORBIDDEN;
    if (hasErrors(errors)) return {ok: false, errors};
    const client = withAccountingState(before, {
      ...before,
      ...normalized,
      id: before.id,
      code: before.code,
      previousCodes: before.previousCodes,
      createdAt: before.createdAt,
      firstInvoicedOn: before.firstInvoicedOn,
      accountingSync: before.accountingSync,
      // The balance is the accounting system's: the one read last wins over the editor's copy.
      accounting: {...normalized.accounting, balance: before.accounting?.balance, balanceReadAt: before.accounting?.balanceReadAt},
      updatedAt: now.toISOString(),
      version: before.version,
    });
    await this.host.write([{type: 'put', table: 'clients', key: client.id, record: client, before}]);
    if (before.logoId && before.logoId !== client.logoId) await this.host.db.attachments.delete(before.logoId);
    return {ok: true, clientId: client.id, client};
  }

  async changeCode(clientId: string, code: string, now = new Date()): Promise<SaveResult> {
    if (!this.host.can('client.change-code')) return {ok: false, errors: {code: FORBIDDEN}};
    await this.host.whenReady();
    const before = await getClient(this.host.db, clientId);
    if (!before) return {ok: false, errors: {form: NOT_FOUND}};
    const wanted = (code ?? '').trim();
    if (wanted === before.code) return {ok: true, clientId, client: before};
    const errors = await this.codeErrors(wanted, clientId, {});
    if (hasErrors(errors)) return {ok: false, errors};
    const previousCodes = [...(before.previousCodes ?? []).filter((old) => old !== wanted), before.code];
    const client = withAccountingState(before, {...before, code: wanted, previousCodes, updatedAt: now.toISOString()});
    try {
      await this.host.write([{type: 'put', table: 'clients', key: clientId, record: client, before}]);
    } catch (error) {
      if ((error as Error)?.name === 'ConstraintError') return {ok: false, errors: {code: {key: 'validation.code.taken', params: {code: wanted}}}};
      throw error;
    }
    return {ok: true, clientId, client};
  }

  async setActive(clientId: string, active: boolean, now = new Date()): Promise<void> {
    await this.host.whenReady();
    const before = await getClient(this.host.db, clientId);
    if (!before || before.active === active) return;
    const client = withAccountingState(before, {...before, active, updatedAt: now.toISOString()});
    await this.host.write([{type: 'put', table: 'clients', key: clientId, record: client, before}]);
  }

  async sendToAccounting(clientId: string): Promise<AccountingResult> {
    if (!this.host.can('client.sync-accounting')) return {ok: false, reason: [FORBIDDEN]};
    await this.host.whenReady();
    const client = await getClient(this.host.db, clientId);
    if (!client) return {ok: false, reason: [NOT_FOUND]};
    // A prospect is never sent: it may receive quotes without existing in accounting.
    if (client.prospect) return {ok: false, reason: [{key: 'accounting.refused.prospect'}]};
    const gateway = this.host.adapter;
    if (!gateway.sendToAccounting) return {ok: false, reason: [{key: 'accounting.error.unavailable'}]};
    try {
      const sync = await gateway.sendToAccounting(client);
      await this.patch(clientId, (current) => ({...current, accountingSync: sync}));
      return {ok: true, sync};
    } catch (error) {
      const reason = reasonsOf(error);
      // A refusal is the accounting system's answer, shown in the file; a network failure is not.
      if (error instanceof AdapterError && !error.retryable) {
        await this.patch(clientId, (current) => ({
          ...current,
          accountingSync: {...current.accountingSync, state: 'error', error: reason.map(describeIssue).join('\n')},
        }));
      }
      return {ok: false, reason};
    }
  }

  async readBalance(clientId: string): Promise<BalanceResult> {
    await this.host.whenReady();
    const client = await getClient(this.host.db, clientId);
    if (!client) return {ok: false, reason: [NOT_FOUND]};
    const gateway = this.host.adapter;
    if (!gateway.readBalance) return {ok: false, reason: [{key: 'accounting.error.unavailable'}]};
    try {
      const {balance, readAt} = await gateway.readBalance(client);
      await this.patch(clientId, (current) => ({...current, accounting: {...current.accounting, balance, balanceReadAt: readAt}}));
      return {ok: true, balance, readAt};
    } catch (error) {
      return {ok: false, reason: reasonsOf(error)};
    }
  }

  /** Why the client cannot be deleted; empty when nothing refers to it. */
  async deleteBlockers(clientId: string): Promise<FieldIssue[]> {
    await this.host.whenReady();
    const db = this.host.db;
    const [documents, contacts, addresses] = await Promise.all([
      db.documents.where('clientId').equals(clientId).toArray(),
      contactsOf(db, clientId),
      db.addresses.where('clientId').equals(clientId).toArray(),
    ]);
    const [byContact, byAddress] = await Promise.all([
      contacts.length ? db.documents.where('contactId').anyOf(contacts.map((c) => c.id)).toArray() : [],
      addresses.length ? db.documents.where('addressId').anyOf(addresses.map((a) => a.id)).toArray() : [],
    ]);
    const all = new Map<string, ClientDocument>();
    for (const doc of [...documents, ...byContact, ...byAddress]) all.set(doc.id, doc);
    const billedBy = this.host.rows
      .filter((row) => row.billToClientId === clientId && row.id !== clientId)
      .map(({id, code, name}) => ({id, code, name}));
    return deleteBlockers({client: {id: clientId}, documents: [...all.values()], contacts, addresses, billedBy});
  }

  async delete(clientId: string): Promise<DeleteResult> {
    if (!this.host.can('client.delete')) return {ok: false, reasons: [FORBIDDEN]};
    await this.host.whenReady();
    const db = this.host.db;
    const client = await getClient(db, clientId);
    if (!client) return {ok: false, reasons: [NOT_FOUND]};
    const reasons = await this.deleteBlockers(clientId);
    if (reasons.length) return {ok: false, reasons};
    const [contacts, addresses, notes, sales, favourites] = await Promise.all([
      contactsOf(db, clientId),
      db.addresses.where('clientId').equals(clientId).toArray(),
      db.notes.where('clientId').equals(clientId).toArray(),
      db.sales.get(clientId),
      db.favourites.filter((favourite) => favourite.clientId === clientId).toArray(),
    ]);
    const ops: StoreOperation[] = [
      ...contacts.map((record): StoreOperation => ({type: 'delete', table: 'contacts', key: record.id, before: record})),
      ...addresses.map((record): StoreOperation => ({type: 'delete', table: 'addresses', key: record.id, before: record})),
      ...notes.map((record): StoreOperation => ({type: 'delete', table: 'notes', key: record.id, before: record})),
      ...favourites.map((record): StoreOperation => ({type: 'delete', table: 'favourites', key: record.key, before: record})),
      ...(sales ? [{type: 'delete', table: 'sales', key: clientId, before: sales} as StoreOperation] : []),
      {type: 'delete', table: 'clients', key: clientId, before: client},
    ];
    await this.host.write(ops);
    // The bytes of the notes' files and of the logo live only in this cache.
    const blobs = notes.flatMap((note) => note.attachments.map((attachment) => attachment.id));
    if (client.logoId) blobs.push(client.logoId);
    if (blobs.length) await db.attachments.bulkDelete(blobs);
    return {ok: true};
  }

  async hasProductionJob(clientId: string): Promise<boolean> {
    await this.host.whenReady();
    return (await this.host.db.documents.where('[clientId+kind]').equals([clientId, 'job']).count()) > 0;
  }

  /** Keeps a logo image with the client's data; resolves to the attachment id to put in `logoId`. */
  async saveLogo(clientId: string | undefined, file: Blob & {name?: string}): Promise<string> {
    if (!file.type.startsWith('image/')) throw new LogoError('validation.logo.type');
    if (file.size > LOGO_MAX_MB * 1024 * 1024) throw new LogoError('validation.logo.size', {max: LOGO_MAX_MB});
    // The declared type comes from the file name: look at the bytes themselves.
    if (!imageKindOf(new Uint8Array(await file.slice(0, 512).arrayBuffer()))) throw new LogoError('validation.logo.type');
    await this.host.whenReady();
    const id = newId();
    await this.host.db.attachments.put({id, noteId: `logo:${clientId ?? ''}`, blob: file});
    return id;
  }

  /** An object URL of a kept logo (the same one for the same id), or `undefined` when there is none. */
  async logoUrl(attachmentId: string | null | undefined): Promise<string | undefined> {
    if (!attachmentId) return undefined;
    const known = this.logoUrls.get(attachmentId);
    if (known) return known;
    await this.host.whenReady();
    const stored = await this.host.db.attachments.get(attachmentId);
    if (!stored?.blob) return undefined;
    const url = URL.createObjectURL(stored.blob);
    this.logoUrls.set(attachmentId, url);
    return url;
  }

  dispose(): void {
    for (const url of this.logoUrls.values()) URL.revokeObjectURL(url);
    this.logoUrls.clear();
  }

  /** Code format and uniqueness against the database (not only the loaded list). */
  private async codeErrors(code: string, selfId: string | undefined, errors: FieldErrors): Promise<FieldErrors> {
    if (errors.code) return {};
    const sameCode = code ? await clientsWithCode(this.host.db, code) : [];
    const problem = clientCodeProblem(code, sameCode.map(({id, code: c}) => ({id, code: c})), selfId);
    return problem ? {code: problem} : {};
  }

  /** Writes a gateway's answer into the cached client, as the backend's record. */
  private async patch(clientId: string, change: (client: Client) => Client): Promise<void> {
    const db = this.host.db;
    await db.transaction('rw', [...writeScope(db, ['clients']), db.changes], async () => {
      const current = await getClient(db, clientId);
      if (!current) return;
      // A new updatedAt: an older edit still on its way does not overwrite the answer.
      await putRecord(db, 'clients', {...change(current), updatedAt: new Date().toISOString()});
      await db.changes.add({table: 'clients', key: clientId});
    });
  }
}

/** A reason as kept in `accountingSync.error`: its message key, or the gateway's own words. */
function describeIssue(issue: FieldIssue): string {
  return issue.key === 'accounting.error.gateway' ? String(issue.params?.message ?? '') : issue.key;
}

/** True when the draft changes what only users with `client.edit-accounting` may change. */
function changesAccounting(before: Client, draft: ClientDraft): boolean {
  const {balance: _b, balanceReadAt: _r, ...was} = before.accounting ?? {currency: ''};
  const {balance: _b2, balanceReadAt: _r2, ...now} = draft.accounting ?? {currency: ''};
  const defined = (o: object) => JSON.stringify(Object.entries(o).filter(([, v]) => v !== undefined && v !== '').sort());
  return defined(was) !== defined(now) || (before.billToClientId ?? '') !== (draft.billToClientId ?? '');
}
