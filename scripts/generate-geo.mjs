#!/usr/bin/env node
/**
 * Writes src/model/geo/subdivisions.generated.ts: the ISO 3166-1 country codes, the countries
 * whose addresses have no postal code, and the provinces/states (French and English names) of
 * the countries whose addresses carry one. Country names are not stored: the browser gives them
 * (Intl.DisplayNames, CLDR).
 *
 *   node scripts/generate-geo.mjs            regenerate from the pinned versions below
 *   node scripts/generate-geo.mjs --latest   regenerate from the latest published versions
 *   node scripts/generate-geo.mjs --check    exit 1 when the committed module differs
 *
 * Sources (npm, maintained):
 * - i18n-iso-countries: the list of ISO 3166-1 alpha-2 codes;
 * - localized-address-format: Google's libaddressinput address formats; a country whose format
 *   has `%S` writes a province/state in its addresses, one without `%Z` has no postal code;
 * - iso3166-2-db: ISO 3166-2 subdivisions with French and English names.
 *
 * The packages are not dependencies of the project (iso3166-2-db unpacks to ~280 MB): they are
 * installed with npm into a cache folder outside the repository, only when this script runs.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const PINNED = {
  'i18n-iso-countries': '7.14.0',
  'localized-address-format': '1.3.3',
  'iso3166-2-db': '2.3.11',
};

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(root, 'src/model/geo/subdivisions.generated.ts');
const args = new Set(process.argv.slice(2));
const latest = args.has('--latest');
const check = args.has('--check');
if ([...args].some((a) => !['--latest', '--check'].includes(a))) {
  console.error('Usage: node scripts/generate-geo.mjs [--latest] [--check]');
  process.exit(2);
}

/** Installs the source packages into a cache folder and returns its node_modules. */
function installSources() {
  const specs = Object.entries(PINNED).map(([name, version]) => `${name}@${latest ? 'latest' : version}`);
  const dir = path.join(os.tmpdir(), 'interop-clients-geo-sources', latest ? 'latest' : Object.values(PINNED).join('_'));
  const modules = path.join(dir, 'node_modules');
  const installed = Object.keys(PINNED).every((name) => existsSync(path.join(modules, name, 'package.json')));
  if (!installed || latest) {
    mkdirSync(dir, {recursive: true});
    if (!existsSync(path.join(dir, 'package.json'))) writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
    console.log(`Installing ${specs.join(', ')} into ${dir}`);
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', ...specs], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
  return modules;
}

const versionOf = (modules, name) => JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const modules = installSources();
const {default: countries} = await import(pathToFileURL(path.join(modules, 'i18n-iso-countries/index.js')).href);
const {formatAddress} = await import(pathToFileURL(path.join(modules, 'localized-address-format/dist/index.esm.js')).href);

const codes = Object.keys(countries.getAlpha2Codes()).sort();

/** True when the country's address format prints the field given as `marker`. */
function formatShows(country, field) {
  const marker = 'QQMARKERQQ';
  const lines = formatAddress({postalCountry: country, [field]: marker, locality: 'L', addressLines: ['A']});
  return lines.some((line) => line.includes(marker));
}

const noPostalCode = codes.filter((code) => !formatShows(code, 'postalCode'));
const withSubdivisions = codes.filter((code) => formatShows(code, 'administrativeArea'));

const SEPARATORS = /[|;]/;
const clean = (name) => (name ?? '').replace(/\s+/g, ' ').trim();

/**
 * Subdivisions of one country, `CODE|fr|en` (en left out when equal to fr). Entries without an
 * ISO code are dropped (and the whole country when that leaves less than half of its list, as
 * for Hong Kong: a partial list would force a wrong choice), a repeated code keeps its first entry, a missing French name takes the
 * English one, and "État du Mississippi" (the French name being "State of" + the English one)
 * becomes "Mississippi".
 */
function subdivisionsOf(country) {
  const dir = path.join(modules, 'iso3166-2-db/regions', country);
  if (!existsSync(path.join(dir, 'en.json'))) return null;
  const english = readJson(path.join(dir, 'en.json'));
  const french = existsSync(path.join(dir, 'fr.json')) ? readJson(path.join(dir, 'fr.json')) : [];
  const frenchByCode = new Map(french.map((entry) => [entry.iso, clean(entry.name)]));
  const seen = new Set();
  const entries = [];
  for (const entry of english) {
    const code = clean(entry.iso).toUpperCase();
    const en = clean(entry.name);
    if (!code || !en || seen.has(code)) continue;
    seen.add(code);
    let fr = frenchByCode.get(entry.iso) || en;
    const state = /^État (?:du |de |d')(.+)$/.exec(fr);
    if (state && state[1] === en) fr = en;
    for (const text of [code, fr, en]) {
      if (SEPARATORS.test(text)) throw new Error(`${country}-${code}: "${text}" contains a separator`);
    }
    entries.push({code, fr, en});
  }
  if (!entries.length || entries.length * 2 < english.length) return null;
  entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return entries.map(({code, fr, en}) => (en === fr ? `${code}|${fr}` : `${code}|${fr}|${en}`)).join(';');
}

const subdivisions = [];
for (const country of withSubdivisions) {
  const list = subdivisionsOf(country);
  if (list) subdivisions.push([country, list]);
}

const sources = Object.keys(PINNED).map((name) => `${name}@${versionOf(modules, name)}`).join(', ');
const wrap = (words, indent) => {
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > 96) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => `${indent}'${l}${i < lines.length - 1 ? ' ' : ''}'`).join(' +\n');
};

const text = `// GENERATED by scripts/generate-geo.mjs — do not edit by hand.
// Regenerate with \`node scripts/generate-geo.mjs\` (\`--latest\` to take newer data).
// Sources: ${sources}.

/** ISO 3166-1 alpha-2 codes of every country (i18n-iso-countries), separated by spaces. */
export const COUNTRY_CODES =
${wrap(codes, '  ')};

/** Countries whose address format has no postal code (libaddressinput, no \`%Z\`). */
export const NO_POSTAL_CODE =
${wrap(noPostalCode, '  ')};

/**
 * Provinces and states of the countries whose addresses carry one (libaddressinput, \`%S\`),
 * from iso3166-2-db: entries \`CODE|French name|English name\` separated by \`;\`, the English
 * name left out when it is the French one. Codes have no country prefix (\`QC\`, \`NY\`).
 */
export const SUBDIVISIONS: Readonly<Record<string, string>> = {
${subdivisions.map(([country, list]) => `  ${country}: ${JSON.stringify(list).replace(/'/g, "\\'").replace(/^"|"$/g, "'").replace(/\\"/g, '"')},`).join('\n')}
};
`;

if (check) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(root, OUT)} is out of date: run node scripts/generate-geo.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date.`);
} else {
  mkdirSync(path.dirname(OUT), {recursive: true});
  writeFileSync(OUT, text);
  console.log(
    `Wrote ${path.relative(root, OUT)}: ${codes.length} countries, ${subdivisions.length} with subdivisions, ` +
      `${noPostalCode.length} without postal code (${(text.length / 1024).toFixed(1)} kB).`,
  );
}
