#!/usr/bin/env node
// `npm run bench [-- --runs 3 --clients 100000]`: the client list at scale, in headless Chromium.
//
// Generates a deterministic seed bundle (bench/generate-clients.mjs), serves it from the bench's
// own Vite server, and for each run, in a fresh browser profile (bench/list-bench.ts does the
// measuring in the page):
//   1. import: a new store on an empty database loads the bundle through the local adapter;
//   2. cold read: the page reloads and a new store opens the filled database;
//   3. a <client-list> on that store (rows in memory): first row painted, DOM nodes, JS heap,
//      search per keystroke (compute, and keystroke → next paint with real key presses), first
//      sort by Entreprise, scroll end to end, last row reachable;
//   4. the same keystrokes with MiniSearch over the same rows, as a reference.
// Prints the median over runs of each figure with its target. A script, not a test: the machine
// is shared, so read the load average printed with the figures.
import {createServer} from 'vite';
import {chromium} from 'playwright-core';
import {existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROME_FLAGS, findChrome, INSTALL_HINT} from '../scripts/find-chrome.mjs';
import {generateSeed} from './generate-clients.mjs';

const args = parseArgs(process.argv.slice(2));
/** The last CPU profile taken (to explain long tasks). */
let lastProfile;
const QUERIES = ['montreal', 'ecole st', '418 77'];
const SCROLL_STEPS = 300;

function parseArgs(argv) {
  const options = {runs: 3, clients: 100_000, out: '.bench/last-run.json', report: '', cpuProfile: [], keep: '', port: 5290, steps: null, explain: false};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (name === '--runs') options.runs = Number(value());
    else if (name === '--clients') options.clients = Number(value());
    else if (name === '--out') options.out = value();
    else if (name === '--port') options.port = Number(value());
    else if (name === '--report') options.report = value();
    // Development aids: CPU profiles of some steps (.bench/<step>.cpuprofile, top functions
    // printed), and a kept browser profile whose filled database later runs reuse (no import).
    else if (name === '--cpu-profile') options.cpuProfile = value().split(',');
    else if (name === '--keep') options.keep = value();
    else if (name === '--steps') options.steps = value().split(',');
    else if (name === '--explain') options.explain = true;
    else if (name === '--help' || name === '-h') {
      console.log('Usage: npm run bench -- [--runs N] [--clients N] [--port 5290] [--out FILE] [--report FILE (print saved results)]');
      console.log('       [--cpu-profile import,read,first,search,typing,sort,scroll,last] [--keep DIR (reuse a filled profile)]');
      console.log('       [--steps import,read,... (only those; a partial report)]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]} (try --help)`);
  }
  return options;
}

if (args.report) {
  const saved = JSON.parse(readFileSync(args.report, 'utf8'));
  args.clients = saved.clients;
  report(saved.results, saved.loadBefore, saved.loadAfter, false);
  process.exit(0);
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const loadBefore = loadavg();
let started = performance.now();
const seed = generateSeed(args.clients);
const seedJson = Buffer.from(JSON.stringify(seed));
console.log(
  `seed: ${seed.clients.length} clients, ${seed.contacts.length} contacts, ${(seedJson.length / 2 ** 20).toFixed(0)} MiB of JSON ` +
    `(generated in ${Math.round(performance.now() - started)} ms)`,
);
const seedPath = `/__bench/seed-${args.clients}.json`;

/** Serves the generated bundle as a static file would be. */
const seedPlugin = {
  name: 'interop-clients:bench-seed',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== seedPath) return next();
      response.writeHead(200, {'content-type': 'application/json', 'content-length': seedJson.length, 'cache-control': 'no-store'});
      response.end(seedJson);
    });
  },
};

