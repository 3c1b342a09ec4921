// Walks the demo like a new user, in headless Chromium, and saves screenshots.
//
//   node scripts/screenshot.mjs [--serve] [--url http://127.0.0.1:5173] [--out test-results/screenshots]
//                               [--public-dir DIR]
//
// --serve starts the Vite dev server in this process (and stops it at the end); otherwise the
// demo must already run at --url (`npm start`). The standalone bundle must be built for the
// legacy page (`npm run build:standalone`). --public-dir serves another folder at / (e.g. a
// small seed while the real one is being built). Exits non-zero when a page reported an error.
import {mkdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findChrome, INSTALL_HINT} from './find-chrome.mjs';

const {values: options} = parseArgs({
  options: {
    serve: {type: 'boolean', default: false},
    url: {type: 'string', default: 'http://127.0.0.1:5173'},
    out: {type: 'string', default: 'test-results/screenshots'},
    'public-dir': {type: 'string'},
  },
});

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const outDir = resolve(options.out);
mkdirSync(outDir, {recursive: true});
let base = options.url.replace(/\/$/, '');

let server;
if (options.serve) {
  const {createServer} = await import('vite');
  const port = Number(new URL(base).port || 5173);
  server = await createServer({
    configFile: resolve('vite.config.ts'),
    // A stable snapshot: no reload when files change during the walk.
    server: {host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null},
    ...(options['public-dir'] ? {publicDir: resolve(options['public-dir'])} : {}),
    logLevel: 'warn',
  });
  await server.listen();
  base = `http://127.0.0.1:${port}`;
}

const problems = [];
const shots = [];

function watch(page, label) {
  page.on('pageerror', (error) => problems.push(`[${label}] page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`[${label}] console error: ${message.text()}`);
    else if (message.type() === 'warning') console.log(`  [${label}] warning: ${message.text().split('\n')[0]}`);
  });
  page.on('requestfailed', (request) => problems.push(`[${label}] request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`[${label}] HTTP ${response.status()}: ${response.url()}`);
  });
}

async function shot(page, name) {
  const path = join(outDir, `${name}.png`);
  await page.screenshot({path});
  shots.push(path);
  console.log(`  saved ${path}`);
}

/** The seed's first clients, to open one without knowing the list's internals. */
async function seedClientIds(page) {
  return page.evaluate(async () => {
    const response = await fetch('/seed/demo-seed.json');
    if (!response.ok) return [];
    const seed = await response.json();
    return (seed.clients ?? []).filter((client) => client.active !== false).slice(0, 3).map((client) => client.id);
  });
}

/** Settles after the seed load and the first renders. */
async function settle(page, ms = 1500) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(ms);
}

/** Waits (up to a minute: a first visit loads the whole seed into IndexedDB) for the list's rows. */
async function waitForRows(page) {
  await page.locator('client-list').getByRole('row').nth(1).waitFor({timeout: 60000}).catch(() => {
    problems.push(`[${new URL(page.url()).pathname}] the list showed no row within a minute`);
  });
  await page.waitForTimeout(300);
}

