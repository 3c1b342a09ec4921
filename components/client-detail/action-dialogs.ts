import {css, html, nothing, type TemplateResult} from 'lit';
import type {LocaleController} from '../controllers/locale-controller.js';
import {renderConfirm, renderDialog, type ModalController} from '../ui/dialog.js';
import {textField} from '../ui/fields.js';
import {icons} from '../ui/icons.js';

/** The accounting gateway's answer, as shown. */
export type SyncOutcome =
  | {state: 'sending'}
  | {state: 'synced'; syncedAt: string; accountingId?: string}
  | {state: 'refused'; reasons: string[]};

/** The dialog an action of the menu opened, with what it shows. */
export type ActionDialog =
  | {kind: 'change-code'; code: string; error?: string; busy: boolean}
  | {kind: 'delete'; busy: boolean}
  | {kind: 'sync'; outcome: SyncOutcome}
  | {kind: 'notice'; title: string; message: string};

export interface ActionDialogOptions {
  i18n: LocaleController;
  modal: ModalController;
  dialog: ActionDialog;
  code: string;
  name: string;
  onCodeInput: (code: string) => void;
  onCodeSave: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** "Modifier le code client", the delete confirmation, the accounting result, or a notice. */
export function renderActionDialog(options: ActionDialogOptions): TemplateResult {
  const {i18n, dialog, modal} = options;
  // Dialogs that only inform have one way out (and Escape): "Fermer" at the bottom.
  const close = html`<button type="button" class="secondary-button" autofocus @click=${options.onClose}>${i18n.t('actions.close')}</button>`;
  switch (dialog.kind) {
    case 'change-code':
      return renderDialog({
        modal,
        lang: i18n.lang,
        part: 'change-code',
        titleId: 'change-code-title',
        title: i18n.t('actions.changeCode.title'),
        closeLabel: i18n.t('actions.close'),
        body: html`<form
          id="change-code-form"
          class="dialog-form"
          novalidate
          @submit=${(event: Event) => {
            event.preventDefault();
            options.onCodeSave();
          }}
        >
          <p class="dialog-text">${i18n.t('actions.changeCode.current', {code: options.code})}</p>
          ${textField({
            id: 'new-code',
            field: 'code',
            label: i18n.t('actions.changeCode.label'),
            value: dialog.code,
            required: true,
            autofocus: true,
            maxLength: 20,
            hint: i18n.t('actions.changeCode.hint'),
            error: dialog.error,
            onInput: options.onCodeInput,
          })}
        </form>`,
        footer: html`
          <button type="button" class="secondary-button" @click=${options.onClose}>${i18n.t('actions.cancel')}</button>
          <button type="submit" form="change-code-form" class="primary-button" aria-disabled=${dialog.busy ? 'true' : 'false'}>
            ${i18n.t('actions.changeCode.save')}
          </button>
        `,
      });
    case 'delete':
      return renderConfirm({
        modal,
        id: 'confirm-delete',
        lang: i18n.lang,
        title: i18n.t('actions.delete.title', {code: options.code}),
        message: i18n.t('actions.delete.message', {name: options.name}),
        confirmLabel: i18n.t('actions.delete.confirm'),
        cancelLabel: i18n.t('actions.cancel'),
        danger: true,
        busy: dialog.busy,
        onConfirm: options.onDelete,
        onCancel: options.onClose,
      });
    case 'sync':
      return renderDialog({
        modal,
        lang: i18n.lang,
        part: 'sync-result',
        titleId: 'sync-title',
        title: i18n.t('actions.sync.title'),
        body: renderSyncOutcome(i18n, options.code, dialog.outcome),
        footer: close,
      });
    case 'notice':
      return renderDialog({
        modal,
        lang: i18n.lang,
        titleId: 'notice-title',
        title: dialog.title,
        body: html`<p class="dialog-text" role="alert">${dialog.message}</p>`,
        footer: close,
      });
  }
}

function renderSyncOutcome(i18n: LocaleController, code: string, outcome: SyncOutcome): TemplateResult {
  if (outcome.state === 'sending') return html`<p class="dialog-text" role="status">${i18n.t('actions.sync.sending')}</p>`;
  if (outcome.state === 'synced') {
    return html`<div class="sync-outcome synced" role="status">
      <p class="dialog-text">${icons.dot} ${i18n.t('actions.sync.synced', {code})}</p>
      <p class="dialog-text">${i18n.t('accounting.syncedAt', {date: i18n.dateTime(outcome.syncedAt)})}</p>
      ${outcome.accountingId ? html`<p class="dialog-text">${i18n.t('accounting.id', {id: outcome.accountingId})}</p>` : nothing}
    </div>`;
  }
  return html`<div class="sync-outcome refused" role="alert">
    <p class="dialog-text">${icons.warning} ${i18n.t('actions.sync.refused', {code})}</p>
    <ul>
      ${outcome.reasons.map((reason) => html`<li>${reason}</li>`)}
    </ul>
  </div>`;
}

export const actionDialogStyles = css`
  .dialog-form {
    display: grid;
    gap: 16px;
  }
  .dialog-text {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0 0 8px;
    font-size: 15px;
  }
  .sync-outcome.synced .icon {
    color: var(--_success);
  }
  .sync-outcome.refused {
    color: #8a1c1c;
  }
  .sync-outcome ul {
    margin: 0;
    padding-inline-start: 22px;
    display: grid;
    gap: 4px;
  }
`;