// Measure what ships: production builds of the dependencies (Lit without its dev-mode checks).
process.env.NODE_ENV = 'production';
const server = await createServer({
  configFile: 'vite.config.ts',
  server: {port: args.port, strictPort: true, hmr: false},
  optimizeDeps: {entries: ['bench/list-bench.html'], include: ['minisearch']},
  plugins: [seedPlugin],
  logLevel: 'error',
});
await server.listen();
const pageUrl = `http://127.0.0.1:${args.port}/bench/list-bench.html`;

const results = [];
try {
  await warmUp();
  for (let run = 1; run <= args.runs; run++) {
    started = performance.now();
    const result = await oneRun(run);
    results.push(result);
    console.log(`run ${run}/${args.runs} done in ${((performance.now() - started) / 1000).toFixed(0)} s (load ${loadavg()[0].toFixed(2)})`);
  }
} finally {
  await server.close();
}
report(results, loadBefore, loadavg(), true);

/** One page load first, so that Vite's dependency optimisation does not reload a measured page. */
async function warmUp() {
  const browser = await chromium.launch({executablePath, args: CHROME_FLAGS, headless: true});
  try {
    const page = await browser.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.bench?.ready, null, {timeout: 120_000});
    await page.waitForTimeout(1500);
  } finally {
    await browser.close();
  }
}

async function oneRun(run) {
  const reuse = Boolean(args.keep) && existsSync(join(args.keep, 'filled'));
  const profile = args.keep || mkdtempSync(join(tmpdir(), 'list-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROME_FLAGS, '--enable-precise-memory-info'],
    headless: true,
    viewport: {width: 1280, height: 900},
  });
  const result = {run};
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('console', (message) => (message.type() === 'error' || process.env.BENCH_CONSOLE) && console.error('console:', message.text()));
    const cdp = await context.newCDPSession(page);
    const dbName = args.keep ? 'bench-kept' : `bench-${run}`;
    const evaluate = (name, ...params) => page.evaluate(([n, p]) => window.bench[n](...p), [name, params]);
    const call = (name, ...params) => (args.cpuProfile.includes(stepName(name)) ? profiled(cdp, stepName(name), () => evaluate(name, ...params)) : evaluate(name, ...params));

    await page.goto(pageUrl);
    await page.waitForFunction(() => window.bench?.ready);
    if (!reuse) {
      const imported = await traced(cdp, () => call('importSeed', seedPath, dbName));
      result.import = {...imported.value, longestTaskMs: imported.longestTaskMs};
      if (args.keep) writeFileSync(join(args.keep, 'filled'), '');
      await page.reload();
      await page.waitForFunction(() => window.bench?.ready);
    }

    if (args.steps && !args.steps.some((step) => step !== 'import')) return result;
    const read = await traced(cdp, () => call('coldRead', dbName));
    result.read = {...read.value, longestTaskMs: read.longestTaskMs};
    if (args.steps && !args.steps.some((step) => step !== 'import' && step !== 'read')) return result;
    if (args.steps?.length && !args.steps.includes('search')) {
      result.first = args.explain ? (await traced(cdp, () => call('firstRows'))).value : await call('firstRows');
      await page.waitForTimeout(500);
      if (args.steps.includes('scroll')) result.scroll = args.explain ? (await traced(cdp, () => call('scroll', SCROLL_STEPS))).value : await call('scroll', SCROLL_STEPS);
      return result;
    }

    result.first = args.explain ? (await traced(cdp, () => call('firstRows'))).value : await call('firstRows');
    await page.waitForTimeout(500);
    result.dom = await call('domCount');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    result.heapMiB = heap.usedSize / 2 ** 20;

    result.search = await call('searchCompute', QUERIES);

    const input = page.locator('client-list input[type="search"]');
    await input.click();
    await page.waitForTimeout(300);
    await call('startTyping');
    for (const query of QUERIES) {
      await page.keyboard.type(query, {delay: 150});
      await page.waitForTimeout(400);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(400);
    }
    result.typing = await call('stopTyping');
    if (args.cpuProfile.includes('typing')) console.log('(typing is not profiled: use search)');

    result.sort = await call('sortByName');
    result.scroll = args.explain ? (await traced(cdp, () => call('scroll', SCROLL_STEPS))).value : await call('scroll', SCROLL_STEPS);
    result.last = await call('lastRow');
    result.mini = await call('miniSearch', QUERIES);
    if (!args.keep) await call('dispose', dbName);
  } finally {
    await context.close();
    if (!args.keep) rmSync(profile, {recursive: true, force: true});
  }
  return result;
}

