import {css, html, nothing, type TemplateResult} from 'lit';
import type {ClientDocument, DocumentKind} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';

/** Heading of the number column of each kind. */
const NUMBER_COLUMN = {
  quote: 'detail.col.quote',
  job: 'detail.col.job',
  shipment: 'detail.col.shipment',
  invoice: 'detail.col.invoice',
} as const;

/** Kinds that carry an amount. */
const WITH_TOTAL: ReadonlySet<DocumentKind> = new Set(['quote', 'invoice']);

export interface DocumentTableOptions {
  i18n: LocaleController;
  kind: DocumentKind;
  documents: readonly ClientDocument[];
  /** The client's currency, for the Total column heading and documents without their own. */
  currency: string;
  /** Id of the heading that names the table. */
  labelledBy: string;
  onOpen: (document: ClientDocument) => void;
}

/**
 * The documents of one kind, newest first: number, date, linked jobs (a job's description
 * instead, for jobs) and, for quotes and invoices, the total. Activating a row or its number
 * asks the host to open the document.
 */
export function renderDocumentTable(options: DocumentTableOptions): TemplateResult {
  const {i18n, kind, documents, currency} = options;
  if (!documents.length) return html`<p class="empty">${i18n.t('detail.docs.empty')}</p>`;
  const total = WITH_TOTAL.has(kind);
  const jobs = kind !== 'job';
  return html`
    <div class="table-scroll">
      <table class="history" aria-labelledby=${options.labelledBy}>
        <thead>
          <tr>
            <th scope="col">${i18n.t(NUMBER_COLUMN[kind])}</th>
            <th scope="col">${i18n.t('detail.col.date')}</th>
            <th scope="col">${i18n.t(jobs ? 'detail.col.jobs' : 'detail.col.description')}</th>
            ${total ? html`<th scope="col" class="amount">${i18n.t('detail.col.total', {currency})}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${documents.map(
            (doc) => html`
              <tr data-id=${doc.id} @click=${() => options.onOpen(doc)}>
                <th scope="row"><button type="button" class="link number">${doc.number}</button></th>
                <td>${i18n.date(doc.date)}</td>
                <td>
                  ${jobs
                    ? doc.jobNumbers.map((job) => html`<span class="line">${job}</span>`)
                    : html`<span class="clamp">${doc.description ?? ''}</span>`}
                </td>
                ${total
                  ? html`<td class="amount">${typeof doc.total === 'number' ? i18n.money(doc.total, doc.currency || currency) : ''}</td>`
                  : nothing}
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}

export const tableStyles = css`
  .table-scroll {
    max-height: var(--client-detail-table-max-height, 320px);
    overflow: auto;
    min-width: 0;
  }
  .history {
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
  }
  .history thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    text-align: start;
    font-weight: 700;
    padding: 10px;
  }
  .history td,
  .history tbody th {
    padding: 12px 10px;
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
    text-align: start;
  }
  .history tbody th {
    font-weight: 700;
  }
  .history tbody tr {
    cursor: pointer;
  }
  .history tbody tr:hover {
    background: rgb(11 58 74 / 0.04);
  }
  .history .amount {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .number {
    font-weight: 700;
    text-decoration: none;
    color: var(--_text);
  }
  .number:hover {
    text-decoration: underline;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
`;
