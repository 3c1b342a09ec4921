// `npm test`: runs every test in headless Chromium and ends with "tests: N passed, N failed".
import {spawn} from 'node:child_process';
import {findChrome, INSTALL_HINT} from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  if (process.env.CHROME_PATH) console.error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.\n`);
  console.error(INSTALL_HINT);
  process.exit(1);
}

const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {...process.env, CHROME_PATH: chrome},
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
