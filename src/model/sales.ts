import type {ClientDocument, SalesSummary, SalesYear} from './types.js';

/** The years of the "Ventes annuelles" chart: the last `count` calendar years up to `lastYear`. */
export function salesYears(lastYear: number, count = 5): number[] {
  return Array.from({length: count}, (_, i) => lastYear - count + 1 + i);
}

/**
 * Totals of the client's invoices per calendar year for the last five years (zero for a year
 * without invoices), in the currency of the invoices.
 */
export function computeAnnualSales(
  clientId: string,
  documents: readonly ClientDocument[],
  now: Date,
  currency = 'CAD',
): SalesSummary {
  const years = salesYears(now.getFullYear());
  const totals = new Map<number, number>(years.map((year) => [year, 0]));
  for (const doc of documents) {
    if (doc.kind !== 'invoice' || doc.clientId !== clientId || typeof doc.total !== 'number') continue;
    const year = Number(doc.date.slice(0, 4));
    if (totals.has(year)) totals.set(year, (totals.get(year) ?? 0) + doc.total);
  }
  const result: SalesYear[] = years.map((year) => ({year, total: Math.round((totals.get(year) ?? 0) * 100) / 100}));
  return {clientId, currency, computedAt: now.toISOString(), years: result};
}
