import {nothing, type TemplateResult} from 'lit';
import type {ClientRow} from '../../src/model/client-row.js';
import {READ_ONLY_NOTE_ID, renderAccountingTab, type BalanceReader} from './accounting-tab.js';
import {renderAdditionalTab} from './additional-tab.js';
import {renderBasicTab} from './basic-tab.js';
import type {BillToPicker} from './bill-to-picker.js';
import type {EditorTab} from './draft.js';
import {renderDuplicateWarning, type DuplicateMatch} from './duplicate-warning.js';
import {renderLogoUpload, type LogoState} from './logo-upload.js';
import type {TabContext} from './tab-context.js';

/** What the tabs need beyond the draft: the pieces with a state of their own. */
export interface PanelParts {
  canEditAccounting: boolean;
  rows: readonly ClientRow[];
  getRow: (id: string) => ClientRow | undefined;
  billTo: BillToPicker;
  duplicates: readonly DuplicateMatch[];
  onOpenDuplicate: (clientId: string) => void;
  logo: LogoState;
  onLogoFile: (file: File) => void;
  onLogoRemove: () => void;
  prospectVisible: boolean;
  balance: BalanceReader;
  onReadBalance: () => void;
}

/** The content of one tab of the editor. */
export function renderPanel(tab: EditorTab, context: TabContext, parts: PanelParts): TemplateResult {
  const {i18n, draft} = context;
  if (tab === 'basic') {
    return renderBasicTab(context, {duplicates: draft.id ? nothing : renderDuplicateWarning(i18n, parts.duplicates, parts.onOpenDuplicate)});
  }
  if (tab === 'additional') {
    const {logo} = parts;
    return renderAdditionalTab(context, {
      logo: renderLogoUpload({i18n, url: logo.url, busy: logo.busy, error: context.error('logoId'), onFile: parts.onLogoFile, onRemove: parts.onLogoRemove}),
    });
  }
  const canEdit = parts.canEditAccounting;
  return renderAccountingTab(context, {
    canEdit,
    prospectVisible: parts.prospectVisible,
    billTo: parts.billTo.render({
      i18n,
      rows: parts.rows,
      getRow: parts.getRow,
      selfId: draft.id,
      value: draft.billToClientId,
      error: context.error('billToClientId'),
      readonly: !canEdit,
      describedBy: canEdit ? undefined : READ_ONLY_NOTE_ID,
      onChange: (id) => context.set('billToClientId', id),
    }),
    balance: {available: Boolean(draft.id), reading: parts.balance.reading, error: parts.balance.error},
    onReadBalance: parts.onReadBalance,
  });
}
