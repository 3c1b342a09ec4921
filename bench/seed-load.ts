// Measures a first visit: a new ClientStore on an empty database loads the seed bundle given in
// the query string (?seed=/seed/demo-seed.json). The result is put on window.benchResult.
import {ClientStore} from '../src/store/client-store.js';
import {LocalAdapter} from '../src/adapters/local-adapter.js';

const params = new URLSearchParams(location.search);
const seed = params.get('seed') ?? '/seed/demo-seed.json';
const dbName = `bench-${Date.now()}`;
const longTasks: number[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({type: 'longtask', buffered: true});

const started = performance.now();
const store = new ClientStore({adapter: new LocalAdapter({seed: new URL(seed, location.href)}), dbName});
const progress: Array<[number, number, number]> = [];
let listReadyMs = 0;
store.subscribe(() => {
  if (!listReadyMs && store.status === 'ready') listReadyMs = Math.round(performance.now() - started);
  const p = (store as unknown as {loadProgress?: {done: number; total: number} | null}).loadProgress;
  if (p) progress.push([Math.round(performance.now() - started), p.done, p.total]);
});
await store.whenReady();
const readyMs = performance.now() - started;
const result = {
  listReadyMs,
  readyMs: Math.round(readyMs),
  rows: store.rows.length,
  status: store.status,
  problem: store.problem,
  longTasks: {count: longTasks.length, maxMs: Math.round(Math.max(0, ...longTasks)), totalMs: Math.round(longTasks.reduce((a, b) => a + b, 0))},
  firstProgressMs: progress[0]?.[0] ?? null,
};
store.dispose();
indexedDB.deleteDatabase(dbName);
(window as unknown as {benchResult: unknown}).benchResult = result;
document.body.textContent = JSON.stringify(result);