const browser = await chromium.launch({executablePath, args: CHROME_FLAGS});
try {
  const context = await browser.newContext({viewport: {width: 1440, height: 900}, locale: 'fr-CA'});
  const page = await context.newPage();
  watch(page, 'demo');

  console.log(`Demo: ${base}/`);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => customElements.get('demo-shell') && customElements.get('client-list'));
  await waitForRows(page);
  await shot(page, '01-list-fr');

  // Open a client: a click on the first row when the list renders rows, else the list's event.
  const [firstId] = await seedClientIds(page);
  const row = page.locator('client-list').getByRole('row').nth(1);
  if (await row.count()) {
    await row.click();
  } else if (firstId) {
    await page.evaluate((clientId) => {
      const list = document.querySelector('demo-shell')?.shadowRoot?.querySelector('client-list');
      list?.dispatchEvent(new CustomEvent('client-open', {detail: {clientId}, bubbles: true, composed: true}));
    }, firstId);
  }
  await settle(page);
  const clientPath = new URL(page.url()).pathname;
  console.log(`  after opening a client: ${clientPath}`);
  if (!clientPath.startsWith('/clients/')) problems.push(`[demo] opening a client did not route to /clients/<id> (at ${clientPath})`);
  await shot(page, '02-client');

  await page.goBack();
  await settle(page, 500);
  const backPath = new URL(page.url()).pathname;
  console.log(`  after Back: ${backPath}`);
  if (backPath !== '/') problems.push(`[demo] browser Back did not return to / (at ${backPath})`);

  // A deep link, loaded fresh (SPA fallback).
  if (firstId || clientPath.startsWith('/clients/')) {
    const deep = clientPath.startsWith('/clients/') ? clientPath : `/clients/${encodeURIComponent(firstId)}`;
    await page.goto(`${base}${deep}`);
    await settle(page);
    await shot(page, '03-client-deep-link');
    const hasDetail = await page.evaluate(() => Boolean(document.querySelector('demo-shell')?.shadowRoot?.querySelector('client-detail')));
    if (!hasDetail) problems.push(`[demo] the deep link ${deep} did not render <client-detail>`);
  }

  // English, live.
  await page.getByRole('button', {name: 'English'}).click();
  await settle(page, 500);
  await shot(page, '04-client-en');
  await page.getByRole('button', {name: 'Back to the client list'}).click();
  await waitForRows(page);
  await shot(page, '05-list-en');
  await page.getByRole('button', {name: 'Français'}).click();

  // Host actions are toasts.
  await page.evaluate(() => {
    const list = document.querySelector('demo-shell')?.shadowRoot?.querySelector('client-list');
    list?.dispatchEvent(new CustomEvent('client-create-request', {detail: {}, bubbles: true, composed: true}));
  });
  await page.waitForTimeout(300);
  await shot(page, '06-toast');

  // Menu, then About.
  await page.getByRole('button', {name: 'Menu'}).click();
  await page.waitForTimeout(200);
  await shot(page, '07-menu');
  await page.getByRole('menuitem', {name: 'À propos'}).click();
  await settle(page, 500);
  await shot(page, '08-about');
  await page.keyboard.press('Escape');

  // Help.
  await page.getByRole('button', {name: 'Aide'}).click();
  await page.waitForTimeout(200);
  await shot(page, '09-help');
  await page.keyboard.press('Escape');

  // Reset the demo: the database is deleted and the page reloads with the seed.
  await page.getByRole('button', {name: 'Menu'}).click();
  await page.getByRole('menuitem', {name: 'Réinitialiser la démo'}).click();
  await page.waitForTimeout(200);
  await shot(page, '10-reset-confirm');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', {name: 'Réinitialiser', exact: true}).click()]);
  await waitForRows(page);
  await shot(page, '11-after-reset');

  // The legacy page: the standalone bundle only, under old global styles.
  const legacy = await context.newPage();
  watch(legacy, 'legacy');
  console.log(`Legacy page: ${base}/demo/legacy.html`);
  await legacy.goto(`${base}/demo/legacy.html`);
  await legacy.waitForFunction(() => customElements.get('client-list'));
  await waitForRows(legacy);
  await shot(legacy, '12-legacy');
  const scripts = await legacy.evaluate(() => [...document.scripts].map((script) => script.src).filter(Boolean));
  console.log(`  module scripts: ${scripts.join(', ')}`);
  const legacyRow = legacy.locator('client-list').getByRole('row').nth(1);
  if (await legacyRow.count()) {
    await legacyRow.click();
  } else {
    const [id] = await seedClientIds(legacy);
    await legacy.evaluate((clientId) => {
      document.querySelector('client-list')?.dispatchEvent(new CustomEvent('client-open', {detail: {clientId}, bubbles: true, composed: true}));
    }, id ?? 'unknown');
  }
  await legacy.waitForTimeout(300);
  console.log(`  legacy handler says: ${await legacy.locator('#legacy-status').innerText()}`);
  await shot(legacy, '13-legacy-after-open');
} finally {
  await browser.close();
  await server?.close();
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`\nNo page error. ${shots.length} screenshots in ${outDir}`);
}
