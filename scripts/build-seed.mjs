#!/usr/bin/env node
/**
 * `npm run seed`: builds the demo's seed bundle from the real data in data/ (see data/README.md).
 *
 *   node scripts/build-seed.mjs                 writes public/seed/demo-seed.json (+ .report.txt)
 *   node scripts/build-seed.mjs --if-missing    does nothing when that file is newer than its inputs
 *   node scripts/build-seed.mjs --out PATH      writes elsewhere
 *
 * The builder is TypeScript (scripts/seed/build-seed.ts, using the product's own normalisers in
 * src/model/): it is bundled with esbuild into a temporary module, imported and run here. The
 * output is deterministic: the same inputs give the same bytes.
 */
import {randomBytes} from 'node:crypto';
import {mkdir, readFile, readdir, rename, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const started = performance.now();
const root = fileURLToPath(new URL('..', import.meta.url));
const rel = (file) => path.relative(process.cwd(), file) || file;

function parseArgs(argv) {
  const options = {ifMissing: false, out: path.join(root, 'public/seed/demo-seed.json')};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--if-missing') options.ifMissing = true;
    else if (arg === '--out') {
      if (!argv[i + 1]) throw new Error('--out needs a path');
      options.out = path.resolve(argv[++i]);
    } else if (arg.startsWith('--out=')) options.out = path.resolve(arg.slice('--out='.length));
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: node scripts/build-seed.mjs [--if-missing] [--out PATH]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  return options;
}

/** Every file the seed depends on. */
async function inputFiles() {
  const files = [fileURLToPath(import.meta.url), path.join(root, 'schemas/seed.schema.json')];
  for (const dir of ['scripts/seed', 'src/model', 'data']) {
    for (const entry of await readdir(path.join(root, dir), {recursive: true, withFileTypes: true})) {
      if (entry.isFile()) files.push(path.join(entry.parentPath ?? entry.path, entry.name));
    }
  }
  return files;
}

async function isUpToDate(out) {
  let outTime;
  try {
    outTime = (await stat(out)).mtimeMs;
  } catch {
    return false;
  }
  for (const file of await inputFiles()) {
    if ((await stat(file)).mtimeMs > outTime) return false;
  }
  return true;
}

async function loadBuilder() {
  const outfile = path.join(os.tmpdir(), `interop-build-seed-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
  await build({
    entryPoints: [path.join(root, 'scripts/seed/build-seed.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, {force: true});
  }
}

const bytes = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(0)} kB`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.ifMissing && (await isUpToDate(options.out))) {
    console.log(`Seed bundle up to date: ${rel(options.out)}`);
    return;
  }
  const {buildSeed} = await loadBuilder();
  const read = (file) => readFile(path.join(root, file), 'utf8');
  const result = buildSeed({
    fintrac: await read('data/fintrac-msb/MsbRegistryPublicDataFile.csv'),
    publicSchools: await read('data/quebec-schools/PPS_Public_Immeuble.csv'),
    privateSchools: await read('data/quebec-schools/PPS_Prive_Installation.csv'),
    schema: JSON.parse(await read('schemas/seed.schema.json')),
  });
  const json = `${JSON.stringify(result.bundle)}\n`;
  const reportFile = options.out.replace(/\.json$/i, '') + '.report.txt';
  await mkdir(path.dirname(options.out), {recursive: true});
  if (result.errors.length) {
    console.error(result.lines.join('\n'));
    console.error(`\nSeed bundle NOT written: ${result.errors.length} check(s) failed.`);
    process.exitCode = 1;
    return;
  }
  // Written beside and renamed, so that a reader (or --if-missing) never sees half a file.
  const partial = `${options.out}.${process.pid}.partial`;
  await writeFile(partial, json);
  await rename(partial, options.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const header = [
    `Seed bundle: ${rel(options.out)} — ${bytes(Buffer.byteLength(json))} (${Buffer.byteLength(json)} bytes), built in ${seconds} s`,
    `Report: ${rel(reportFile)}`,
    '',
  ];
  await writeFile(reportFile, [...header, ...result.lines, ''].join('\n'));
  // The terminal gets the summary; the row-by-row listings are in the report file.
  const summary = result.lines.filter((line) => !/^ {2,}\S+ \(\S+\.csv:\d+\)/.test(line));
  console.log([...header, ...summary].join('\n'));
}

main().catch((error) => {
  console.error(`build-seed: ${error instanceof Error ? error.stack ?? error.message : error}`);
  process.exitCode = 1;
});
