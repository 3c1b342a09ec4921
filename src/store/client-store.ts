import {liveQuery, type Subscription} from 'dexie';
import type {ClientsAdapter} from '../adapters/adapter.js';
import {toClientRow, type ClientRow} from '../model/client-row.js';
import {prepareClientQueries} from '../model/client-query.js';
import {computeAnnualSales} from '../model/sales.js';
import {EMPTY_REFERENCE, type ReferenceData} from '../model/types.js';
import {ClientsDb, type ChangeEntry, type RecordTable} from './db.js';
import {favouriteKey, type StoreOperation} from './operations.js';
import {acceptInCache, OutboxSender, rollBackInCache, type Rejection} from './outbox-sender.js';
import {readClientFile, type ClientFile} from './client-file.js';
import {pullIfNeeded, type LoadProgress} from './pull.js';
import {ImportFollower, loadRows, type LoadedRows} from './load-rows.js';
import {contactsOf, deleteRecord, getClient, getContact, putRecord, writeScope, type PagesBeingWritten} from './records.js';
import type {ClientDraft} from '../model/client-rules.js';
import type {FieldIssue} from '../model/validation.js';
import {ClientActions, type AccountingResult, type BalanceResult, type DeleteResult, type SaveResult} from './client-actions.js';
import type {AddressLookupProvider} from '../adapters/address-lookup.js';
import type {ContactDraft} from '../model/contact-rules.js';
import type {AddressDraft} from '../model/address-rules.js';
import type {ChildDeleteResult} from './child-record-actions.js';
import {createContactActions, type ContactSaveResult} from './contact-actions.js';
import {createAddressActions, type AddressSaveResult} from './address-actions.js';

export type {ClientFile};
export {LogoError, LOGO_MAX_MB, type AccountingResult, type BalanceResult, type DeleteResult, type SaveResult} from './client-actions.js';
export type {ContactSaveResult, AddressSaveResult, ChildDeleteResult};

/** Rights a host can grant (provider attribute `permissions`). */
export type Permission = 'client.change-code' | 'client.delete' | 'client.edit-accounting' | 'client.sync-accounting';

export type StoreStatus = 'opening' | 'ready' | 'error';

/** A problem the user must be told about, with a message key of the catalogues. */
export interface StoreProblem {
  code: 'open' | 'seed' | 'upgrade';
  reason: string;
}

export interface ClientStoreOptions {
  adapter: ClientsAdapter;
  /** IndexedDB database name; `interop-clients` by default. */
  dbName?: string;
  /** Current user id (favourites, "created by"). */
  user?: string;
  permissions?: Iterable<string>;
}

const DEFAULT_USER = 'anonymous';

/**
 * The module's data, for every element inside a provider. Reads come from the IndexedDB cache
 * and stay live (changes made in another tab included); writes go to the cache and the persistent
 * outbox in one transaction, then to the backend through the adapter.
 *
 * The store object is stable: elements subscribe to it and read the slice they need.
 */
export class ClientStore {
  readonly db: ClientsDb;
  readonly adapter: ClientsAdapter;
  status: StoreStatus = 'opening';
  problem: StoreProblem | null = null;
  /** Every client, in storage order, reduced to what the list needs. */
  rows: readonly ClientRow[] = [];
  reference: ReferenceData = EMPTY_REFERENCE;
  /** Ids of the current user's favourite clients. */
  favourites: ReadonlySet<string> = new Set();
  /** Operations not yet accepted by the backend. */
  pendingCount = 0;
  /** Operations the backend refused or found in conflict, newest last. */
  rejections: readonly Rejection[] = [];
  user = DEFAULT_USER;
  permissions: ReadonlySet<string> = new Set();
  /**
   * While a first import runs (seed bundle, full sync): how many records are in the cache out of
   * how many. The list is usable before it ends; a client's history may still be arriving.
   */
  loadProgress: LoadProgress | null = null;
  /** Increases at each change of any of the above; cheap to compare. */
  revision = 0;

