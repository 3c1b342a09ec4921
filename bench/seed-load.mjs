// `node bench/seed-load.mjs [runs]`: median time of a first visit (seed bundle → IndexedDB → list
// index) in headless Chromium, each run in a fresh browser profile.
import {createServer} from 'vite';
import {chromium} from 'playwright-core';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROME_FLAGS, findChrome, INSTALL_HINT} from '../scripts/find-chrome.mjs';

const runs = Number(process.argv[2] ?? 3);
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const server = await createServer({configFile: 'vite.config.ts', server: {port: 5199, strictPort: true, hmr: false}, logLevel: 'error'});
await server.listen();
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'seed-bench-'));
    const browser = await chromium.launchPersistentContext(profile, {executablePath, args: CHROME_FLAGS, headless: true});
    try {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto('http://127.0.0.1:5199/bench/seed-load.html');
      const result = await page.waitForFunction(() => window.benchResult, null, {timeout: 120000, polling: 200}).then((h) => h.jsonValue());
      console.log(`run ${i + 1}:`, JSON.stringify(result));
      results.push(result);
    } finally {
      await browser.close();
      rmSync(profile, {recursive: true, force: true});
    }
  }
} finally {
  await server.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`first visit, median of ${runs} (${results[0]?.rows} clients): list usable after ${median(results.map((r) => r.listReadyMs))} ms, whole seed imported after ${median(results.map((r) => r.readyMs))} ms`);
