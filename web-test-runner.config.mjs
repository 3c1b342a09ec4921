import {readFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {CHROME_FLAGS, findChrome} from './scripts/find-chrome.mjs';
import {countingReporter} from './scripts/counting-reporter.mjs';

/**
 * dexie's package entry wraps its UMD build, which a plain browser loader cannot import:
 * point the bare specifier at its ES module build.
 */
const dexieEsm = {
  name: 'dexie-esm',
  resolveImport({source}) {
    if (source === 'dexie') return '/node_modules/dexie/dist/dexie.mjs';
    return undefined;
  },
};

/**
 * msw's service worker (tests that mock HTTP with `setupWorker` from 'msw/browser'), served from
 * the installed msw at the root, so that its scope covers the test pages (`/?wtr-session-id=…`).
 * Nothing is generated into the repository; the worker always matches the installed msw.
 */
const mswWorker = {
  name: 'msw-worker',
  serve(context) {
    if (context.path !== '/mockServiceWorker.js') return undefined;
    return {body: readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8'), type: 'js'};
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  plugins: [dexieEsm, mswWorker, esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'})],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome() ?? undefined, headless: true, args: CHROME_FLAGS},
    }),
  ],
  // One page at a time: a background page gets no animation frames, which fixtures and the
  // list's rows wait for.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), countingReporter()],
};