  private readonly listeners = new Set<() => void>();
  private readonly sender: OutboxSender;
  private readonly actions = new ClientActions(this);
  private readonly contactActions = createContactActions(this);
  private readonly addressActions = createAddressActions(this);
  /** The address lookup of the address editors; none unless the host configures one. */
  addressLookup: AddressLookupProvider | undefined = undefined;
  private rowIndex = new Map<string, number>();
  /** Increases at each loadAll: an older one still reading gives up. */
  private loadGeneration = 0;
  private lastSeq = 0;
  private changeFeed: Subscription | undefined;
  private readonly opened: Promise<void>;
  private clientsLoadedNow!: () => void;
  private queriesPrepared: Promise<void> = Promise.resolve();
  private readonly clientsLoaded = new Promise<void>((resolve) => (this.clientsLoadedNow = resolve));
  private disposed = false;

  constructor(options: ClientStoreOptions) {
    this.adapter = options.adapter;
    this.db = new ClientsDb(options.dbName ?? 'interop-clients');
    this.user = options.user || DEFAULT_USER;
    this.permissions = new Set(options.permissions ?? []);
    this.adapter.attachCache?.(this.db);
    this.sender = new OutboxSender(this.db, this.adapter, {
      accepted: (entry, record) => acceptInCache(this.db, entry, record),
      rolledBack: async (entry, rejection) => {
        await rollBackInCache(this.db, entry);
        this.reject(rejection);
      },
      conflicted: (_entry, rejection) => this.reject(rejection),
      pendingChanged: (count) => this.set(() => (this.pendingCount = count)),
    });
    this.db.on('versionchange', () => {
      this.db.close();
      this.fail({code: 'upgrade', reason: 'versionchange'});
      return false;
    });
    this.opened = this.open();
  }

  /** Resolves once the cache is open and loaded (also when opening failed: check `status`). */
  whenReady(): Promise<void> {
    return this.opened;
  }

  /**
   * Resolves once every client is in the list index (`status` no longer `opening`), which can be
   * well before a first import ends: enough to create a client, not to judge what refers to one.
   */
  whenClientsLoaded(): Promise<void> {
    return this.clientsLoaded;
  }

  /**
   * Resolves once the list's search index and sort ranks are prepared for the current rows. The
   * rows show before (a large base's first search and sort would otherwise wait for them);
   * queries meanwhile compute what they miss.
   */
  whenQueriesPrepared(): Promise<void> {
    return this.queriesPrepared;
  }

  /** Calls `listener` after every change of the store's state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  getRow(id: string): ClientRow | undefined {
    const index = this.rowIndex.get(id);
    return index === undefined ? undefined : this.rows[index];
  }

  /** Changes the current user and rights (provider attributes); favourites follow the user. */
  setSession(user: string | null | undefined, permissions: Iterable<string>): void {
    const nextUser = user || DEFAULT_USER;
    const userChanged = nextUser !== this.user;
    this.set(() => {
      this.user = nextUser;
      this.permissions = new Set(permissions);
    });
    if (userChanged && this.status === 'ready') void this.loadFavourites();
  }

  /** Reads one client's file once (editors start from it; `watchClientFile` follows it). */
  readClientFile(clientId: string): Promise<ClientFile | undefined> {
    return readClientFile(this.db, clientId);
  }

  /**
   * Follows one client's file (record, contacts, addresses, documents, notes, sales) as it
   * changes, here or in another tab. `listener` gets `undefined` when the client does not exist.
   */
  watchClientFile(clientId: string, listener: (file: ClientFile | undefined) => void): () => void {
    const subscription = liveQuery(() => readClientFile(this.db, clientId)).subscribe({
      next: listener,
      error: (error: unknown) => console.error('[interop-clients] could not read the client file', error),
    });
    return () => subscription.unsubscribe();
  }

  async toggleFavourite(clientId: string): Promise<void> {
    const key = favouriteKey(this.user, clientId);
    const before = (await this.db.favourites.get(key)) ?? null;
    if (before) await this.write([{type: 'delete', table: 'favourites', key, before}]);
    else {
      const record = {key, userId: this.user, clientId, addedAt: new Date().toISOString()};
      await this.write([{type: 'put', table: 'favourites', key, record, before: null}]);
    }
  }

  /** Recomputes the client's annual sales from its invoices (never done implicitly). */
  async refreshSales(clientId: string, now = new Date()): Promise<void> {
    const client = await getClient(this.db, clientId);
    if (!client) return;
    const invoices = await this.db.documents.where('[clientId+kind]').equals([clientId, 'invoice']).toArray();
    const summary = computeAnnualSales(clientId, invoices, now, client.accounting?.currency || 'CAD');
    const before = (await this.db.sales.get(clientId)) ?? null;
    await this.write([{type: 'put', table: 'sales', key: clientId, record: summary, before}]);
  }

