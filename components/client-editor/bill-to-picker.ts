import type {TemplateResult} from 'lit';
import {fold} from '../../src/model/fold.js';
import type {ClientRow} from '../../src/model/client-row.js';
import {collatorFor} from '../../src/model/collate.js';
import type {LocaleController} from '../controllers/locale-controller.js';
import {Combobox, type ComboboxOption} from '../ui/combobox.js';
import {fieldId} from './tab-context.js';

const LIMIT = 8;

/**
 * The clients a client may bill to: every client but itself, matching every typed word in its
 * code or name (case, accents and punctuation ignored), active ones first, in French order.
 * Loops (A bills to B bills to A) are refused by validation, with a message next to the field.
 */
export function billToCandidates(rows: readonly ClientRow[], query: string, selfId: string | undefined, locale: string, limit = LIMIT): ComboboxOption[] {
  const terms = fold(query).split(' ').filter(Boolean);
  const found: ClientRow[] = [];
  for (const row of rows) {
    if (row.id === selfId) continue;
    const text = ` ${fold(row.code)} ${fold(row.name)} `;
    if (terms.every((term) => text.includes(term))) found.push(row);
  }
  const collator = collatorFor(locale);
  found.sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name) || collator.compare(a.code, b.code));
  return found.slice(0, limit).map((row) => ({value: row.id, code: row.code, label: row.name}));
}

/** What the picker's input shows for the chosen client. */
export function billToLabel(row: Pick<ClientRow, 'code' | 'name'> | undefined, fallbackId: string | null | undefined): string {
  if (row) return `${row.code} ${row.name}`;
  return fallbackId ?? '';
}

export interface BillToOptions {
  i18n: LocaleController;
  rows: readonly ClientRow[];
  getRow: (id: string) => ClientRow | undefined;
  selfId: string | undefined;
  value: string | null | undefined;
  error: string | undefined;
  readonly: boolean;
  describedBy: string | undefined;
  onChange: (clientId: string | null) => void;
}

/** "Facturer à une autre entité": a searchable picker over the clients, never the client itself. */
export class BillToPicker {
  private readonly combobox: Combobox;

  constructor(host: ConstructorParameters<typeof Combobox>[0]) {
    this.combobox = new Combobox(host, fieldId('billToClientId'));
  }

  reset(): void {
    this.combobox.reset();
  }

  render(options: BillToOptions): TemplateResult {
    const {i18n} = options;
    const value = options.value || null;
    return this.combobox.render({
      id: this.combobox.id,
      field: 'billToClientId',
      label: i18n.t('editor.billTo'),
      value,
      selectedLabel: value ? billToLabel(options.getRow(value), value) : '',
      search: (query) => billToCandidates(options.rows, query, options.selfId, i18n.locale),
      onChange: options.onChange,
      clearLabel: i18n.t('editor.billTo.clear'),
      emptyText: i18n.t('editor.billTo.empty'),
      error: options.error,
      readonly: options.readonly,
      describedBy: options.describedBy,
    });
  }
}