/** Self time by function of the profile's samples between two trace timestamps (µs). */
function samplesBetween(profile, from, to) {
  if (!profile) return [];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    if (time < from || time > to) continue;
    const {functionName, url, lineNumber} = byId.get(profile.samples[i]).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop().split('?')[0]}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([key, ms]) => `${key} ${ms.toFixed(0)}`);
}

function stepName(method) {
  return {importSeed: 'import', coldRead: 'read', firstRows: 'first', searchCompute: 'search', sortByName: 'sort', scroll: 'scroll', lastRow: 'last'}[method] ?? method;
}

/** Runs `action` under the CPU profiler; saves the profile and prints the heaviest functions. */
async function profiled(cdp, name, action) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 200});
  await cdp.send('Profiler.start');
  try {
    return await action();
  } finally {
    const {profile} = await cdp.send('Profiler.stop');
    lastProfile = profile;
    writeFileSync(`.bench/${name}.cpuprofile`, JSON.stringify(profile));
    const self = new Map();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;
    for (const id of profile.samples) {
      const {functionName, url, lineNumber} = byId.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + interval);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`cpu profile of ${name} (self time, ms):`);
    for (const [key, ms] of top) console.log(`  ${ms.toFixed(1).padStart(8)}  ${key}`);
    // The longest stretches without idle samples (tasks), and what ran in them.
    const stretches = [];
    let current;
    for (let i = 0; i < profile.samples.length; i++) {
      const {functionName, url, lineNumber} = byId.get(profile.samples[i]).callFrame;
      const delta = (profile.timeDeltas[i] ?? 0) / 1000;
      if (functionName === '(idle)') {
        current = undefined;
        continue;
      }
      if (!current) stretches.push((current = {ms: 0, self: new Map()}));
      current.ms += delta;
      const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      current.self.set(key, (current.self.get(key) ?? 0) + delta);
    }
    for (const stretch of stretches.sort((a, b) => b.ms - a.ms).slice(0, 4)) {
      const what = [...stretch.self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([key, ms]) => `${key} ${ms.toFixed(0)}`);
      console.log(`  busy stretch ${stretch.ms.toFixed(0)} ms: ${what.join(' | ')}`);
    }
  }
}

/** Runs `action` under a Chromium trace and gives the longest task of the page's main thread. */
async function traced(cdp, action) {
  const events = [];
  const collect = (data) => events.push(...data.value);
  cdp.on('Tracing.dataCollected', collect);
  const categories = ['toplevel', '__metadata', ...(args.explain ? ['devtools.timeline', 'v8', 'disabled-by-default-v8.gc'] : [])];
  await cdp.send('Tracing.start', {traceConfig: {includedCategories: categories}, transferMode: 'ReportEvents'});
  let value;
  try {
    value = await action();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  const tasks = [];
  for (const e of events) {
    if (e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') {
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
      if ((e.dur ?? 0) >= 40_000) tasks.push(e);
    }
  }
  if (args.explain) {
    // What the long tasks were made of (development aid: --explain); the whole trace, to open in DevTools.
    mkdirSync('.bench', {recursive: true});
    writeFileSync('.bench/last-trace.json', JSON.stringify({traceEvents: events}));
    for (const task of tasks.sort((a, b) => b.dur - a.dur).slice(0, 5)) {
      const inside = events.filter(
        (e) => e.ph === 'X' && e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && (e.dur ?? 0) >= 5000,
      );
      const describe = (e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName} ${String(e.args.data.url ?? '').split('/').pop()}:${e.args.data.lineNumber})` : ''} ${(e.dur / 1000).toFixed(0)}`;
      console.log(`  long task ${(task.dur / 1000).toFixed(0)} ms: ${inside.slice(0, 12).map(describe).join(' | ')}`);
      const sampled = samplesBetween(lastProfile, task.ts, task.ts + task.dur);
      if (sampled.length) console.log(`    sampled: ${sampled.join(' | ')}`);
    }
  }
  return {value, longestTaskMs: Math.round(longest * 10) / 10};
}

