import {css, html, nothing, type TemplateResult} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import type {ClientDocument, DocumentKind} from '../../src/model/types.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {icons} from '../ui/icons.js';
import {registeredTag} from '../base/element-tag.js';
import {NotesPanel} from '../notes-panel/notes-panel.js';
import {renderDocumentTable} from './history-tables.js';
import {HISTORY_TABS, tabCount, type ClientFileView, type HistoryTab} from './view.js';

const KIND_OF_TAB = {quotes: 'quote', jobs: 'job', shipments: 'shipment', invoices: 'invoice'} as const satisfies Record<
  Exclude<HistoryTab, 'notes'>,
  DocumentKind
>;

const TAB_LABEL = {
  quotes: 'detail.tab.quotes',
  jobs: 'detail.tab.jobs',
  shipments: 'detail.tab.shipments',
  invoices: 'detail.tab.invoices',
  notes: 'detail.tab.notes',
} as const satisfies Record<HistoryTab, string>;

const PANEL_TITLE = {
  quotes: 'detail.docs.quotes',
  jobs: 'detail.docs.jobs',
  shipments: 'detail.docs.shipments',
  invoices: 'detail.docs.invoices',
} as const satisfies Record<Exclude<HistoryTab, 'notes'>, string>;

/** The tab a key moves to from `current` (← → wrap around, Home, End), or `undefined`. */
export function tabForKey(current: HistoryTab, key: string): HistoryTab | undefined {
  const index = HISTORY_TABS.indexOf(current);
  const count = HISTORY_TABS.length;
  switch (key) {
    case 'ArrowRight':
      return HISTORY_TABS[(index + 1) % count];
    case 'ArrowLeft':
      return HISTORY_TABS[(index - 1 + count) % count];
    case 'Home':
      return HISTORY_TABS[0];
    case 'End':
      return HISTORY_TABS[count - 1];
    default:
      return undefined;
  }
}

export interface HistoryOptions {
  i18n: LocaleController;
  view: ClientFileView;
  selected: HistoryTab;
  /** The sales chart, shown beside the invoices. */
  chart: TemplateResult;
  onSelect: (tab: HistoryTab) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onOpen: (document: ClientDocument) => void;
  onCreateInvoice: () => void;
  /** While the store's first import runs, the history may still be arriving: its percentage. */
  importing?: number;
}

/**
 * Soumissions, Dossiers, Expéditions, Factures, Notes (WAI-ARIA tabs, automatic activation):
 * only the selected panel's content is rendered. The Notes tab is a `<notes-panel>` of the client.
 */
export function renderHistory(options: HistoryOptions): TemplateResult {
  const {i18n, view, selected} = options;
  return html`
    <section class="history-tabs" part="tabs">
      <div class="tablist" role="tablist" aria-label=${i18n.t('detail.tabs')} @keydown=${options.onKeydown}>
        ${HISTORY_TABS.map(
          (tab) => html`
            <button
              type="button"
              role="tab"
              id="tab-${tab}"
              class="tab"
              part=${tab === selected ? 'tab tab-selected' : 'tab'}
              aria-selected=${tab === selected ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              tabindex=${tab === selected ? 0 : -1}
              @click=${() => options.onSelect(tab)}
            >
              ${i18n.t(TAB_LABEL[tab], {count: tabCount(view, tab)})}
            </button>
          `,
        )}
      </div>
      ${HISTORY_TABS.map(
        (tab) => html`
          <div
            role="tabpanel"
            id="panel-${tab}"
            class="tabpanel ${tab === 'invoices' ? 'with-chart' : ''}"
            part="tabpanel"
            aria-labelledby="tab-${tab}"
            tabindex="0"
            ?hidden=${tab !== selected}
          >
            ${tab !== selected ? nothing : tab === 'notes' ? renderNotes(view) : renderPanel(options, tab)}
          </div>
        `,
      )}
    </section>
  `;
}

/** The Notes tab: `<notes-panel>` (list, editor, files), under the tag it is registered with. */
function renderNotes(view: ClientFileView): TemplateResult {
  const tag = registeredTag(NotesPanel);
  return staticHtml`<${tag} class="notes-panel" client-id=${view.file.client.id}></${tag}>`;
}

function renderPanel(options: HistoryOptions, tab: Exclude<HistoryTab, 'notes'>): TemplateResult {
  const {i18n, view} = options;
  const titleId = `panel-${tab}-title`;
  const createLabel = i18n.t('detail.invoice.create');
  const list = html`
    <div class="panel-list">
      <div class="panel-title">
        <h2 id=${titleId}>${i18n.t(PANEL_TITLE[tab])}</h2>
        ${tab === 'invoices'
          ? html`<button type="button" class="icon-button filled" aria-label=${createLabel} title=${createLabel} @click=${options.onCreateInvoice}>
              ${icons.plus}
            </button>`
          : nothing}
      </div>
      ${options.importing === undefined
        ? nothing
        : html`<p class="importing" role="status">${i18n.t('detail.history.importing', {percent: options.importing})}</p>`}
      ${renderDocumentTable({
        i18n,
        kind: KIND_OF_TAB[tab],
        documents: view.documents[KIND_OF_TAB[tab]],
        currency: view.currency,
        labelledBy: titleId,
        onOpen: options.onOpen,
      })}
    </div>
  `;
  return tab === 'invoices' ? html`${list}${options.chart}` : list;
}

export const tabStyles = css`
  .importing {
    margin: 0 0 8px;
    color: var(--_muted-strong, #4d5c63);
    font-size: 13px;
  }
  .history-tabs {
    min-width: 0;
  }
  .tablist {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 2px;
  }
  .tab {
    padding: 9px 6px;
    border: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_tab);
    font-size: 13px;
    cursor: pointer;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .tab[aria-selected='true'] {
    background: var(--_surface);
    font-weight: 700;
  }
  .tab:focus-visible {
    outline-offset: -3px;
  }
  .tabpanel {
    padding: 18px 24px 24px;
    background: var(--_surface);
    border-radius: 0 0 var(--_radius) var(--_radius);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.08);
  }
  .tabpanel[hidden] {
    display: none;
  }
  .tabpanel:focus-visible {
    outline-offset: -2px;
  }
  .with-chart {
    display: grid;
    grid-template-columns: minmax(0, 1.1fr) minmax(240px, 1fr);
    gap: 24px;
    align-items: start;
  }
  @container (max-width: 760px) {
    .with-chart {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .panel-title {
    display: flex;
    align-items: center;
    justify-content: space-between;
    margin-block-end: 8px;
  }
  .panel-title h2 {
    margin: 0;
    font-size: 22px;
    font-weight: 400;
    color: var(--_primary);
  }
  .chart {
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
  }
`;
