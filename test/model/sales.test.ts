import {expect} from '@open-wc/testing';
import {computeAnnualSales, salesYears} from '../../src/model/sales.js';
import type {ClientDocument} from '../../src/model/types.js';

function invoice(date: string, total: number, clientId = 'c1'): ClientDocument {
  return {id: `${date}-${total}`, clientId, kind: 'invoice', number: 'F', date, jobNumbers: [], total, updatedAt: '', version: 1};
}

describe('annual sales', () => {
  it('covers the last five calendar years', () => {
    expect(salesYears(2025)).to.deep.equal([2021, 2022, 2023, 2024, 2025]);
  });

  it('adds invoices per year, ignoring older years, other clients and other kinds', () => {
    const docs = [
      invoice('2024-12-05', 950),
      invoice('2024-12-04', 75),
      invoice('2025-01-24', 2938),
      invoice('2025-04-17', 40.62),
      invoice('2019-05-01', 1000),
      invoice('2025-02-01', 500, 'other'),
      {...invoice('2025-03-01', 999), kind: 'quote' as const},
    ];
    const summary = computeAnnualSales('c1', docs, new Date('2025-06-01T12:00:00Z'));
    expect(summary.years).to.deep.equal([
      {year: 2021, total: 0},
      {year: 2022, total: 0},
      {year: 2023, total: 0},
      {year: 2024, total: 1025},
      {year: 2025, total: 2978.62},
    ]);
    expect(summary.computedAt).to.equal('2025-06-01T12:00:00.000Z');
  });
});
