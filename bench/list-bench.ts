// The in-page half of `npm run bench` (bench/run.mjs drives it with playwright-core): each step
// is a function on `window.bench` that measures one figure and returns plain JSON.
import MiniSearch from 'minisearch';
import {ClientStore} from '../src/store/client-store.js';
import {LocalAdapter} from '../src/adapters/local-adapter.js';
import {countRecords} from '../src/store/records.js';
import {defaultListQuery, queryClients, sortByColumn, type ListQuery, type QueryContext} from '../src/model/client-query.js';
import {CLIENT_STATUSES} from '../src/model/status.js';
import {ClientsProvider} from '../components/clients-provider/clients-provider.js';
import {ClientEditor} from '../components/client-editor/client-editor.js';
import {ClientList} from '../components/client-list/client-list.js';

ClientsProvider.define();
ClientEditor.define();
ClientList.define();

interface Task {
  start: number;
  duration: number;
}

const longTasks: Task[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push({start: e.startTime, duration: e.duration}))).observe({type: 'longtask', buffered: true});

function tasksSince(start: number) {
  const tasks = longTasks.filter((task) => task.start >= start);
  return {count: tasks.length, maxMs: round(Math.max(0, ...tasks.map((task) => task.duration)))};
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Resolves just after the next frame was produced (rAF, then a task queued from it). */
function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

const frames = (count: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(count);
});

let store: ClientStore | undefined;
let list: ClientList | undefined;

function labelsContext(): QueryContext {
  const reference = store!.reference;
  const statusLabels = {prospect: 'Prospect', new: 'Nouveau client', active: 'Actif', inactive: 'Inactif'};
  return {
    favourites: store!.favourites,
    sectorLabels: new Map(reference.sectors.map((sector) => [sector.id, sector.fr])),
    statusLabels: Object.fromEntries(CLIENT_STATUSES.map((status) => [status, statusLabels[status]])),
    locale: 'fr-CA',
  };
}

/** Every prefix of each query, as typed one key at a time into an empty box. */
function keystrokes(queries: string[]): Array<{query: string; text: string}> {
  return queries.flatMap((query) => [...query].map((_, i) => ({query, text: query.slice(0, i + 1)})));
}

function listBody(): HTMLElement {
  return list!.shadowRoot!.querySelector<HTMLElement>('.body')!;
}

function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count += 1;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return count;
}

const typing: {on: boolean; samples: Array<{key: string; ms: number}>} = {on: false, samples: []};
addEventListener(
  'keydown',
  (event) => {
    if (!typing.on || event.key.length !== 1) return;
    const at = event.timeStamp;
    void afterPaint().then((painted) => typing.samples.push({key: event.key, ms: round(painted - at)}));
  },
  true,
);

