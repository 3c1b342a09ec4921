/** Checks of the built bundle (invariants, JSON Schema) and the report it prints. */
import type {Contact, SeedBundle} from '../../src/model/types.js';
import {clientStatus, type ClientStatus} from '../../src/model/status.js';
import {TODAY, NOW, isoDate} from './dates.js';
import {HISTORY_START} from './synthetic.js';
import {validateJsonSchema, type JsonSchema} from './json-schema-lite.js';
import {SeedReport} from './report.js';
export function checkInvariants(bundle: SeedBundle, contactsByClient: Map<string, Contact[]>): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const codes = new Set<string>();
  for (const client of bundle.clients) {
    if (ids.has(client.id)) errors.push(`duplicate client id ${client.id}`);
    if (codes.has(client.code)) errors.push(`duplicate client code ${client.code}`);
    ids.add(client.id);
    codes.add(client.code);
    const contacts = contactsByClient.get(client.id) ?? [];
    if (contacts.filter((c) => c.isDefault).length > 1) errors.push(`${client.id}: more than one default contact`);
    if (contacts.filter((c) => c.isBillingResponsible).length > 1) errors.push(`${client.id}: more than one billing responsible`);
    if (client.billToClientId === client.id) errors.push(`${client.id}: billed to itself`);
  }
  const principals = new Map<string, number>();
  for (const address of bundle.addresses) if (address.principal) principals.set(address.clientId, (principals.get(address.clientId) ?? 0) + 1);
  for (const [clientId, count] of principals) if (count !== 1) errors.push(`${clientId}: ${count} principal addresses`);
  const numbers = new Set<string>();
  const jobs = new Set(bundle.documents.filter((d) => d.kind === 'job').map((d) => d.number));
  for (const doc of bundle.documents) {
    if (numbers.has(doc.number)) errors.push(`duplicate document number ${doc.number}`);
    numbers.add(doc.number);
    for (const job of doc.jobNumbers) if (!jobs.has(job)) errors.push(`${doc.number}: unknown job ${job}`);
    if (doc.date > isoDate(TODAY)) errors.push(`${doc.number}: dated after today`);
  }
  return errors.slice(0, 50);
}

function declaredKeys(schema: JsonSchema, def: string): Set<string> {
  const node = (schema as {$defs: Record<string, {properties?: Record<string, unknown>}>}).$defs[def];
  return new Set(Object.keys(node?.properties ?? {}));
}

/** The bundle against schemas/seed.schema.json, plus: no record carries a field the schema does not declare. */
export function checkSchema(bundle: SeedBundle, schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const errors = validateJsonSchema(schema, bundle, 20).map((error) => `schema: ${error.path || '/'} ${error.message}`);
  const tables: Array<[keyof SeedBundle, string]> = [
    ['clients', 'Client'],
    ['contacts', 'Contact'],
    ['addresses', 'ShippingAddress'],
    ['notes', 'Note'],
    ['documents', 'ClientDocument'],
    ['sales', 'SalesSummary'],
  ];
  for (const [table, def] of tables) {
    const keys = declaredKeys(schema, def);
    const undeclared = new Set<string>();
    for (const record of (bundle[table] as unknown as Array<Record<string, unknown>>) ?? []) {
      for (const key of Object.keys(record)) if (!keys.has(key)) undeclared.add(key);
    }
    if (undeclared.size) errors.push(`schema: ${table} carry undeclared fields ${[...undeclared].join(', ')}`);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// The report

const FIX_ORDER = [
  'shifted FINTRAC rows repaired',
  'postal codes reformatted',
  'city names recased',
  'city names tidied',
  'phones formatted',
  'company names reordered',
  'company names tidied',
  'address lines split',
  'websites normalised',
  'FINTRAC',
];

function fixRank(what: string): number {
  const index = FIX_ORDER.findIndex((prefix) => what.startsWith(prefix));
  return index < 0 ? FIX_ORDER.length : index;
}

export function describe(bundle: SeedBundle, report: SeedReport, errors: string[], schemaChecked: boolean): string[] {
  const lines: string[] = [];
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  const clients = bundle.clients;
  const statuses = new Map<ClientStatus, number>();
  for (const client of clients) statuses.set(clientStatus(client), (statuses.get(clientStatus(client)) ?? 0) + 1);
  const kinds = (kind: string) => count(clients, (c) => c.id.startsWith(`${kind}-`));
  lines.push(`Today is fixed at ${isoDate(TODAY)}; synthetic documents dated ${isoDate(HISTORY_START)} to ${isoDate(TODAY)}.`);
  lines.push('');
  lines.push('Counts');
  lines.push(`  clients     ${clients.length}  (FINTRAC ${kinds('msb')}, public schools ${kinds('pub')}, private schools ${kinds('pri')}; all real, none dropped)`);
  lines.push(
    `              Actif ${statuses.get('active') ?? 0}, Nouveau client ${statuses.get('new') ?? 0}, Prospect ${statuses.get('prospect') ?? 0}, ` +
      `Inactif ${statuses.get('inactive') ?? 0}; accounting not synchronised ${count(clients, (c) => !c.prospect && c.accountingSync.state !== 'synced')}`,
  );
  lines.push(`  contacts    ${bundle.contacts.length}  (synthetic)`);
  lines.push(`  addresses   ${bundle.addresses.length}  (synthetic; ${count(bundle.addresses, (a) => a.principal)} principal)`);
  lines.push(`  notes       ${bundle.notes.length}  (synthetic)`);
  const docs = bundle.documents;
  lines.push(
    `  documents   ${docs.length}  (synthetic: quotes ${count(docs, (d) => d.kind === 'quote')}, jobs ${count(docs, (d) => d.kind === 'job')}, ` +
      `shipments ${count(docs, (d) => d.kind === 'shipment')}, invoices ${count(docs, (d) => d.kind === 'invoice')})`,
  );
  lines.push(`  sales       ${bundle.sales?.length ?? 0}  (clients with invoices, computed at ${NOW.toISOString()})`);
  lines.push(
    `  reference   ${bundle.reference.sectors.length} sectors, ${bundle.reference.reps.length} reps, ${bundle.reference.paymentTerms.length} payment terms, ` +
      `${bundle.reference.taxCodes.length} tax codes, ${bundle.reference.territories.length} territories`,
  );
  lines.push('');
  lines.push('Fixed');
  const fixes = [...report.fixes].sort(([a], [b]) => fixRank(a) - fixRank(b));
  for (const [what, n] of fixes) lines.push(`  ${what}: ${n}`);
  if (report.repairs.length) {
    lines.push('');
    lines.push(`Shifted FINTRAC rows repaired (${report.repairs.length}; check them)`);
    for (const repair of report.repairs) lines.push(`  ${repair}`);
  }
  lines.push('');
  lines.push(`Could not fully clean: ${report.rowsWithIssues} rows kept as cleaned as possible (${report.issueCount} issues), none dropped`);
  for (const [reason, issues] of report.issues) {
    lines.push(`  ${reason} (${issues.length})`);
    for (const issue of issues) lines.push(`    ${issue.ref}${issue.detail ? `: ${issue.detail}` : ''}`);
  }
  lines.push('');
  if (schemaChecked) lines.push(errors.length ? `Checks FAILED (${errors.length})` : 'Checks: schemas/seed.schema.json valid, invariants hold (unique ids, codes and numbers; one default contact, billing responsible and principal address at most; job links resolve)');
  else lines.push(errors.length ? `Checks FAILED (${errors.length})` : 'Checks: invariants hold (schema not checked)');
  for (const error of errors) lines.push(`  ${error}`);
  return lines;
}