  // --- client actions (editor and Actions menu; see client-actions.ts) ----------------------

  /** Validates, normalises and creates a client with the next code of the numbering pattern. */
  createClient(draft: ClientDraft): Promise<SaveResult> {
    return this.actions.create(draft);
  }

  /** Validates, normalises and saves the edited client (its code changes only through changeClientCode). */
  updateClient(draft: ClientDraft & {id: string}): Promise<SaveResult> {
    return this.actions.update(draft);
  }

  /** Right `client.change-code`; the new code is checked and unique, the old one kept in `previousCodes`. */
  changeClientCode(clientId: string, code: string): Promise<SaveResult> {
    return this.actions.changeCode(clientId, code);
  }

  setClientActive(clientId: string, active: boolean): Promise<void> {
    return this.actions.setActive(clientId, active);
  }

  /** Right `client.sync-accounting`; prospects are never sent; the answer is kept in `accountingSync`. */
  sendToAccounting(clientId: string): Promise<AccountingResult> {
    return this.actions.sendToAccounting(clientId);
  }

  /** "Récupérer solde": asks the accounting system, keeps `accounting.balance` and `balanceReadAt`. */
  readBalance(clientId: string): Promise<BalanceResult> {
    return this.actions.readBalance(clientId);
  }

  /** Why the client cannot be deleted (documents, contacts or addresses used, clients billed to it). */
  deleteBlockers(clientId: string): Promise<FieldIssue[]> {
    return this.actions.deleteBlockers(clientId);
  }

  /** Right `client.delete`; refused with the reasons while anything refers to the client. */
  deleteClient(clientId: string): Promise<DeleteResult> {
    return this.actions.delete(clientId);
  }

  hasProductionJob(clientId: string): Promise<boolean> {
    return this.actions.hasProductionJob(clientId);
  }

  /** Keeps a logo image (refused with a LogoError when not an image or too large); resolves to its id. */
  saveLogo(clientId: string | undefined, file: Blob & {name?: string}): Promise<string> {
    return this.actions.saveLogo(clientId, file);
  }

  /** An object URL of a kept logo, `undefined` when there is none. */
  logoUrl(attachmentId: string | null | undefined): Promise<string | undefined> {
    return this.actions.logoUrl(attachmentId);
  }

  // --- contacts and shipping addresses (see contact-actions.ts, address-actions.ts) ----------

  /**
   * Validates, normalises and saves a contact (created when the draft has no id). "Contact par
   * défaut" and "Facturation - Responsable" move from the client's other contact in the same write.
   */
  saveContact(draft: ContactDraft): Promise<ContactSaveResult> {
    return this.contactActions.save(draft);
  }

  /** Why the contact cannot be deleted (the documents addressed to it). */
  contactDeleteBlockers(contactId: string): Promise<FieldIssue[]> {
    return this.contactActions.deleteBlockers(contactId);
  }

  deleteContact(contactId: string): Promise<ChildDeleteResult> {
    return this.contactActions.delete(contactId);
  }

  /**
   * Validates, normalises and saves a shipping address (created when the draft has no id). The
   * client's first address is principal; "Principale" moves from the other address in the same write.
   */
  saveAddress(draft: AddressDraft): Promise<AddressSaveResult> {
    return this.addressActions.save(draft);
  }

  /** Why the address cannot be deleted (the shipping slips and other documents using it). */
  addressDeleteBlockers(addressId: string): Promise<FieldIssue[]> {
    return this.addressActions.deleteBlockers(addressId);
  }

  deleteAddress(addressId: string): Promise<ChildDeleteResult> {
    return this.addressActions.delete(addressId);
  }

  /** Plugs in (or removes) the address lookup of the address editors (provider `address-lookup-key`). */
  setAddressLookup(provider: AddressLookupProvider | undefined): void {
    if (provider !== this.addressLookup) this.set(() => (this.addressLookup = provider));
  }