const bench = {
  ready: true,

  /** First visit: a new store on an empty database loads the seed bundle into IndexedDB. */
  async importSeed(seedUrl: string, dbName: string) {
    const started = performance.now();
    const created = new ClientStore({adapter: new LocalAdapter({seed: new URL(seedUrl, location.href)}), dbName});
    let listUsableMs = 0;
    let parsedMs = 0;
    let writtenMs = 0;
    created.subscribe(() => {
      const now = round(performance.now() - started, 0);
      if (!listUsableMs && created.status === 'ready') listUsableMs = now;
      const progress = created.loadProgress;
      if (progress && !parsedMs) parsedMs = now;
      if (progress && progress.total && progress.done === progress.total && !writtenMs) writtenMs = now;
    });
    await created.whenReady();
    const importMs = round(performance.now() - started, 0);
    await created.whenQueriesPrepared();
    const preparedMs = round(performance.now() - started, 0);
    const result = {
      importMs,
      preparedMs,
      listUsableMs,
      parsedMs,
      writtenMs,
      rows: created.rows.length,
      clientsInDb: await countRecords(created.db, 'clients'),
      contactsInDb: await countRecords(created.db, 'contacts'),
      status: created.status,
      problem: created.problem,
      longTasks: tasksSince(started),
    };
    created.dispose();
    return result;
  },

  /** A later visit: a new store on the filled database, until its rows are ready. */
  async coldRead(dbName: string) {
    const started = performance.now();
    store = new ClientStore({adapter: new LocalAdapter(), dbName});
    await store.whenReady();
    const readMs = round(performance.now() - started, 0);
    await store.whenQueriesPrepared();
    const preparedMs = round(performance.now() - started, 0);
    return {readMs, preparedMs, rows: store.rows.length, status: store.status, longTasks: tasksSince(started)};
  },

  /** A `<client-list>` on the store whose rows are already in memory, until its first row shows. */
  async firstRows() {
    const provider = document.createElement('clients-provider') as ClientsProvider;
    provider.store = store;
    list = document.createElement('client-list') as ClientList;
    provider.append(list);
    const started = performance.now();
    document.getElementById('stage')!.append(provider);
    const inDom = await new Promise<number>((resolve) => {
      const found = () => list!.shadowRoot?.querySelector('[role="row"][data-index]');
      if (found()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(list!.shadowRoot!, {subtree: true, childList: true});
    });
    const painted = await afterPaint();
    await frames(10);
    return {
      domMs: round(inDom - started),
      paintMs: round(painted - started),
      visible: list.visibleClients.length,
      renderedRows: list.shadowRoot!.querySelectorAll('[role="row"][data-index]').length,
      longTasks: tasksSince(started),
    };
  },

  domCount() {
    const rowsArea = listBody();
    return {list: countNodes(list!), rowsArea: countNodes(rowsArea), document: countNodes(document)};
  },

  jsHeap() {
    const memory = (performance as unknown as {memory?: {usedJSHeapSize: number}}).memory;
    return memory ? round(memory.usedJSHeapSize / 2 ** 20) : null;
  },

  /** queryClients per keystroke, with the list's default filter and sort ("Actif", by code). */
  searchCompute(queries: string[]) {
    const ctx = labelsContext();
    const rows = store!.rows;
    const base = defaultListQuery();
    const samples: Array<{text: string; ms: number; found: number}> = [];
    for (const query of queries) {
      queryClients(rows, {...base, search: ''}, ctx);
      for (const {text} of keystrokes([query])) {
        const started = performance.now();
        const found = queryClients(rows, {...base, search: text}, ctx).length;
        samples.push({text, ms: round(performance.now() - started, 2), found});
      }
    }
    queryClients(rows, {...base, search: ''}, ctx);
    return samples;
  },

  startTyping() {
    typing.samples = [];
    typing.on = true;
  },

  async stopTyping() {
    await frames(3);
    typing.on = false;
    return {samples: typing.samples, shown: list!.visibleClients.length, search: list!.search};
  },

  /** The first sort by Entreprise (the column header's click), computed; then clicked, to the next paint. */
  async sortByName() {
    const ctx = labelsContext();
    const rows = store!.rows;
    const query: ListQuery = {...defaultListQuery(), sort: sortByColumn(defaultListQuery().sort, 'name')};
    let started = performance.now();
    const sorted = queryClients(rows, query, ctx);
    const computeMs = round(performance.now() - started, 2);
    started = performance.now();
    queryClients(rows, {...query, sort: sortByColumn(query.sort, 'name')}, ctx);
    const reverseMs = round(performance.now() - started, 2);
    const button = list!.shadowRoot!.querySelector<HTMLButtonElement>('#sort-name')!;
    started = performance.now();
    button.click();
    await list!.updateComplete;
    const clickMs = round((await afterPaint()) - started);
    await frames(5);
    const firstShown = list!.shadowRoot!.querySelector('[role="row"][data-index="0"] [role="gridcell"]:nth-child(2)')?.textContent?.trim();
    // Back to the default order for the next steps.
    list!.query = defaultListQuery();
    await list!.updateComplete;
    await frames(5);
    return {computeMs, reverseMs, clickMs, first: sorted[0]?.name, firstShown, count: sorted.length};
  },

  /** Scrolls the rows from top to bottom in `steps` frames; frame intervals from rAF. */
  async scroll(steps: number) {
    const body = listBody();
    body.scrollTop = 0;
    await frames(5);
    const total = body.scrollHeight - body.clientHeight;
    const started = performance.now();
    const intervals: number[] = [];
    await new Promise<void>((resolve) => {
      let step = 0;
      let last = 0;
      const frame = (time: number) => {
        if (last) intervals.push(time - last);
        last = time;
        if (step > steps) return resolve();
        body.scrollTop = Math.round((total * step) / steps);
        step += 1;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await frames(5);
    return {intervals: intervals.map((ms) => round(ms, 2)), scrollHeight: body.scrollHeight, longTasks: tasksSince(started)};
  },

  /** Scrolls to the very end and reads the last rendered row. */
  async lastRow() {
    const body = listBody();
    const visible = list!.visibleClients;
    for (let i = 0; i < 5; i++) {
      body.scrollTop = body.scrollHeight;
      await frames(6);
    }
    const rendered = [...list!.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"][data-index]')];
    const last = rendered.sort((a, b) => Number(b.dataset.index) - Number(a.dataset.index))[0];
    const code = last?.querySelector('[role="gridcell"]')?.textContent?.trim();
    const lastBox = last?.getBoundingClientRect();
    const bodyBox = body.getBoundingClientRect();
    return {
      expected: visible[visible.length - 1]?.code,
      code,
      index: Number(last?.dataset.index),
      count: visible.length,
      inView: Boolean(lastBox && lastBox.bottom <= bodyBox.bottom + 1 && lastBox.top >= bodyBox.top - 1),
    };
  },

  /** The same keystrokes searched with MiniSearch (prefix, AND) over the same rows' search text. */
  miniSearch(queries: string[]) {
    const rows = store!.rows;
    let started = performance.now();
    const index = new MiniSearch<{id: number; text: string}>({fields: ['text'], storeFields: []});
    index.addAll(rows.map((row, id) => ({id, text: row.searchText})));
    const buildMs = round(performance.now() - started, 0);
    const samples: Array<{text: string; ms: number; found: number}> = [];
    for (const {text} of keystrokes(queries)) {
      started = performance.now();
      const found = index.search(text, {prefix: true, combineWith: 'AND'}).length;
      samples.push({text, ms: round(performance.now() - started, 2), found});
    }
    return {buildMs, samples};
  },

  async dispose(dbName: string) {
    document.getElementById('stage')!.replaceChildren();
    store?.dispose();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(dbName);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  },
};

(window as unknown as {bench: typeof bench}).bench = bench;
