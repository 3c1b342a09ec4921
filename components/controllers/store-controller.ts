import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {clientStoreContext} from '../../src/store/context.js';
import type {ClientStore} from '../../src/store/client-store.js';
import {defaultStore} from '../../src/store/default-store.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element the store of the nearest `<clients-provider>`, or the page-wide default store
 * when there is none. A provider that upgrades later still takes over. The host re-renders only
 * when the slice picked by `select` changes.
 */
export class StoreController<Slice = number> implements ReactiveController {
  store: ClientStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private slice: Slice | undefined;
  private fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly consumer: ContextConsumer<typeof clientStoreContext, Host>;

  constructor(
    private readonly host: Host,
    private readonly select: (store: ClientStore) => Slice = (store) => store.revision as Slice,
    private readonly onStoreChange?: (store: ClientStore) => void,
  ) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: clientStoreContext,
      subscribe: true,
      callback: (store) => this.use(store),
    });
  }

  hostConnected(): void {
    // ContextConsumer (added after us) asks for the provider once connected; give it a task.
    clearTimeout(this.fallbackTimer);
    this.fallbackTimer = setTimeout(() => this.fallBack(), 0);
    if (this.store) this.listen(this.store);
  }

  hostDisconnected(): void {
    clearTimeout(this.fallbackTimer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private fallBack(): void {
    if (this.consumer.value || !this.host.isConnected || this.awaitingProvider()) return;
    this.use(defaultStore());
  }

  /** True when an ancestor is a provider whose definition has not loaded yet. */
  private awaitingProvider(): boolean {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element && node.localName === 'clients-provider' && !customElements.get('clients-provider')) return true;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return false;
  }

  private use(store: ClientStore | undefined): void {
    if (!store || store === this.store) return;
    clearTimeout(this.fallbackTimer);
    this.unsubscribe?.();
    this.store = store;
    this.slice = undefined;
    if (this.host.isConnected) this.listen(store);
    this.onStoreChange?.(store);
    this.host.requestUpdate();
  }

  private listen(store: ClientStore): void {
    this.unsubscribe?.();
    this.slice = this.select(store);
    this.unsubscribe = store.subscribe(() => {
      const next = this.select(store);
      if (!sameSlice(next, this.slice)) {
        this.slice = next;
        this.host.requestUpdate();
      }
    });
  }
}

function sameSlice(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
  return false;
}
