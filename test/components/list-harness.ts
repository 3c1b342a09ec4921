/** Shared by the list's filter and export tests: a list on a fresh store, read as a user reads it. */
import {fixture, html, waitUntil} from '@open-wc/testing';
import {sendMouse, sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {ClientList} from '../../components/client-list/client-list.js';
import type {ClientsProvider} from '../../components/clients-provider/clients-provider.js';
import {ClientStore} from '../../src/store/client-store.js';
import {LocalAdapter} from '../../src/adapters/local-adapter.js';
import type {SeedBundle} from '../../src/model/types.js';
import {makeClient, smallSeed, uniqueDbName} from '../helpers/fixtures.js';

const stores: ClientStore[] = [];
window.addEventListener(
  'error',
  (event) => {
    if (event.message?.includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  {capture: true},
);
afterEach(() => stores.splice(0).forEach((store) => store.dispose()));

/** The small seed, plus an English client with a rep whose accounting sync is pending. */
export function filterSeed(): SeedBundle {
  const seed = smallSeed();
  seed.clients = seed.clients.map((client) => (client.id === 'c2' || client.id === 'c3' ? {...client, repId: 'eg'} : client));
  seed.clients.push(
    makeClient({id: 'c8', code: 'C-0008', name: 'Anglo Print Ltd', language: 'en', repId: 'eg', sectorId: 'manu', accountingSync: {state: 'pending'} as never}),
  );
  seed.reference.reps = [{id: 'eg', name: 'Eric Gilbert'}, {id: 'ml', name: 'Marie Lavoie'}];
  return seed;
}

export class Harness {
  constructor(
    readonly list: ClientList,
    readonly store: ClientStore,
  ) {}
  get root(): ShadowRoot {
    return this.list.shadowRoot!;
  }
  /** Data rows and group headers in the DOM, in display order. */
  rows(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.body [role="row"]')].sort(
      (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
    );
  }
  names(): string[] {
    return this.rows()
      .filter((row) => !row.hasAttribute('aria-expanded'))
      .map((row) => row.querySelectorAll('[role="gridcell"]')[1].textContent!.trim());
  }
  groups(): string[] {
    return this.rows()
      .filter((row) => row.hasAttribute('aria-expanded'))
      .map((row) => `${row.textContent!.replace(/\s+/g, ' ').trim()} ${row.getAttribute('aria-expanded') === 'true' ? '▾' : '▸'}`);
  }
  count(): string {
    return this.root.querySelector('.count')!.textContent!.trim();
  }
  /** A button by accessible name (aria-label, aria-labelledby, or text). */
  button(name: string | RegExp): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].filter((b) => matches(nameOf(b, this.root), name));
    if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
    return found[0];
  }
  checkbox(name: string): HTMLInputElement {
    const found = [...this.root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter(
      (box) => box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim() === name,
    );
    if (found.length !== 1) throw new Error(`${found.length} checkboxes named ${name}`);
    return found[0];
  }
  select(name: string): HTMLSelectElement {
    const found = [...this.root.querySelectorAll<HTMLSelectElement>('select')].filter((s) => nameOf(s, this.root) === name);
    if (found.length !== 1) throw new Error(`${found.length} selects named ${name}`);
    return found[0];
  }
  async choose(selectName: string, optionText: string): Promise<void> {
    const select = this.select(selectName);
    const option = [...select.options].find((o) => o.textContent!.trim() === optionText);
    if (!option) throw new Error(`no option ${optionText} in ${selectName}`);
    select.value = option.value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await this.settle();
  }
  async settle(): Promise<void> {
    await this.list.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await this.list.updateComplete;
  }
  panelOpen(): boolean {
    return this.root.querySelector('[role="dialog"]') !== null;
  }
  async openPanel(): Promise<void> {
    await click(this.button(/^Filtres/));
    await this.settle();
  }
  async search(text: string): Promise<void> {
    const box = this.root.querySelector<HTMLInputElement>('input[type="search"]')!;
    box.focus();
    box.select();
    await sendKeys({type: text});
    await this.settle();
  }
  async apply(): Promise<void> {
    await click(this.button('Appliquer'));
    await this.settle();
  }
}

function nameOf(el: HTMLElement, root: ShadowRoot): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(' ').map((id) => root.getElementById(id)?.getAttribute('aria-label') ?? root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
  return el.textContent!.replace(/\s+/g, ' ').trim();
}

function matches(name: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? name === wanted : wanted.test(name);
}

export async function click(el: Element, modifiers: {shift?: boolean} = {}): Promise<void> {
  el.scrollIntoView({block: 'nearest'});
  const box = el.getBoundingClientRect();
  if (modifiers.shift) await sendKeys({down: 'Shift'});
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
  if (modifiers.shift) await sendKeys({up: 'Shift'});
}

/** A list on a fresh store; pass the same db name and user to "reload". */
export async function openList(seed: SeedBundle = filterSeed(), options: {dbName?: string; user?: string} = {}): Promise<Harness> {
  const store = new ClientStore({adapter: new LocalAdapter({seedData: seed}), dbName: options.dbName ?? uniqueDbName(), user: options.user ?? 'u1'});
  stores.push(store);
  const provider = await fixture<ClientsProvider>(
    html`<clients-provider .store=${store} user=${options.user ?? 'u1'}><client-list style="height: 640px; width: 900px"></client-list></clients-provider>`,
  );
  const list = provider.querySelector('client-list')!;
  await store.whenReady();
  await waitUntil(() => (list as unknown as {data: {store?: ClientStore}}).data.store === store, 'the list uses the store');
  const h = new Harness(list, store);
  await waitUntil(
    () => h.rows().length === h.list.visibleClients.length + h.groups().length,
    `rows rendered (${h.rows().length} in the DOM, ${h.list.visibleClients.length} clients, ${h.groups().length} groups)`,
  );
  await h.settle();
  return h;
}