  /**
   * Applies operations to the cache and records them in the outbox, in one transaction, then
   * asks the sender to deliver them.
   */
  async write(ops: StoreOperation[]): Promise<void> {
    const tables = writeScope(this.db, ops.map((op) => op.table));
    await this.db.transaction('rw', [...tables, this.db.outbox, this.db.changes], async () => {
      for (const op of ops) {
        if (op.type === 'put') await putRecord(this.db, op.table, op.record);
        else await deleteRecord(this.db, op.table, op.key);
        await this.db.outbox.add({op, createdAt: new Date().toISOString(), attempts: 0, nextAttemptAt: 0, state: 'pending'});
        await this.db.changes.add({table: op.table, key: op.key});
      }
    });
    this.set(() => (this.pendingCount += ops.length));
    void this.sender.flush();
  }

  /**
   * Asks the backend for what changed, sends what waits in the outbox, and reloads the list
   * index (the list's refresh button).
   */
  async refresh(): Promise<void> {
    if (this.status !== 'ready') return this.opened;
    try {
      await pullIfNeeded(this.db, this.adapter);
    } catch (error) {
      this.fail({code: 'seed', reason: describe(error)});
    }
    await this.loadAll();
    void this.sender.flush();
  }

  /** Forgets a rejection once the user has seen it. */
  dismissRejection(rejection: Rejection): void {
    this.set(() => (this.rejections = this.rejections.filter((r) => r !== rejection)));
  }

  /** Closes the database and stops following changes. */
  dispose(): void {
    this.disposed = true;
    this.changeFeed?.unsubscribe();
    this.sender.dispose();
    this.actions.dispose();
    this.listeners.clear();
    this.db.close();
  }

  // --- opening and syncing -----------------------------------------------------------------

  private async open(): Promise<void> {
    try {
      await this.db.open();
    } catch (error) {
      this.fail({code: 'open', reason: describe(error)});
      this.clientsLoadedNow();
      return;
    }
    // The list can show once the clients are in; addresses, notes and documents follow. While an
    // import writes clients and contacts, their rows are built from what it has written so far.
    let essentialsWritten!: () => void;
    const essentials = new Promise<void>((resolve) => (essentialsWritten = resolve));
    let fillingStarted!: () => void;
    const filling = new Promise<void>((resolve) => (fillingStarted = resolve));
    const follower = new ImportFollower();
    const pulled = pullIfNeeded(this.db, this.adapter, {
      essentialsWritten,
      filling: () => {
        follower.begin();
        fillingStarted();
      },
      written: (table, complete) => follower.written(table, complete),
      progress: (progress) => this.set(() => (this.loadProgress = progress)),
    })
      .then(
        () => undefined,
        (error: unknown) => this.fail({code: 'seed', reason: describe(error)}),
      )
      .finally(() => follower.end());
    await Promise.race([pulled, essentials, filling]);
    try {
      await this.loadAll(follower.following ? {pages: follower, logged: Promise.race([essentials, pulled])} : undefined);
      this.followChanges();
      this.set(() => (this.status = 'ready'));
      void this.sender.flush();
    } catch (error) {
      this.fail({code: 'open', reason: describe(error)});
    }
    this.clientsLoadedNow();
    await pulled;
    if (this.loadProgress) this.set(() => (this.loadProgress = null));
  }

  /**
   * Reads every client into the list's rows, in pages and slices (see load-rows.ts: with 100,000
   * clients no task of the page lasts long), then shows them at once. A newer load supersedes a
   * running one; changes logged while it read are applied again on top of what it read. While an
   * import writes (`importing`), the rows follow its pages, and the import's own change-log line
   * (logged once it has written the clients) is not a change to apply again.
   */
  private async loadAll(importing?: {pages: PagesBeingWritten; logged: Promise<void>}): Promise<void> {
    const generation = ++this.loadGeneration;
    const [reference, last] = await Promise.all([this.db.reference.get('reference'), this.db.changes.orderBy('seq').last()]);
    const startSeq = last?.seq ?? 0;
    let lastSeq = startSeq;
    let loaded: LoadedRows;
    let missed: ChangeEntry[] | undefined;
    const current = () => !this.disposed && generation === this.loadGeneration;
    try {
      loaded = await loadRows(this.db, current, importing?.pages);
      if (importing) {
        await importing.logged;
        const since = await this.db.changes.where('seq').above(startSeq).toArray();
        lastSeq = since.reduce((max, change) => Math.max(max, change.seq ?? 0), startSeq);
        missed = since.filter((change) => change.table !== '*');
      }
    } catch (error) {
      if (!current()) return;
      throw error;
    }
    if (!current()) return;
    const missedChanges = missed ? missed.length > 0 : this.lastSeq > startSeq;
    this.lastSeq = Math.max(this.lastSeq, lastSeq);
    await this.loadFavourites(false);
    this.set(() => {
      this.rows = loaded.rows;
      this.rowIndex = loaded.index;
      this.reference = reference?.value ?? EMPTY_REFERENCE;
    });
    this.prepareQueries(loaded.rows);
    if (missedChanges) await this.applyChanges(missed ?? (await this.db.changes.where('seq').above(startSeq).toArray()));
  }