// --- report --------------------------------------------------------------------------------

function percentile(values, p) {
  values = values.filter((value) => typeof value === "number" && !Number.isNaN(value));
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function median(values) {
  return percentile(values, 50);
}

function report(results, loadBefore, loadAfter, save) {
  if (save) {
    mkdirSync('.bench', {recursive: true});
    writeFileSync(args.out, JSON.stringify({when: new Date().toISOString(), loadBefore, loadAfter, clients: args.clients, results}, null, 1));
  }
  /** A figure per run (`undefined` for a step not run). */
  const perRun = (pick) =>
    results.map((result) => {
      try {
        return pick(result);
      } catch {
        return undefined;
      }
    });
  const rows = [];
  /** A figure: per-run values, the median, its target and the verdict. */
  const figure = (label, values, unit, target, pass) => {
    if (values.every((value) => value === undefined)) return;
    const value = median(values);
    rows.push({label, value, unit, values, target, pass: pass === undefined ? undefined : pass(value)});
  };
  const ratio = (ours, theirs) => theirs / Math.max(ours, 0.01);

  figure('import 100k into IndexedDB', perRun((r) => r.import?.importMs), 'ms', '≤ 8000 ms', (v) => v <= 8000);
  figure('  bundle fetched and parsed after', perRun((r) => r.import?.parsedMs), 'ms', '—');
  figure('  records written after', perRun((r) => r.import?.writtenMs), 'ms', '—');
  figure('  list usable during import after', perRun((r) => r.import?.listUsableMs), 'ms', '—');
  figure('  search index and sort ranks ready after', perRun((r) => r.import?.preparedMs), 'ms', '—');
  figure('  longest main-thread task (trace)', perRun((r) => r.import?.longestTaskMs), 'ms', '< 50 ms', (v) => v < 50);
  figure('  long tasks ≥ 50 ms', perRun((r) => r.import?.longTasks.count), '', '0', (v) => v === 0);
  figure('cold read back (new store, rows ready)', perRun((r) => r.read?.readMs), 'ms', '—');
  figure('  search index and sort ranks ready after', perRun((r) => r.read?.preparedMs), 'ms', '—');
  figure('  longest main-thread task (trace)', perRun((r) => r.read?.longestTaskMs), 'ms', '—');
  figure('first rows: first row in the DOM', perRun((r) => r.first.domMs), 'ms', '—');
  figure('first rows: painted', perRun((r) => r.first.paintMs), 'ms', '≤ 50 ms', (v) => v <= 50);
  figure('search compute per keystroke, median', perRun((r) => median(r.search.map((s) => s.ms))), 'ms', '—');
  figure('search compute per keystroke, p95', perRun((r) => percentile(r.search.map((s) => s.ms), 95)), 'ms', '≤ 8 ms', (v) => v <= 8);
  figure('keystroke → next paint, median', perRun((r) => median(r.typing.samples.map((s) => s.ms))), 'ms', '—');
  figure('keystroke → next paint, p95', perRun((r) => percentile(r.typing.samples.map((s) => s.ms), 95)), 'ms', '≤ 50 ms', (v) => v <= 50);
  figure('MiniSearch index build (reference)', perRun((r) => r.mini.buildMs), 'ms', '—');
  figure('MiniSearch per keystroke, median', perRun((r) => median(r.mini.samples.map((s) => s.ms))), 'ms', '—');
  figure('MiniSearch per keystroke, p95', perRun((r) => percentile(r.mini.samples.map((s) => s.ms), 95)), 'ms', '—');
  figure(
    'faster than MiniSearch (median ratio)',
    perRun((r) => ratio(median(r.search.map((s) => s.ms)), median(r.mini.samples.map((s) => s.ms)))),
    '×',
    '≥ 5×',
    (v) => v >= 5,
  );
  figure(
    'faster than MiniSearch (p95 ratio)',
    perRun((r) => ratio(percentile(r.search.map((s) => s.ms), 95), percentile(r.mini.samples.map((s) => s.ms), 95))),
    '×',
    '≥ 5×',
    (v) => v >= 5,
  );
  figure('sort by Entreprise, first time (compute)', perRun((r) => r.sort.computeMs), 'ms', '≤ 45 ms', (v) => v <= 45);
  figure('  reversed (compute)', perRun((r) => r.sort.reverseMs), 'ms', '—');
  figure('  header click → next paint', perRun((r) => r.sort.clickMs), 'ms', '—');
  figure('scroll end to end: frame p95', perRun((r) => percentile(r.scroll.intervals, 95)), 'ms', '≤ 18.4 ms', (v) => v <= 18.4);
  figure('  frame median', perRun((r) => median(r.scroll.intervals)), 'ms', '—');
  figure('  long tasks while scrolling', perRun((r) => r.scroll.longTasks.count), '', '0', (v) => v === 0);
  figure('DOM nodes of the list (shadow trees included)', perRun((r) => r.dom.list), '', '≤ 800', (v) => v <= 800);
  figure('  of which the rows area', perRun((r) => r.dom.rowsArea), '', '—');
  figure('JS heap after GC, list shown', perRun((r) => r.heapMiB), 'MiB', '—');
  const reachable = results.every((r) => r.last) && results.every((r) => r.last.code === r.last.expected && r.last.index === r.last.count - 1 && r.last.inView);
  if (results.some((r) => r.last)) rows.push({label: 'last row reachable', value: results[0]?.last.code ?? '?', unit: '', values: results.map((r) => r.last.code), target: `= ${results[0]?.last.expected}`, pass: reachable});

  const format = (value, unit) => (typeof value === 'number' ? `${Number.isInteger(value) ? value : value.toFixed(value < 10 ? 2 : 1)}${unit && unit !== '×' ? ` ${unit}` : unit}` : String(value));
  console.log('');
  console.log(`client list at scale: ${args.clients} clients, median of ${results.length} run(s), Chromium headless, ${cpus().length} cores`);
  console.log(`load average before: ${loadBefore.map((v) => v.toFixed(2)).join(' ')}, after: ${loadAfter.map((v) => v.toFixed(2)).join(' ')}`);
  console.log('');
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const row of rows) {
    const verdict = row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL';
    const runs = row.values.length > 1 ? `  [${row.values.map((v) => format(v, '')).join(', ')}]` : '';
    console.log(`${row.label.padEnd(width)}  ${format(row.value, row.unit).padStart(11)}  ${String(row.target).padEnd(11)} ${verdict.padEnd(4)}${runs}`);
  }
  const failed = rows.filter((row) => row.pass === false);
  console.log('');
  console.log(failed.length ? `${failed.length} target(s) missed: ${failed.map((r) => r.label.trim()).join('; ')}` : 'every target met');
  const keystrokes = results[0]?.search ?? [];
  if (keystrokes.length)
  console.log(`keystrokes (run 1, ours / MiniSearch ms, rows found): ${keystrokes.map((s, i) => `"${s.text}" ${s.ms}/${results[0].mini.samples[i]?.ms} (${s.found})`).join(', ')}`);
  console.log(`raw results: ${args.out}`);
}
