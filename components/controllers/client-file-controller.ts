import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ClientFile, ClientStore} from '../../src/store/client-store.js';

/** Where the file comes from: read before every update of the host. */
export interface ClientFileSource {
  store: ClientStore | undefined;
  clientId: string;
}

/**
 * - `idle`: no client id, or no store yet.
 * - `loading`: waiting for the first answer, or for the store to finish opening: the cache can
 *   answer before the store has loaded the reference data (sectors, representatives) the file
 *   is shown with.
 * - `ready`: `value` holds the file, and the store is open (or failed to open: its problem is
 *   shown with what the cache holds).
 * - `missing`: the store is loaded and has no such client.
 */
export type ClientFileStatus = 'idle' | 'loading' | 'ready' | 'missing';

/**
 * Follows one client's file in the store (record, contacts, addresses, documents, notes,
 * sales) and re-renders the host at each change, made here or in another tab. It re-subscribes
 * when the host's client id or store changes, and unsubscribes while the host is disconnected.
 *
 * ```ts
 * private readonly data = new StoreController(this);
 * private readonly file = new ClientFileController(this, () => ({store: this.data.store, clientId: this.clientId}));
 * ```
 */
export class ClientFileController implements ReactiveController {
  /** The file as last read; `undefined` while loading or when the client does not exist. */
  value: ClientFile | undefined;

  private settled = false;
  private store: ClientStore | undefined;
  private clientId = '';
  private connected = false;
  private stop: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => ClientFileSource,
  ) {
    host.addController(this);
  }

  get status(): ClientFileStatus {
    if (!this.store || !this.clientId) return 'idle';
    if (this.store.status === 'opening') return 'loading';
    if (this.value) return 'ready';
    // A store still loading its data may not have the client yet: that is not "missing".
    return this.settled ? 'missing' : 'loading';
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  /** Runs before every update of the host: picks up a new client id or store. */
  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop?.();
    this.stop = undefined;
  }

  private follow(): void {
    const {store, clientId} = this.source();
    const changed = store !== this.store || clientId !== this.clientId;
    if (!changed && (this.stop || !this.connected)) return;
    this.stop?.();
    this.stop = undefined;
    if (changed) {
      this.store = store;
      this.clientId = clientId;
      this.value = undefined;
      this.settled = false;
    }
    if (!store || !clientId || !this.connected) return;
    let current = true;
    const unsubscribe = store.watchClientFile(clientId, (file) => {
      // An answer for an id or store we have left since is dropped.
      if (!current) return;
      this.value = file;
      this.settled = true;
      this.host.requestUpdate();
    });
    this.stop = () => {
      current = false;
      unsubscribe();
    };
  }
}