  private async loadFavourites(notify = true): Promise<void> {
    const favourites = await this.db.favourites.where('userId').equals(this.user).toArray();
    const ids = new Set(favourites.map((f) => f.clientId));
    if (notify) this.set(() => (this.favourites = ids));
    else this.favourites = ids;
  }

  /** Follows the change log, so that writes from this tab and from others reach the list. */
  private followChanges(): void {
    this.changeFeed = liveQuery(() => this.db.changes.where('seq').above(this.lastSeq).toArray()).subscribe({
      next: (changes) =>
        void this.applyChanges(changes).catch((error: unknown) => {
          if (!this.disposed) console.error('[interop-clients] a change could not be applied', error);
        }),
      error: (error: unknown) => console.error('[interop-clients] change feed stopped', error),
    });
  }

  private async applyChanges(changes: ChangeEntry[]): Promise<void> {
    if (!changes.length || this.disposed) return;
    this.lastSeq = Math.max(this.lastSeq, ...changes.map((c) => c.seq ?? 0));
    if (changes.some((c) => c.table === '*')) return this.loadAll();
    const clientIds = new Set<string>();
    for (const change of changes) {
      if (change.table === 'clients') clientIds.add(change.key);
      if (change.table === 'contacts') {
        const contact = await getContact(this.db, change.key);
        if (contact) clientIds.add(contact.clientId);
        else return this.loadAll(); // a deleted contact: we no longer know its client
      }
    }
    if (changes.some((c) => c.table === 'favourites')) await this.loadFavourites(false);
    if (changes.some((c) => c.table === 'reference')) {
      this.reference = (await this.db.reference.get('reference'))?.value ?? EMPTY_REFERENCE;
    }
    const updated = await Promise.all(
      [...clientIds].map(async (id) => {
        const client = await getClient(this.db, id);
        return {id, client, contacts: client ? await contactsOf(this.db, id) : []};
      }),
    );
    const replacements = new Map(updated.map(({id, client, contacts}) => [id, client ? toClientRow(client, contacts) : undefined]));
    this.set(() => {
      const rows: ClientRow[] = [];
      for (const row of this.rows) {
        if (!replacements.has(row.id)) rows.push(row);
        else {
          const replacement = replacements.get(row.id);
          if (replacement) rows.push(replacement);
          replacements.delete(row.id);
        }
      }
      for (const added of replacements.values()) if (added) rows.push(added);
      this.rows = rows;
      this.rowIndex = new Map(rows.map((row, i) => [row.id, i]));
    });
    // Sort ranks carry over (only new values are placed); the search index is rebuilt in slices.
    this.prepareQueries(this.rows);
  }

  /** Prepares the search index and sort ranks of `rows` in slices; gives up once they are replaced. */
  private prepareQueries(rows: readonly ClientRow[]): void {
    const controller = new AbortController();
    const watch = setInterval(() => {
      if (this.disposed || rows !== this.rows) controller.abort();
    }, 100);
    this.queriesPrepared = prepareClientQueries(rows, {signal: controller.signal})
      .catch(() => undefined)
      .finally(() => clearInterval(watch));
  }

  // --- outbox outcomes ------------------------------------------------------------------------

  private reject(rejection: Rejection): void {
    this.set(() => (this.rejections = [...this.rejections, rejection]));
  }

  private fail(problem: StoreProblem): void {
    this.set(() => {
      this.problem = problem;
      if (problem.code !== 'seed') this.status = 'error';
    });
  }

  private set(change: () => void): void {
    change();
    this.revision += 1;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        console.error('[interop-clients] a store listener failed', error);
      }
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export type {RecordTable};
